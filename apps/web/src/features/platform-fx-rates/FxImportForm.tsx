import type { FieldError, FxRateView } from '@veraz/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiRequestError } from '../../api/errors';
import { useApi } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../components/useFormErrors';
import { FileInput } from '../institution-settings/FileInput';

interface ImportValues {
  archivo: FileList | null;
  moneda: string;
  fuente: string;
}

const FORM_ID = 'tipos-de-cambio';
const LABELS = { archivo: 'Archivo CSV', moneda: 'Moneda', fuente: 'Fuente' } as const;
const FORM_FIELDS = new Set(['moneda', 'fuente']);

export interface LineProblem {
  line: number | null;
  message: string;
}

/** The file's problems (path `csv…`, `lineas[12]`…), with the line number the path carries, if any. */
export function lineProblems(errors: FieldError[]): LineProblem[] {
  return errors
    .filter((e) => !FORM_FIELDS.has(e.path))
    .map((e) => {
      const numbers = e.path.match(/\d+/g);
      return { line: numbers ? Number(numbers[numbers.length - 1]) : null, message: e.message };
    });
}

/** Upload of a Banco de México SIE export (FIX, SF43718): POST /api/platform/fx-rates `{ csv, moneda?, fuente? }`. */
export function FxImportForm({ onImported }: { onImported: (imported: FxRateView[]) => void }) {
  const client = useApi();
  const form = useForm<ImportValues>({ defaultValues: { archivo: null, moneda: '', fuente: '' }, shouldFocusError: false });
  const errors = useFormErrors(form, FORM_ID, LABELS);
  const [lines, setLines] = useState<LineProblem[]>([]);

  async function onSubmit(values: ImportValues) {
    errors.clear();
    setLines([]);
    const file = values.archivo?.[0];
    if (!file) return;
    const moneda = values.moneda.trim().toUpperCase();
    const fuente = values.fuente.trim();
    try {
      const csv = await file.text();
      const answer = await client.post<{ imported: FxRateView[] }>('/api/platform/fx-rates', { csv, ...(moneda && { moneda }), ...(fuente && { fuente }) });
      form.reset();
      onImported(answer.imported);
    } catch (error) {
      if (error instanceof ApiRequestError) {
        setLines(lineProblems(error.fieldErrors));
        const own = error.fieldErrors.filter((e) => FORM_FIELDS.has(e.path));
        errors.showError(new ApiRequestError(error.status, error.code, error.message, own, error.retryAfterSeconds));
      } else errors.showError(error);
    }
  }

  return (
    <>
      <ErrorSummary {...errors.summary} title="No se importaron los tipos de cambio" />
      {lines.length > 0 && (
        <div className="table-wrap">
          <table className="table responsive-table">
            <caption>Problemas del archivo ({lines.length})</caption>
            <thead>
              <tr>
                <th scope="col">Línea</th>
                <th scope="col">Problema</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l, i) => (
                <tr key={i}>
                  <th scope="row" data-label="Línea">
                    {l.line ?? '—'}
                  </th>
                  <td data-label="Problema">{l.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form noValidate onSubmit={form.handleSubmit(onSubmit, errors.onInvalid)}>
        <FileInput
          id={errors.fieldId('archivo')}
          label={LABELS.archivo}
          accept=".csv,text/csv"
          hint="El archivo CSV que descargaste del SIE de Banco de México, sin modificarlo."
          error={errors.errorFor('archivo')}
          registration={form.register('archivo', { validate: (files) => (files && files.length > 0) || 'Elige el archivo CSV con la serie.' })}
        />
        <TextField
          id={errors.fieldId('moneda')}
          label={LABELS.moneda}
          maxLength={3}
          autoComplete="off"
          hint="Opcional. Clave ISO 4217 de tres letras de la moneda de la serie (USD para la SF43718). Déjala vacía para usar la que indica el archivo."
          error={errors.errorFor('moneda')}
          registration={form.register('moneda', { validate: (v) => v.trim() === '' || /^[A-Za-z]{3}$/.test(v.trim()) || 'Escribe la clave de tres letras de la moneda (p. ej. USD).' })}
        />
        <TextField
          id={errors.fieldId('fuente')}
          label={LABELS.fuente}
          maxLength={200}
          hint="Opcional. Cómo citar el origen de estos datos; se guarda con cada tipo de cambio (p. ej. «Banco de México, SIE, serie SF43718, consultada el 2 de enero de 2026»)."
          error={errors.errorFor('fuente')}
          registration={form.register('fuente')}
        />
        <SubmitButton busy={form.formState.isSubmitting} label="Importar tipos de cambio" busyLabel="Importando…" />
      </form>
    </>
  );
}
