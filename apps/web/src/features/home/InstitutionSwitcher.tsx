import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useSession } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Notice } from '../../components/Notice';
import { SubmitButton } from '../../components/SubmitButton';
import { useFormErrors } from '../../components/useFormErrors';

interface SwitchValues {
  institutionId: string;
}

/** Lets people who belong to several institutions choose which one they act for. */
export function InstitutionSwitcher() {
  const { session, switchInstitution } = useSession();
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<SwitchValues>({ defaultValues: { institutionId: session?.institution?.id ?? session?.memberships[0]?.institution.id ?? '' }, shouldFocusError: false });
  const errors = useFormErrors(form, 'cambiar-institucion', { institutionId: 'Institución' });
  if (!session) return null;

  async function onSubmit(values: SwitchValues) {
    errors.clear();
    setDone(null);
    try {
      await switchInstitution(values.institutionId);
      const chosen = session?.memberships.find((m) => m.institution.id === values.institutionId);
      setDone(chosen ? `Ahora trabajas en ${chosen.institution.name}.` : 'Cambiaste de institución.');
    } catch (error) {
      errors.showError(error);
    }
  }

  const id = errors.fieldId('institutionId');
  return (
    <form className="switcher" noValidate onSubmit={form.handleSubmit(onSubmit, errors.onInvalid)}>
      <ErrorSummary {...errors.summary} />
      <div className="field">
        <label htmlFor={id}>Cambiar de institución</label>
        <div className="inline-row">
          <select id={id} className="input" {...form.register('institutionId', { required: 'Elige una institución.' })}>
            {session.memberships.map((m) => (
              <option key={m.id} value={m.institution.id}>
                {m.institution.name}
              </option>
            ))}
          </select>
          <SubmitButton busy={form.formState.isSubmitting} label="Cambiar" busyLabel="Cambiando…" className="button button-secondary" />
        </div>
      </div>
      <Notice>{done}</Notice>
    </form>
  );
}
