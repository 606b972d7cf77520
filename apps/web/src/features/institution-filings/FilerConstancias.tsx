import type { FilingView } from '@veraz/contracts';
import { DownloadFeedback, useDownload } from '../../components/useDownload';
import { formatMexicoDateTime } from '../declarations/labels';

const kilobytes = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 0 });

/** The filer's constancias of the annual tax return (LGRA art. 32), listed for the reviewer with their files. */
export function FilerConstancias({ filing }: { filing: FilingView }) {
  const { message, error, download } = useDownload();
  if (!filing.constancias) return null;

  return (
    <section aria-labelledby="constancias-titulo" className="filing-block">
      <h2 id="constancias-titulo">Constancias de la declaración fiscal</h2>
      {filing.constancias.length === 0 ? (
        <p>Esta persona no ha entregado constancias de su declaración fiscal anual.</p>
      ) : (
        <ul>
          {filing.constancias.map((c) => (
            <li key={c.id}>
              Ejercicio fiscal {c.fiscalYear}: {c.fileName} ({kilobytes.format(Math.max(1, c.size / 1024))} KB), entregada el {formatMexicoDateTime(c.uploadedAt)}{' '}
              <button type="button" className="button button-secondary" onClick={() => void download(`/api/tax-constancias/${c.id}/archivo`, c.fileName)} aria-label={`Descargar la constancia del ejercicio ${c.fiscalYear}`}>
                Descargar
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* The server records each download in the bitácora. */}
      <DownloadFeedback message={message} error={error} />
    </section>
  );
}
