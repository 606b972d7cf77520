import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip, type ChartData, type ChartOptions } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { OBLIGATION_STATE_LABELS, type ObligationState } from '@veraz/contracts';
import type { StateSeries } from './dashboardData';
import { STATE_STYLE } from './stateStyle';

// Only what bar charts need: chart.js is tree-shaken and this file loads with the dashboard page only.
ChartJS.register(BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const DRAW_ORDER: ObligationState[] = ['PRESENTADA_EN_TIEMPO', 'PRESENTADA_EXTEMPORANEA', 'PENDIENTE', 'OMISA'];

function fill(state: ObligationState): string | CanvasPattern {
  const { color, texture } = STATE_STYLE[state];
  if (texture === 'solid' || typeof document === 'undefined') return color;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return color;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = ctx.fillStyle = '#ffffff';
  ctx.lineWidth = 1.5;
  if (texture === 'dots') {
    ctx.beginPath();
    ctx.arc(4, 4, 1.6, 0, 2 * Math.PI);
    ctx.fill();
  } else {
    ctx.beginPath();
    ctx.moveTo(0, 8);
    ctx.lineTo(8, 0);
    if (texture === 'cross') {
      ctx.moveTo(0, 0);
      ctx.lineTo(8, 8);
    }
    ctx.stroke();
  }
  return ctx.createPattern(tile, 'repeat') ?? color;
}

/** Long names (áreas) on several lines instead of cut off by the chart. */
export function wrapLabel(text: string, width = 18): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface StateChartProps {
  series: StateSeries;
  /** Horizontal bars: long category names (áreas) stay legible on a phone. */
  horizontal?: boolean;
  /** What a screen reader announces for the picture; the table below carries the numbers. */
  label: string;
}

export function StateChart({ series, horizontal = false, label }: StateChartProps) {
  const data: ChartData<'bar'> = {
    labels: horizontal ? series.categories.map((c) => wrapLabel(c)) : series.categories,
    datasets: DRAW_ORDER.map((state) => ({
      label: OBLIGATION_STATE_LABELS[state],
      data: series.rows.map((r) => r[state]),
      backgroundColor: fill(state),
      borderColor: STATE_STYLE[state].color,
      borderWidth: 1,
    })),
  };
  const options: ChartOptions<'bar'> = {
    indexAxis: horizontal ? 'y' : 'x',
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    scales: {
      x: { stacked: true, ticks: { precision: 0, font: { size: 13 } }, grid: { display: !horizontal ? false : true } },
      y: { stacked: true, ticks: { precision: 0, font: { size: 13 } } },
    },
    plugins: {
      legend: { position: 'bottom', labels: { font: { size: 13 }, boxWidth: 18, boxHeight: 14 } },
      tooltip: { mode: 'index', intersect: false },
    },
  };
  const lines = horizontal ? Math.max(...series.categories.map((c) => wrapLabel(c).length), 1) : 1;
  const height = horizontal ? Math.max(170, (28 + 16 * lines) * series.categories.length + 100) : 320;
  return (
    <div className="chart-canvas" style={{ height }}>
      <Bar data={data} options={options} role="img" aria-label={label} />
    </div>
  );
}

export default StateChart;
