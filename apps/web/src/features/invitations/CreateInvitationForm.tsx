import { EMPLOYMENT_LEVEL_LABELS, EMPLOYMENT_LEVELS, type EmploymentLevel, type InstitutionRole, type InvitationView } from '@veraz/contracts';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import { useApi } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FieldErrorMessage, RequiredMark, RequiredNote } from '../../components/FieldParts';
import { atLeastOneRole, RoleCheckboxes } from '../../components/RoleCheckboxes';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../components/useFormErrors';
import { EMAIL_PATTERN } from '../auth/passwordRules';

interface InvitationValues {
  email: string;
  roles: InstitutionRole[];
  employmentLevel: EmploymentLevel | '';
}

interface CreateInvitationFormProps {
  /** POST target: /api/invitations, or the platform route for an institution's first admin. */
  endpoint: string;
  formId: string;
  /** When given, the invitation always carries these roles and no checkboxes are shown. */
  fixedRoles?: InstitutionRole[];
  submitLabel?: string;
  srSuffix?: string;
  onCreated: (invitation: InvitationView) => void;
}

export function CreateInvitationForm({ endpoint, formId, fixedRoles, submitLabel = 'Enviar invitación', srSuffix, onCreated }: CreateInvitationFormProps) {
  const client = useApi();
  const form = useForm<InvitationValues>({
    defaultValues: { email: '', roles: fixedRoles ?? ['DECLARANTE'], employmentLevel: '' },
    shouldFocusError: false,
  });
  const errors = useFormErrors(form, formId, { email: 'Correo electrónico', roles: 'Roles', employmentLevel: 'Nivel de empleo' });
  // A filer needs a level to start a declaration: asking for it here spares them a dead end.
  const roles = form.watch('roles');
  const asksLevel = !fixedRoles && Array.isArray(roles) && roles.includes('DECLARANTE');

  async function onSubmit(values: InvitationValues) {
    errors.clear();
    try {
      const body = { email: values.email.trim(), roles: fixedRoles ?? values.roles };
      const created = await client.post<InvitationView>(endpoint, asksLevel ? { ...body, employmentLevel: values.employmentLevel } : body);
      form.reset();
      onCreated(created);
    } catch (error) {
      errors.showError(error);
    }
  }

  return (
    <>
      <ErrorSummary {...errors.summary} />
      <form noValidate onSubmit={form.handleSubmit(onSubmit, errors.onInvalid)}>
        {!fixedRoles && <RequiredNote />}
        <TextField
          id={errors.fieldId('email')}
          label="Correo electrónico"
          type="email"
          autoComplete="off"
          spellCheck={false}
          required
          registration={form.register('email', {
            required: 'Escribe el correo de la persona.',
            pattern: { value: EMAIL_PATTERN, message: 'Escribe un correo electrónico válido, como nombre@institucion.gob.mx.' },
          })}
          error={errors.errorFor('email')}
        />
        {!fixedRoles && (
          <RoleCheckboxes
            id={errors.fieldId('roles')}
            legend="Roles"
            registration={form.register('roles', { validate: atLeastOneRole })}
            error={errors.errorFor('roles')}
          />
        )}
        {asksLevel && <LevelSelect id={errors.fieldId('employmentLevel')} error={errors.errorFor('employmentLevel')} registration={form.register('employmentLevel', { required: 'Elige el nivel de empleo de quien declarará.' })} />}
        <SubmitButton busy={form.formState.isSubmitting} label={submitLabel} busyLabel="Enviando…" srSuffix={srSuffix} />
      </form>
    </>
  );
}

function LevelSelect({ id, error, registration }: { id: string; error?: string; registration: UseFormRegisterReturn }) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        Nivel de empleo
        <RequiredMark />
      </label>
      <p id={`${id}-ayuda`} className="hint">
        Define si sus declaraciones son completas o simplificadas; con él puede iniciar su declaración en cuanto acepte.
      </p>
      <FieldErrorMessage id={errorId} message={error} />
      <select id={id} className="input" aria-required="true" aria-invalid={error ? true : undefined} aria-describedby={[`${id}-ayuda`, errorId].filter(Boolean).join(' ')} {...registration}>
        <option value="">Elige el nivel</option>
        {EMPLOYMENT_LEVELS.map((level) => (
          <option key={level} value={level}>
            {EMPLOYMENT_LEVEL_LABELS[level]}
          </option>
        ))}
      </select>
    </div>
  );
}
