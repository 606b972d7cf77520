import type { InstitutionRole, InvitationView } from '@veraz/contracts';
import { useForm } from 'react-hook-form';
import { useApi } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RequiredNote } from '../../components/FieldParts';
import { atLeastOneRole, RoleCheckboxes } from '../../components/RoleCheckboxes';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../components/useFormErrors';
import { EMAIL_PATTERN } from '../auth/passwordRules';

interface InvitationValues {
  email: string;
  roles: InstitutionRole[];
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
    defaultValues: { email: '', roles: fixedRoles ?? ['DECLARANTE'] },
    shouldFocusError: false,
  });
  const errors = useFormErrors(form, formId, { email: 'Correo electrónico', roles: 'Roles' });

  async function onSubmit(values: InvitationValues) {
    errors.clear();
    try {
      const created = await client.post<InvitationView>(endpoint, { email: values.email.trim(), roles: fixedRoles ?? values.roles });
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
        <SubmitButton busy={form.formState.isSubmitting} label={submitLabel} busyLabel="Enviando…" srSuffix={srSuffix} />
      </form>
    </>
  );
}
