import type { S1ClientCreated, S1ClientView } from '@veraz/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useApi } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../components/useFormErrors';
import { useResource } from '../../components/useResource';
import { CreatedCredential } from './CreatedCredential';
import { CredentialsTable } from './CredentialsTable';

const LABEL_MAX = 100;

export default function S1CredentialsPage() {
  usePageTitle('Credenciales S1 (PDN)');
  const client = useApi();
  const [created, setCreated] = useState<S1ClientCreated | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const credentials = useResource((signal) => client.get<S1ClientView[]>('/api/s1-clients', signal), [client]);
  const form = useForm<{ label: string }>({ defaultValues: { label: 'Plataforma Digital Nacional' }, shouldFocusError: false });
  const errors = useFormErrors(form, 'credencial', { label: 'Nombre de la credencial' });

  async function onSubmit(values: { label: string }) {
    errors.clear();
    setNotice(null);
    try {
      const credential = await client.post<S1ClientCreated>('/api/s1-clients', { label: values.label.trim() || undefined });
      setCreated(credential);
      form.reset();
      credentials.reload();
    } catch (error) {
      errors.showError(error);
    }
  }

  function handleRevoked(revoked: S1ClientView) {
    credentials.setData((items) => items.map((c) => (c.id === revoked.id ? revoked : c)));
    if (created?.id === revoked.id) setCreated(null);
    setNotice(`Se revocó la credencial «${revoked.label}»: ya no obtiene tokens y los que tenía dejaron de servir.`);
  }

  return (
    <>
      <h1>Credenciales S1 (PDN)</h1>
      <p>
        La Plataforma Digital Nacional consulta las declaraciones públicas de tu institución con estas credenciales (OAuth 2.0, flujo de
        contraseña). Crea una, registra sus datos en la PDN y revócala cuando deje de usarse.
      </p>
      {created && <CreatedCredential credential={created} onDismiss={() => setCreated(null)} />}
      <section className="card" aria-labelledby="nueva-credencial">
        <h2 id="nueva-credencial">Crear una credencial</h2>
        <ErrorSummary {...errors.summary} title="No se creó la credencial" />
        <form noValidate onSubmit={form.handleSubmit(onSubmit, errors.onInvalid)}>
          <TextField
            id={errors.fieldId('label')}
            label="Nombre de la credencial"
            maxLength={LABEL_MAX}
            hint="Para reconocerla en la lista, p. ej. «Plataforma Digital Nacional»."
            error={errors.errorFor('label')}
            registration={form.register('label', { maxLength: { value: LABEL_MAX, message: `Escribe como máximo ${LABEL_MAX} caracteres.` } })}
          />
          <SubmitButton busy={form.formState.isSubmitting} label="Crear credencial" busyLabel="Creando…" />
        </form>
      </section>
      <section aria-labelledby="lista-credenciales">
        <h2 id="lista-credenciales">Credenciales de la institución</h2>
        <Notice>{notice}</Notice>
        {credentials.loading && !credentials.data && <Loading label="Cargando credenciales…" />}
        {credentials.error && <LoadError message={credentials.error} onRetry={credentials.reload} />}
        {credentials.data && <CredentialsTable items={credentials.data} onRevoked={handleRevoked} />}
      </section>
    </>
  );
}
