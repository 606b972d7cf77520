import type { FilingView } from '@veraz/contracts';
import { formatMexicoDateTime } from '../declarations/labels';

const kilobytes = new Intl.NumberFormat('es-MX', { maximumFractionDigits: 0 });

/** The filer's constancias of the annual tax return (LGRA art. 32), listed for the reviewer. */
export function FilerConstancias({ filing }: { filing: FilingView }) {
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
              Ejercicio fiscal {c.fiscalYear}: {c.fileName} ({kilobytes.format(Math.max(1, c.size / 1024))} KB), entregada el {formatMexicoDateTime(c.uploadedAt)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
