import { lazy, Suspense } from 'react';
import { OBLIGATION_STATE_LABELS, OBLIGATION_STATES } from '@veraz/contracts';
import type { StateSeries } from './dashboardData';

// chart.js arrives in its own chunk: the numbers (summary and table) show before it does.
const StateChart = lazy(() => import('./StateChart'));

export interface ChartFigureProps {
  id: string;
  title: string;
  summary: string;
  series: StateSeries;
  categoryHeader: string;
  horizontal?: boolean;
}

/**
 * A chart as a figure: a title, a sentence that says what it shows, the picture, and the same numbers
 * as a table (a <details> that opens with the keyboard), so nothing depends on seeing the colours.
 */
export function ChartFigure({ id, title, summary, series, categoryHeader, horizontal }: ChartFigureProps) {
  const totals = series.rows.map((r) => OBLIGATION_STATES.reduce((n, s) => n + r[s], 0));
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-summary`}>{summary}</p>
      <Suspense fallback={<p className="hint">Cargando la gráfica…</p>}>
        <StateChart series={series} horizontal={horizontal} label={`${title}. ${summary}`} />
      </Suspense>
      <details className="chart-table">
        <summary>Ver los datos en tabla</summary>
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{categoryHeader}</th>
                {OBLIGATION_STATES.map((s) => (
                  <th scope="col" key={s} className="num">
                    {OBLIGATION_STATE_LABELS[s]}
                  </th>
                ))}
                <th scope="col" className="num">
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {series.categories.map((category, i) => (
                <tr key={category}>
                  <th scope="row">{category}</th>
                  {OBLIGATION_STATES.map((s) => (
                    <td key={s} className="num">
                      {series.rows[i]![s].toLocaleString('es-MX')}
                    </td>
                  ))}
                  <td className="num">{totals[i]!.toLocaleString('es-MX')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
