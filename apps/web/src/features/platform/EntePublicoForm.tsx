import type { PlatformInstitution } from '@veraz/contracts';
import { useForm } from 'react-hook-form';
import { useApi } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SubmitButton } from '../../components/SubmitButton';
import { useFormErrors } from '../../components/useFormErrors';
import { EntePublicoSelects, type EnteValues } from './EntePublicoSelects';
import { ENTE_FIELDS } from './entePublicoText';

/** Changes an institution's ente público values with PUT /api/platform/institutions/:id/ente-publico. */
export function EntePublicoForm({ institution, onSaved }: { institution: PlatformInstitution; onSaved: (institution: PlatformInstitution) => void }) {
  const client = useApi();
  const form = useForm<EnteValues>({
    defaultValues: { nivelOrdenGobierno: institution.nivelOrdenGobierno ?? '', ambitoPublico: institution.ambitoPublico ?? '' },
    shouldFocusError: false,
  });
  const errors = useFormErrors(form, `ente-${institution.id}`, {
    nivelOrdenGobierno: ENTE_FIELDS.nivelOrdenGobierno.label,
    ambitoPublico: ENTE_FIELDS.ambitoPublico.label,
  });

  async function onSubmit(values: EnteValues) {
    errors.clear();
    try {
      onSaved(await client.put<PlatformInstitution>(`/api/platform/institutions/${encodeURIComponent(institution.id)}/ente-publico`, values));
    } catch (error) {
      errors.showError(error);
    }
  }

  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit, errors.onInvalid)}>
      <ErrorSummary {...errors.summary} title="No se guardó el ente público" />
      <EntePublicoSelects register={form.register} fieldId={errors.fieldId} errorFor={errors.errorFor} required srSuffix={` de ${institution.name}`} />
      <SubmitButton busy={form.formState.isSubmitting} label="Guardar ente público" srSuffix={` de ${institution.name}`} />
    </form>
  );
}
