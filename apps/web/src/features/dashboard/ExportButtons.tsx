import { EXPORT_FORMATS, EXPORT_KIND_LABELS, EXPORT_KINDS, type ExportFormat, type ExportKind } from '@veraz/contracts';
import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import { useApi } from '../../app/session';
import { saveFile } from '../../components/saveFile';

const FORMAT_LABELS: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'Excel' };

/** Omisos, extemporáneos and requerimientos as CSV or Excel; the server records each export in the bitácora. */
export function ExportButtons() {
  const client = useApi();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function download(kind: ExportKind, format: ExportFormat) {
    const file = `${kind}.${format}`;
    setBusy(file);
    setError(null);
    setMessage('');
    try {
      const result = await client.download(`/api/exports/${file}`);
      const name = result.filename ?? file;
      saveFile(result.blob, name);
      setMessage(`Descarga lista: ${name}.`);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="exports-title" className="export-panel">
      <h2 id="exports-title">Descargar listas</h2>
      <p className="hint">Incluyen nombre, CURP, área, puesto, fechas y días de atraso. Cada descarga queda en la bitácora.</p>
      <ul className="export-list">
        {EXPORT_KINDS.map((kind) => (
          <li key={kind}>
            <span className="export-kind">{EXPORT_KIND_LABELS[kind]}</span>
            {EXPORT_FORMATS.map((format) => (
              <button
                key={format}
                type="button"
                className="button button-secondary"
                onClick={() => download(kind, format)}
                disabled={busy !== null}
                aria-busy={busy === `${kind}.${format}` || undefined}
                aria-label={`Descargar ${EXPORT_KIND_LABELS[kind].toLowerCase()} en ${FORMAT_LABELS[format]}`}
              >
                {busy === `${kind}.${format}` ? 'Preparando…' : FORMAT_LABELS[format]}
              </button>
            ))}
          </li>
        ))}
      </ul>
      <span role="status" className="status-line">
        {message}
      </span>
      {error && (
        <div className="error-summary" role="alert">
          <p>{error}</p>
        </div>
      )}
    </section>
  );
}
