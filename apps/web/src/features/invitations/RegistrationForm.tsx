import { useForm } from 'react-hook-form';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RequiredNote } from '../../components/FieldParts';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../components/useFormErrors';
import { newPasswordRules, PASSWORD_HINT } from '../auth/passwordRules';
import type { AcceptBody } from './acceptBody';

interface RegistrationValues {
  nombre: string;
  primerApellido: string;
  segundoApellido: string;
  curp: string;
  rfc: string;
  homoclave: string;
  password: string;
  confirmation: string;
}

const LABELS = {
  nombre: 'Nombre(s)',
  primerApellido: 'Primer apellido',
  segundoApellido: 'Segundo apellido',
  curp: 'CURP',
  rfc: 'RFC sin homoclave',
  homoclave: 'Homoclave',
  password: 'Contraseña',
  confirmation: 'Confirma la contraseña',
} as const;

const NAME = /^[\p{L}][\p{L}\p{M} .'-]*$/u;
const nameRules = (required: string | false) => ({
  required,
  maxLength: { value: 100, message: 'Debe tener como máximo 100 caracteres.' },
  pattern: { value: NAME, message: 'Usa solo letras, espacios, apóstrofos o guiones.' },
});

/** A new person registers with their identity data (CURP, RFC) and chooses a password. */
export function RegistrationForm({ email, onAccept }: { email: string; onAccept: (body: AcceptBody) => Promise<void> }) {
  const form = useForm<RegistrationValues>({
    defaultValues: { nombre: '', primerApellido: '', segundoApellido: '', curp: '', rfc: '', homoclave: '', password: '', confirmation: '' },
    shouldFocusError: false,
  });
  const errors = useFormErrors(form, 'registro', LABELS);
  const { register } = form;
  const field = (name: keyof RegistrationValues) => ({ id: errors.fieldId(name), label: LABELS[name], error: errors.errorFor(name) });
  const upper = (value: string) => value.trim().toUpperCase();

  async function onSubmit(values: RegistrationValues) {
    errors.clear();
    try {
      await onAccept({
        nombre: values.nombre.trim(),
        primerApellido: values.primerApellido.trim(),
        segundoApellido: values.segundoApellido.trim() || undefined,
        curp: upper(values.curp),
        rfc: upper(values.rfc),
        homoclave: upper(values.homoclave),
        password: values.password,
      });
    } catch (error) {
      errors.showError(error);
    }
  }

  return (
    <>
      <h2>Crea tu cuenta</h2>
      <p>
        Tu cuenta usará el correo <strong>{email}</strong>.
      </p>
      <RequiredNote />
      <ErrorSummary {...errors.summary} />
      <form noValidate onSubmit={form.handleSubmit(onSubmit, errors.onInvalid)}>
        <fieldset className="group">
          <legend>Tus datos</legend>
          <TextField {...field('nombre')} autoComplete="given-name" required registration={register('nombre', nameRules('Escribe tu nombre.'))} />
          <TextField
            {...field('primerApellido')}
            autoComplete="family-name"
            required
            registration={register('primerApellido', nameRules('Escribe tu primer apellido.'))}
          />
          <TextField
            {...field('segundoApellido')}
            autoComplete="additional-name"
            hint="Déjalo vacío si no tienes segundo apellido."
            registration={register('segundoApellido', nameRules(false))}
          />
          <TextField
            {...field('curp')}
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={18}
            required
            hint="18 caracteres, como aparece en tu constancia de CURP."
            registration={register('curp', {
              required: 'Escribe tu CURP.',
              setValueAs: upper,
              pattern: { value: /^[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z\d]\d$/, message: 'La CURP debe tener 18 caracteres con el formato oficial.' },
            })}
          />
          <TextField
            {...field('rfc')}
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={10}
            required
            hint="Los primeros 10 caracteres de tu RFC: 4 letras y 6 dígitos."
            registration={register('rfc', {
              required: 'Escribe tu RFC sin homoclave.',
              setValueAs: upper,
              pattern: { value: /^[A-ZÑ&]{4}\d{6}$/, message: 'El RFC sin homoclave debe tener 4 letras y 6 dígitos.' },
            })}
          />
          <TextField
            {...field('homoclave')}
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={3}
            required
            hint="Los 3 últimos caracteres de tu RFC."
            registration={register('homoclave', {
              required: 'Escribe la homoclave de tu RFC.',
              setValueAs: upper,
              pattern: { value: /^[A-Z\d]{3}$/, message: 'La homoclave tiene 3 letras o dígitos.' },
            })}
          />
        </fieldset>
        <fieldset className="group">
          <legend>Tu contraseña</legend>
          <TextField {...field('password')} type="password" autoComplete="new-password" required hint={PASSWORD_HINT} registration={register('password', newPasswordRules)} />
          <TextField
            {...field('confirmation')}
            type="password"
            autoComplete="new-password"
            required
            registration={register('confirmation', {
              required: 'Vuelve a escribir la contraseña.',
              validate: (value, values) => value === values.password || 'Las contraseñas no coinciden.',
            })}
          />
        </fieldset>
        <SubmitButton busy={form.formState.isSubmitting} label="Crear cuenta y aceptar" busyLabel="Creando tu cuenta…" />
      </form>
    </>
  );
}
