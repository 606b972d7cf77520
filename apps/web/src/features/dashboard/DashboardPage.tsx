import { OBLIGATION_STATE_LABELS, type DashboardView, type MayRateView } from '@veraz/contracts';
import { useApi } from '../../app/session';
import { usePageTitle } from '../../app/usePageTitle';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useResource } from '../../components/useResource';
import { ChartFigure } from './ChartFigure';
import { areaSummary, byAreaSeries, byMonthSeries, byStateSeries, calendarDate, maySummary, monthSummary, percent, stateSummary } from './dashboardData';
import { ExportButtons } from './ExportButtons';
import { STATE_STYLE } from './stateStyle';
import '../../styles/dashboard.css';

/** The comptroller's (OIC's) view of who presented, who is late and who is omiso. */
export default function DashboardPage() {
  usePageTitle('Tablero de cumplimiento');
  const client = useApi();
  const dashboard = useResource((signal) => client.get<DashboardView>('/api/dashboard', signal), [client]);
  const d = dashboard.data;

  return (
    <>
      <h1>Tablero de cumplimiento</h1>
      {dashboard.loading && !d && <Loading label="Cargando el tablero…" />}
      {dashboard.error && <LoadError message={dashboard.error} onRetry={dashboard.reload} />}
      {d && (
        <>
          <p>
            Obligaciones de declarar del padrón, con los plazos juzgados al <strong>{calendarDate(d.today)}</strong> (hora del centro de México): una
            obligación pendiente cuya fecha límite ya pasó cuenta como omisa.
          </p>
          <StateTotals d={d} />
          <MayRate may={d.may} />
          <div className="chart-grid">
            <ChartFigure id="by-state" title="Obligaciones por estado" summary={stateSummary(d.byState)} series={byStateSeries(d)} categoryHeader="Obligaciones" horizontal />
            <ChartFigure id="by-area" title="Obligaciones por área de adscripción" summary={areaSummary(d)} series={byAreaSeries(d)} categoryHeader="Área" horizontal />
            <ChartFigure id="by-month" title={`Obligaciones por mes de vencimiento (${d.today.slice(0, 4)})`} summary={monthSummary(d)} series={byMonthSeries(d)} categoryHeader="Mes" />
          </div>
          <ExportButtons />
        </>
      )}
    </>
  );
}

function StateTotals({ d }: { d: DashboardView }) {
  return (
    <ul className="stat-list" aria-label="Totales por estado">
      {(['OMISA', 'PRESENTADA_EXTEMPORANEA', 'PENDIENTE', 'PRESENTADA_EN_TIEMPO'] as const).map((s) => (
        <li key={s} className="stat" style={{ borderColor: STATE_STYLE[s].color }}>
          <span className="stat-value">{d.byState[s].toLocaleString('es-MX')}</span>
          <span className="stat-label">{OBLIGATION_STATE_LABELS[s]}</span>
        </li>
      ))}
    </ul>
  );
}

function MayRate({ may }: { may: MayRateView }) {
  const rate = may.onTimeRate ?? 0;
  return (
    <section aria-labelledby="may-title" className="may-rate">
      <h2 id="may-title">Cumplimiento de mayo {may.year}</h2>
      <p id="may-summary">{maySummary(may)}</p>
      {may.due > 0 && (
        <div className="may-bar">
          <progress id="may-progress" max={may.due} value={may.onTime} aria-describedby="may-summary">
            {percent(rate)}
          </progress>
          <label htmlFor="may-progress" className="may-bar-label">
            {percent(rate)} en tiempo
          </label>
        </div>
      )}
    </section>
  );
}
