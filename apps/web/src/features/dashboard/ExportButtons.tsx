import { EXPORT_FORMATS, EXPORT_KIND_LABELS, EXPORT_KINDS, type ExportFormat } from '@veraz/contracts';
import { DownloadFeedback, useDownload } from '../../components/useDownload';

const FORMAT_LABELS: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'Excel' };

/** Omisos, extemporáneos and requerimientos as CSV or Excel; the server records each export in the bitácora. */
export function ExportButtons() {
  const { busy, message, error, download } = useDownload();

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
                onClick={() => void download(`/api/exports/${kind}.${format}`, `${kind}.${format}`, { key: `${kind}.${format}` })}
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
      <DownloadFeedback message={message} error={error} />
    </section>
  );
}
