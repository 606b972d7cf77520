import { DECLARATION_TIPO_LABELS, type WealthPoint } from '@veraz/contracts';
import { Link } from 'react-router';
import { formatCalendarDate, formatMoney } from '../../components/format';
import { institutionFilingPaths } from '../institution-filings/paths';
import { flagTitle } from './evolution';
import { pointsText } from './RiskBadge';

/**
 * The chart's figures as a table (what a screen reader, a keyboard or a printout reads): one row per
 * filing, in pesos, with its flags and the exchange rates that were missing.
 */
export function EvolutionTable({ points, caption }: { points: WealthPoint[]; caption: string }) {
  return (
    <div className="table-wrap">
      <table className="table responsive-table evolution-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Declaración</th>
            <th scope="col" className="num">
              Activos
            </th>
            <th scope="col" className="num">
              Adeudos
            </th>
            <th scope="col" className="num">
              Ingreso anual
            </th>
            <th scope="col" className="num">
              Patrimonio neto
            </th>
            <th scope="col">Señales de riesgo</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.filingId} className={p.flags.length > 0 ? 'flagged' : undefined}>
              <th scope="row" data-label="Declaración">
                {formatCalendarDate(p.fecha)}
                <span className="cell-detail">{DECLARATION_TIPO_LABELS[p.tipo]}</span>
                <span className="cell-detail">
                  Folio <Link to={institutionFilingPaths.filing(p.filingId)}>{p.folio}</Link>
                </span>
              </th>
              <td data-label="Activos" className="num">
                {formatMoney(p.activos)}
              </td>
              <td data-label="Adeudos" className="num">
                {formatMoney(p.adeudos)}
              </td>
              <td data-label="Ingreso anual" className="num">
                {p.ingresoAnual === null ? 'Sin dato' : formatMoney(p.ingresoAnual)}
              </td>
              <td data-label="Patrimonio neto" className="num">
                {formatMoney(p.patrimonioNeto)}
              </td>
              <td data-label="Señales de riesgo">
                <FlagsCell point={p} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FlagsCell({ point }: { point: WealthPoint }) {
  const missing = point.tiposDeCambioFaltantes;
  return (
    <>
      {point.score === null ? (
        'Sin evaluar'
      ) : point.flags.length === 0 ? (
        'Ninguna'
      ) : (
        <>
          <strong>
            Con señales ({pointsText(point.score)}):
          </strong>
          <ul>
            {[...new Set(point.flags)].map((code) => (
              <li key={code}>{flagTitle(code)}</li>
            ))}
          </ul>
        </>
      )}
      {missing.length > 0 && (
        <span className="cell-detail">
          Falta el tipo de cambio de {missing.join(', ')}: esos montos no se suman a las cifras de esta fila.
        </span>
      )}
    </>
  );
}
