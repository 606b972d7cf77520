import { ROSTER_IMPORT_ACTION_LABELS, type RosterImportDetail, type RosterImportSummary } from '@veraz/contracts';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/errors';
import { useApi } from '../../app/session';
import { Notice } from '../../components/Notice';
import { SubmitButton } from '../../components/SubmitButton';

const SHOWN_ERRORS = 200;
const COLUMN_LABELS: Record<string, string> = {
  curp: 'CURP', nombres: 'Nombres', primer_apellido: 'Primer apellido', segundo_apellido: 'Segundo apellido', correo: 'Correo', puesto: 'Puesto',
  area: 'Área', nivel: 'Nivel', fecha_alta: 'Fecha de alta', fecha_baja: 'Fecha de baja', motivo: 'Motivo', fecha_movimiento: 'Fecha del movimiento',
};

/** Upload → preview with counts and per-row errors → apply or discard (POST /api/roster/imports…). */
export function RosterImport({ onApplied }: { onApplied: () => void }) {
  const client = useApi();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [preview, setPreview] = useState<RosterImportDetail | null>(null);
  // A new key empties the file input once its file was applied.
  const [inputKey, setInputKey] = useState(0);

  async function run(step: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await step();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  function review(event: FormEvent) {
    event.preventDefault();
    if (!file) return setError('Elige el archivo CSV del padrón.');
    void run(async () => {
      setNotice(null);
      const form = new FormData();
      form.append('archivo', file);
      const summary = await client.post<RosterImportSummary>('/api/roster/imports', form);
      setPreview(await client.get<RosterImportDetail>(`/api/roster/imports/${summary.id}?soloErrores=true&limit=${SHOWN_ERRORS}`));
    });
  }

  function apply() {
    if (!preview) return;
    void run(async () => {
      const applied = await client.post<RosterImportSummary & { applied: number }>(`/api/roster/imports/${preview.id}/apply`);
      setPreview(null);
      setFile(null);
      setInputKey((k) => k + 1);
      const skipped = applied.counts.ERROR ? ` Se omitieron ${applied.counts.ERROR} filas con errores.` : '';
      setNotice(`Importación aplicada: ${applied.applied} personas actualizadas en el padrón.${skipped}`);
      onApplied();
    });
  }

  function discard() {
    if (!preview) return;
    void run(async () => {
      await client.post(`/api/roster/imports/${preview.id}/discard`);
      setPreview(null);
      setNotice('Se descartó la importación; el padrón no cambió.');
    });
  }

  const valid = preview ? preview.counts.NUEVA + preview.counts.CAMBIO : 0;
  return (
    <>
      <form className="row-form" noValidate onSubmit={review}>
        <div className="field">
          <label htmlFor="padron-archivo">Archivo CSV del padrón</label>
          <input key={inputKey} id="padron-archivo" type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <SubmitButton busy={busy && !preview} label="Revisar archivo" busyLabel="Revisando…" />
      </form>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      <Notice>{notice}</Notice>
      {preview && (
        <section className="card" aria-labelledby="vista-previa">
          <h3 id="vista-previa">Vista previa de {preview.fileName}</h3>
          <p>Nada cambia en el padrón hasta que apliques la importación. Las filas con errores no se aplican: corrígelas en el archivo y vuelve a importarlo.</p>
          <dl className="counts">
            {(['NUEVA', 'CAMBIO', 'SIN_CAMBIO', 'ERROR'] as const).map((action) => (
              <div key={action}>
                <dt>{ROSTER_IMPORT_ACTION_LABELS[action]}</dt>
                <dd data-testid={`conteo-${action}`}>{preview.counts[action]}</dd>
              </div>
            ))}
          </dl>
          {preview.rows.length > 0 && (
            <div className="table-wrap">
              <table className="table responsive-table">
                <caption>Filas con errores{preview.counts.ERROR > preview.rows.length ? ` (se muestran ${preview.rows.length} de ${preview.counts.ERROR})` : ''}</caption>
                <thead>
                  <tr>
                    <th scope="col">Línea</th>
                    <th scope="col">Persona</th>
                    <th scope="col">Columna</th>
                    <th scope="col">Error</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.flatMap((row) =>
                    row.errors.map((e, i) => (
                      <tr key={`${row.line}-${i}`}>
                        <th scope="row" data-label="Línea">{row.line}</th>
                        <td data-label="Persona">{[row.data.nombres, row.data.primer_apellido].filter(Boolean).join(' ') || '—'}</td>
                        <td data-label="Columna">{e.column ? COLUMN_LABELS[e.column] : '—'}</td>
                        <td data-label="Error">{e.message}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </div>
          )}
          <div className="button-row">
            <button type="button" className="button" disabled={busy || valid === 0} onClick={apply}>
              {valid === 0 ? 'No hay filas por aplicar' : `Aplicar ${valid} ${valid === 1 ? 'fila' : 'filas'}${preview.counts.ERROR ? ` (omitir ${preview.counts.ERROR} con errores)` : ''}`}
            </button>
            <button type="button" className="button button-secondary" disabled={busy} onClick={discard}>
              Descartar
            </button>
          </div>
        </section>
      )}
    </>
  );
}
