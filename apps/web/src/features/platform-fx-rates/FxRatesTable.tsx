import type { FxRateView } from '@veraz/contracts';
import { formatDateTime } from '../../components/format';

const rate = new Intl.NumberFormat('es-MX', { minimumFractionDigits: 4, maximumFractionDigits: 6 });
const count = new Intl.NumberFormat('es-MX');

/** Yearly rates, newest year first: what the rules convert other currencies with. */
export function FxRatesTable({ rates, caption }: { rates: FxRateView[]; caption: string }) {
  const sorted = [...rates].sort((a, b) => b.year - a.year || a.currency.localeCompare(b.currency));
  return (
    <div className="table-wrap">
      <table className="table responsive-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Año</th>
            <th scope="col">Moneda</th>
            <th scope="col">Pesos por unidad</th>
            <th scope="col">Observaciones</th>
            <th scope="col">Fuente</th>
            <th scope="col">Importado</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={`${r.year}-${r.currency}`}>
              <th scope="row" data-label="Año">
                {r.year}
              </th>
              <td data-label="Moneda">{r.currency}</td>
              <td data-label="Pesos por unidad">
                {rate.format(r.mxnPerUnit)}
              </td>
              <td data-label="Observaciones">{count.format(r.observations)}</td>
              <td data-label="Fuente">{r.source}</td>
              <td data-label="Importado">{formatDateTime(r.importedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
