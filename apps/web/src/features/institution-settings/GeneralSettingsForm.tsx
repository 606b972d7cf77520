import { INSTITUTION_NAME_LENGTH, SIGNING_LEGAL_TEXT_MAX, type InstitutionSettingsView, type UpdateInstitutionSettingsRequest } from '@veraz/contracts';
import { useForm } from 'react-hook-form';
import { useApi } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FieldErrorMessage } from '../../components/FieldParts';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../components/useFormErrors';
import { checkOffsets, formatOffsets, parseOffsets } from './offsets';

interface GeneralValues {
  name: string;
  signingLegalText: string;
  reminderOffsets: string;
  requiresTaxConstancia: boolean;
}

const FORM_ID = 'configuracion';
const LABELS = {
  name: 'Nombre de la institución',
  signingLegalText: 'Texto legal al firmar',
  reminderOffsets: 'Días de recordatorio',
  requiresTaxConstancia: 'Constancia de declaración fiscal',
} as const;

/** Name, signing legal text, reminder offsets and the constancia requirement, saved together. */
export function GeneralSettingsForm({ settings, onSaved }: { settings: InstitutionSettingsView; onSaved: (s: InstitutionSettingsView) => void }) {
  const client = useApi();
  const form = useForm<GeneralValues>({
    defaultValues: {
      name: settings.name,
      signingLegalText: settings.signingLegalText ?? '',
      reminderOffsets: formatOffsets(settings.reminderOffsets),
      requiresTaxConstancia: settings.requiresTaxConstancia,
    },
    shouldFocusError: false,
  });
  const errors = useFormErrors(form, FORM_ID, LABELS);
  const legal = form.watch('signingLegalText') ?? '';
  const legalId = errors.fieldId('signingLegalText');
  const legalError = errors.errorFor('signingLegalText');
  const constanciaId = errors.fieldId('requiresTaxConstancia');

  async function onSubmit(values: GeneralValues) {
    errors.clear();
    const body: UpdateInstitutionSettingsRequest = {
      name: values.name.trim(),
      signingLegalText: values.signingLegalText.trim() || null,
      reminderOffsets: parseOffsets(values.reminderOffsets),
      requiresTaxConstancia: values.requiresTaxConstancia,
    };
    try {
      const saved = await client.put<InstitutionSettingsView>('/api/institution/settings', body);
      form.reset({ ...values, reminderOffsets: formatOffsets(saved.reminderOffsets) });
      onSaved(saved);
    } catch (error) {
      errors.showError(error);
    }
  }

  return (
    <>
      <ErrorSummary {...errors.summary} title="No se guardó la configuración" />
      <form noValidate onSubmit={form.handleSubmit(onSubmit, errors.onInvalid)}>
        <TextField
          id={errors.fieldId('name')}
          label={LABELS.name}
          required
          maxLength={INSTITUTION_NAME_LENGTH.max}
          hint="Aparece en los acuses, en los correos y en el encabezado de Veraz."
          error={errors.errorFor('name')}
          registration={form.register('name', {
            validate: (v) => (v.trim().length >= INSTITUTION_NAME_LENGTH.min && v.trim().length <= INSTITUTION_NAME_LENGTH.max) || `Escribe un nombre de ${INSTITUTION_NAME_LENGTH.min} a ${INSTITUTION_NAME_LENGTH.max} caracteres.`,
          })}
        />
        <div className={legalError ? 'field field-invalid' : 'field'}>
          <label htmlFor={legalId}>{LABELS.signingLegalText}</label>
          <p id={`${legalId}-ayuda`} className="hint">
            Opcional. La persona declarante lo lee en el diálogo de firma, junto a la protesta de decir verdad. Máximo {SIGNING_LEGAL_TEXT_MAX} caracteres.
          </p>
          <FieldErrorMessage id={legalError ? `${legalId}-error` : undefined} message={legalError} />
          <textarea
            id={legalId}
            className="input textarea"
            rows={5}
            maxLength={SIGNING_LEGAL_TEXT_MAX}
            aria-invalid={legalError ? true : undefined}
            aria-describedby={[`${legalId}-ayuda`, `${legalId}-cuenta`, legalError ? `${legalId}-error` : ''].filter(Boolean).join(' ')}
            {...form.register('signingLegalText', { validate: (v) => v.length <= SIGNING_LEGAL_TEXT_MAX || `El texto admite hasta ${SIGNING_LEGAL_TEXT_MAX} caracteres.` })}
          />
          <p id={`${legalId}-cuenta`} className="hint">
            {legal.length} de {SIGNING_LEGAL_TEXT_MAX} caracteres
          </p>
        </div>
        <TextField
          id={errors.fieldId('reminderOffsets')}
          label={LABELS.reminderOffsets}
          inputMode="numeric"
          hint="Días antes de cada vencimiento en que se envía un recordatorio por correo, separados por comas (p. ej. 30, 7, 1). Déjalo vacío para no enviar recordatorios."
          error={errors.errorFor('reminderOffsets')}
          registration={form.register('reminderOffsets', { validate: checkOffsets })}
        />
        <div className="field checkbox">
          <input type="checkbox" id={constanciaId} aria-describedby={`${constanciaId}-ayuda`} {...form.register('requiresTaxConstancia')} />
          <div>
            <label htmlFor={constanciaId}>Exigir la constancia de presentación de la declaración fiscal</label>
            <p id={`${constanciaId}-ayuda`} className="hint">
              Cada persona deberá adjuntar cada año el acuse de su declaración anual ante el SAT; vence con la declaración de modificación (31 de mayo).
            </p>
          </div>
        </div>
        <SubmitButton busy={form.formState.isSubmitting} label="Guardar configuración" />
      </form>
    </>
  );
}
