import { TAX_CONSTANCIA_MAX_BYTES, TAX_CONSTANCIA_MAX_MB, type TaxConstanciaView } from '@veraz/contracts';
import { useForm } from 'react-hook-form';
import { useApi } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FieldErrorMessage, RequiredMark, RequiredNote } from '../../components/FieldParts';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../components/useFormErrors';
import { constanciasApi } from './paths';

interface Values {
  anioFiscal: string;
  archivo: FileList | null;
}

interface Props {
  formId: string;
  /** The year the form starts with (a MODIFICACIÓN preselects its anioReportado). */
  defaultYear: number;
  /** The declaration it is attached from, when uploaded from a MODIFICACIÓN's review page. */
  declarationId?: string;
  onUploaded: (constancia: TaxConstanciaView) => void;
}

/** Upload of the SAT's acuse of the annual tax return: a PDF of at most 5 MB and the year it covers. */
export function ConstanciaUploadForm({ formId, defaultYear, declarationId, onUploaded }: Props) {
  const client = useApi();
  const form = useForm<Values>({
    defaultValues: { anioFiscal: String(defaultYear), archivo: null },
    shouldFocusError: false,
  });
  const errors = useFormErrors(form, formId, {
    anioFiscal: 'Ejercicio fiscal',
    archivo: 'Acuse del SAT (PDF)',
  });
  const fileId = errors.fieldId('archivo');
  const fileError = errors.errorFor('archivo');

  async function onSubmit(values: Values) {
    errors.clear();
    const file = values.archivo?.[0];
    if (!file) return;
    const body = new FormData();
    body.append('anioFiscal', values.anioFiscal.trim());
    if (declarationId) body.append('declarationId', declarationId);
    body.append('archivo', file, file.name);
    try {
      const stored = await client.post<TaxConstanciaView>(constanciasApi.list(), body);
      form.reset({ anioFiscal: values.anioFiscal, archivo: null });
      onUploaded(stored);
    } catch (error) {
      errors.showError(error);
    }
  }

  return (
    <>
      <ErrorSummary {...errors.summary} />
      <form noValidate onSubmit={form.handleSubmit(onSubmit, errors.onInvalid)}>
        <RequiredNote />
        <TextField
          id={errors.fieldId('anioFiscal')}
          label="Ejercicio fiscal"
          hint="El año que cubre tu declaración anual (la que presentaste ante el SAT en abril del año siguiente)."
          inputMode="numeric"
          required
          registration={form.register('anioFiscal', {
            required: 'Escribe el año.',
            pattern: {
              value: /^\d{4}$/,
              message: 'Escribe el año con cuatro dígitos, como 2025.',
            },
          })}
          error={errors.errorFor('anioFiscal')}
        />
        <div className={fileError ? 'field field-invalid' : 'field'}>
          <label htmlFor={fileId}>
            Acuse del SAT (PDF)
            <RequiredMark />
          </label>
          <p id={`${fileId}-ayuda`} className="hint">
            El PDF tal como lo descargaste del portal del SAT, de hasta {TAX_CONSTANCIA_MAX_MB} MB.
          </p>
          <FieldErrorMessage id={fileError ? `${fileId}-error` : undefined} message={fileError} />
          <input
            id={fileId}
            type="file"
            accept="application/pdf,.pdf"
            className="input"
            aria-required="true"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={[`${fileId}-ayuda`, fileError ? `${fileId}-error` : ''].filter(Boolean).join(' ')}
            {...form.register('archivo', {
              validate: (files) => {
                const file = files?.[0];
                if (!file) return 'Elige el PDF del acuse.';
                if (!/\.pdf$/i.test(file.name) && file.type !== 'application/pdf') return 'El archivo debe ser un PDF.';
                if (file.size > TAX_CONSTANCIA_MAX_BYTES) return `El archivo pesa más de ${TAX_CONSTANCIA_MAX_MB} MB.`;
                return true;
              },
            })}
          />
        </div>
        <SubmitButton busy={form.formState.isSubmitting} label="Subir constancia" busyLabel="Subiendo…" />
      </form>
    </>
  );
}
