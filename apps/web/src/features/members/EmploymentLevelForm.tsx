import { EMPLOYMENT_LEVEL_LABELS, EMPLOYMENT_LEVELS, type EmploymentLevel, type MemberView } from '@veraz/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useApi } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FieldErrorMessage } from '../../components/FieldParts';
import { Notice } from '../../components/Notice';
import { SubmitButton } from '../../components/SubmitButton';
import { useFormErrors } from '../../components/useFormErrors';

interface LevelValues {
  employmentLevel: EmploymentLevel | '';
}

/**
 * The member's employment level, which decides whether their declarations are complete or
 * simplified; saved with PUT /api/members/:id/employment-level.
 */
export function EmploymentLevelForm({ member, onSaved }: { member: MemberView; onSaved: (member: MemberView) => void }) {
  const client = useApi();
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<LevelValues>({ defaultValues: { employmentLevel: member.employmentLevel ?? '' }, shouldFocusError: false });
  const errors = useFormErrors(form, `nivel-${member.id}`, { employmentLevel: 'Nivel de empleo' });
  const fieldId = errors.fieldId('employmentLevel');
  const error = errors.errorFor('employmentLevel');

  async function onSubmit(values: LevelValues) {
    errors.clear();
    setSaved(null);
    try {
      const updated = await client.put<MemberView>(`/api/members/${encodeURIComponent(member.id)}/employment-level`, { employmentLevel: values.employmentLevel });
      form.reset({ employmentLevel: updated.employmentLevel ?? '' });
      setSaved(`Nivel de ${updated.nombreCompleto} guardado.`);
      onSaved(updated);
    } catch (err) {
      errors.showError(err);
    }
  }

  return (
    <form className={error ? 'row-form field-invalid' : 'row-form'} noValidate onSubmit={form.handleSubmit(onSubmit, errors.onInvalid)}>
      <ErrorSummary {...errors.summary} title="No se guardó el nivel" />
      <label htmlFor={fieldId}>Nivel de empleo de {member.nombreCompleto}</label>
      <select
        id={fieldId}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fieldId}-error` : undefined}
        {...form.register('employmentLevel', { required: 'Elige el nivel de empleo.' })}
      >
        <option value="">Sin registrar</option>
        {EMPLOYMENT_LEVELS.map((level) => (
          <option key={level} value={level}>
            {EMPLOYMENT_LEVEL_LABELS[level]}
          </option>
        ))}
      </select>
      <FieldErrorMessage id={error ? `${fieldId}-error` : undefined} message={error} />
      <SubmitButton busy={form.formState.isSubmitting} label="Guardar nivel" srSuffix={` de ${member.nombreCompleto}`} className="button button-small" />
      <Notice>{saved}</Notice>
    </form>
  );
}
