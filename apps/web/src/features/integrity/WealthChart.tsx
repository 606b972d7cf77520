import { CategoryScale, Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip, type ChartData, type ChartOptions, type PointStyle } from 'chart.js';
import { Line } from 'react-chartjs-2';
import { RISK_RULES, type WealthPoint } from '@veraz/contracts';
import { formatMoney } from '../../components/format';
import { pointLabel, shortPointLabel } from './evolution';

// Only what line charts need: this file is its own chunk, loaded with the person's page only.
ChartJS.register(LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Each series differs by colour (Okabe–Ito, safe for colour blindness), line dash and point shape. */
const SERIES: Array<{ key: 'activos' | 'adeudos' | 'ingresoAnual' | 'patrimonioNeto'; label: string; color: string; dash: number[]; point: PointStyle; width: number }> = [
  { key: 'activos', label: 'Activos', color: '#0072b2', dash: [], point: 'circle', width: 2 },
  { key: 'adeudos', label: 'Adeudos', color: '#d55e00', dash: [8, 4], point: 'rect', width: 2 },
  { key: 'ingresoAnual', label: 'Ingreso anual', color: '#007a5a', dash: [2, 3], point: 'triangle', width: 2 },
  { key: 'patrimonioNeto', label: 'Patrimonio neto', color: '#1b1f24', dash: [], point: 'circle', width: 3.5 },
];
export const FLAGGED_LABEL = 'Declaración con señales de riesgo';
const FLAG_COLOR = '#a40e26';

/** Below this width the axis shows short labels (a phone). */
const NARROW_CHART_PX = 560;

const compactPesos = new Intl.NumberFormat('es-MX', { style: 'currency', currency: 'MXN', notation: 'compact', maximumFractionDigits: 1 });

export interface WealthChartProps {
  points: WealthPoint[];
  /** What a screen reader announces for the picture; the table below carries the numbers. */
  label: string;
}

export function WealthChart({ points, label }: WealthChartProps) {
  const flagged = points.map((p) => p.flags.length > 0);
  const data: ChartData<'line', Array<number | null>> = {
    labels: points.map((p) => pointLabel(p)),
    datasets: [
      ...SERIES.map((s) => ({
        label: s.label,
        data: points.map((p) => p[s.key]),
        borderColor: s.color,
        backgroundColor: s.color,
        borderDash: s.dash,
        borderWidth: s.width,
        pointStyle: s.point,
        pointRadius: 4,
        spanGaps: true,
      })),
      // The flagged filings, marked on the net worth line: a large red diamond with its own legend entry.
      {
        label: FLAGGED_LABEL,
        data: points.map((p, i) => (flagged[i] ? p.patrimonioNeto : null)),
        showLine: false,
        borderColor: '#ffffff',
        backgroundColor: FLAG_COLOR,
        borderWidth: 2,
        pointStyle: 'rectRot' as PointStyle,
        pointRadius: 10,
        pointHoverRadius: 12,
      },
    ],
  };
  const options: ChartOptions<'line'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    interaction: { mode: 'index', intersect: false },
    scales: {
      x: {
        grid: { display: false },
        ticks: {
          font: { size: 13 },
          maxRotation: 0,
          callback(_value, index) {
            const point = points[index];
            if (!point) return '';
            return this.chart.width < NARROW_CHART_PX ? shortPointLabel(point) : pointLabel(point);
          },
        },
      },
      // From zero: a growth in wealth reads at its true size, not magnified by a cut axis.
      y: { beginAtZero: true, ticks: { font: { size: 13 }, callback: (value) => compactPesos.format(Number(value)) } },
    },
    plugins: {
      legend: {
        position: 'bottom',
        labels: {
          font: { size: 13 },
          usePointStyle: true,
          padding: 16,
          // The same thin outline for every marker: a thick line would make its legend marker look larger.
          generateLabels: (chart) => ChartJS.defaults.plugins.legend.labels.generateLabels(chart).map((item) => ({ ...item, lineWidth: 1 })),
        },
      },
      tooltip: {
        callbacks: {
          label: (context) => {
            if (context.dataset.label === FLAGGED_LABEL) {
              const codes = points[context.dataIndex]?.flags ?? [];
              return `Señales: ${codes.map((c) => RISK_RULES[c]?.title ?? c).join('; ')}`;
            }
            return `${context.dataset.label}: ${formatMoney(context.parsed.y ?? 0)}`;
          },
        },
      },
    },
  };
  return (
    <div className="chart-canvas" style={{ height: 360 }}>
      <Line data={data} options={options} role="img" aria-label={label} />
    </div>
  );
}

export default WealthChart;
