import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../components/useFormErrors';
import type { AcceptBody } from './acceptBody';

interface ExistingValues {
  password: string;
}

/** Someone who already has an account confirms the invitation with their password. */
export function ExistingAccountForm({ onAccept }: { onAccept: (body: AcceptBody) => Promise<void> }) {
  const form = useForm<ExistingValues>({ defaultValues: { password: '' }, shouldFocusError: false });
  const errors = useFormErrors(form, 'aceptar', { password: 'Contraseña de tu cuenta' });

  async function onSubmit(values: ExistingValues) {
    errors.clear();
    try {
      await onAccept({ password: values.password });
    } catch (error) {
      errors.showError(error);
    }
  }

  return (
    <>
      <h2>Confirma con tu cuenta</h2>
      <p>Ya tienes una cuenta en Veraz con este correo. Escribe tu contraseña para aceptar la invitación.</p>
      <ErrorSummary {...errors.summary} />
      <form noValidate onSubmit={form.handleSubmit(onSubmit, errors.onInvalid)}>
        <TextField
          id={errors.fieldId('password')}
          label="Contraseña de tu cuenta"
          type="password"
          autoComplete="current-password"
          required
          registration={form.register('password', { required: 'Escribe tu contraseña.' })}
          error={errors.errorFor('password')}
        />
        <SubmitButton busy={form.formState.isSubmitting} label="Aceptar invitación" busyLabel="Aceptando…" />
      </form>
      <p className="after-form">
        <Link to="/recuperar">¿Olvidaste tu contraseña?</Link>
      </p>
    </>
  );
}
