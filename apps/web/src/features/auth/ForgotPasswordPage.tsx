import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { useApi } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Notice } from '../../components/Notice';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../components/useFormErrors';
import { emailRules } from './passwordRules';

interface ForgotValues {
  email: string;
}

export default function ForgotPasswordPage() {
  usePageTitle('Recuperar contraseña');
  const client = useApi();
  const [sentMessage, setSentMessage] = useState<string | null>(null);
  const form = useForm<ForgotValues>({ defaultValues: { email: '' }, shouldFocusError: false });
  const errors = useFormErrors(form, 'recuperar', { email: 'Correo electrónico' });

  async function onSubmit(values: ForgotValues) {
    errors.clear();
    try {
      const answer = await client.post<{ message: string }>('/api/auth/password-reset', { email: values.email.trim() }, { auth: false });
      setSentMessage(answer.message);
    } catch (error) {
      errors.showError(error);
    }
  }

  return (
    <section className="narrow" aria-labelledby="recuperar-titulo">
      <h1 id="recuperar-titulo">Recuperar tu contraseña</h1>
      <Notice>{sentMessage}</Notice>
      {!sentMessage && (
        <>
          <p>Escribe el correo de tu cuenta y te enviaremos un enlace para elegir una nueva contraseña.</p>
          <ErrorSummary {...errors.summary} />
          <form noValidate onSubmit={form.handleSubmit(onSubmit, errors.onInvalid)}>
            <TextField
              id={errors.fieldId('email')}
              label="Correo electrónico"
              type="email"
              autoComplete="email"
              spellCheck={false}
              required
              registration={form.register('email', emailRules)}
              error={errors.errorFor('email')}
            />
            <SubmitButton busy={form.formState.isSubmitting} label="Enviar enlace" busyLabel="Enviando…" />
          </form>
        </>
      )}
      <p className="after-form">
        <Link to="/ingresar">Volver a ingresar</Link>
      </p>
    </section>
  );
}
