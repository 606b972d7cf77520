import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiRequestError } from '../../api/errors';
import { useApi } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RequiredNote } from '../../components/FieldParts';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../components/useFormErrors';
import { newPasswordRules, PASSWORD_HINT } from './passwordRules';

interface ResetValues {
  password: string;
  confirmation: string;
}

export default function ResetPasswordPage() {
  usePageTitle('Elegir una nueva contraseña');
  const { token = '' } = useParams();
  const client = useApi();
  const navigate = useNavigate();
  const [invalidLink, setInvalidLink] = useState(false);
  const form = useForm<ResetValues>({ defaultValues: { password: '', confirmation: '' }, shouldFocusError: false });
  const errors = useFormErrors(form, 'restablecer', { password: 'Nueva contraseña', confirmation: 'Confirma la contraseña' });

  async function onSubmit(values: ResetValues) {
    errors.clear();
    try {
      await client.post<void>('/api/auth/password-reset/confirm', { token, password: values.password }, { auth: false });
      navigate('/ingresar', {
        replace: true,
        state: { notice: 'Tu contraseña se actualizó. Ya puedes ingresar con ella.' },
      });
    } catch (error) {
      setInvalidLink(error instanceof ApiRequestError && error.code === 'ENLACE_INVALIDO');
      errors.showError(error);
    }
  }

  return (
    <section className="narrow" aria-labelledby="restablecer-titulo">
      <h1 id="restablecer-titulo">Elegir una nueva contraseña</h1>
      <ErrorSummary {...errors.summary} />
      {invalidLink && (
        <p>
          <Link to="/recuperar">Solicitar un enlace nuevo</Link>
        </p>
      )}
      <RequiredNote />
      <form noValidate onSubmit={form.handleSubmit(onSubmit, errors.onInvalid)}>
        <TextField
          id={errors.fieldId('password')}
          label="Nueva contraseña"
          type="password"
          autoComplete="new-password"
          required
          hint={PASSWORD_HINT}
          registration={form.register('password', newPasswordRules)}
          error={errors.errorFor('password')}
        />
        <TextField
          id={errors.fieldId('confirmation')}
          label="Confirma la contraseña"
          type="password"
          autoComplete="new-password"
          required
          registration={form.register('confirmation', {
            required: 'Vuelve a escribir la contraseña.',
            validate: (value, values) => value === values.password || 'Las contraseñas no coinciden.',
          })}
          error={errors.errorFor('confirmation')}
        />
        <SubmitButton busy={form.formState.isSubmitting} label="Guardar contraseña" />
      </form>
    </section>
  );
}
