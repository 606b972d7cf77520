import type { FilingView } from '@veraz/contracts';
import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import { useApi } from '../../app/session';
import { saveFile } from '../../components/saveFile';
import { formatMexicoDateTime } from '../declarations/labels';

const kilobytes = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 0 });

/** The filer's constancias of the annual tax return (LGRA art. 32), listed for the reviewer with their files. */
export function FilerConstancias({ filing }: { filing: FilingView }) {
  const client = useApi();
  const [error, setError] = useState<string | null>(null);
  if (!filing.constancias) return null;

  async function download(id: string, fileName: string) {
    setError(null);
    try {
      // The download is recorded in the bitácora by the server.
      const result = await client.download(`/api/tax-constancias/${id}/archivo`);
      saveFile(result.blob, result.filename ?? fileName);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

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
              <button type="button" className="button button-secondary" onClick={() => void download(c.id, c.fileName)} aria-label={`Descargar la constancia del ejercicio ${c.fiscalYear}`}>
                Descargar
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <div className="error-summary" role="alert">
          {error}
        </div>
      )}
    </section>
  );
}
