import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PersonEvolutionView } from '@veraz/contracts';
import { jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';
import { FILING_ID, OTHER_FILING_ID } from '../declarations/testData';
import { shortPointLabel } from './evolution';

// jsdom has no canvas: the chart's props are what reaches chart.js, so the test reads them.
const drawn = vi.hoisted(() => ({ data: null as null | { labels: unknown[]; datasets: Array<{ label: string; data: Array<number | null> }> }, label: '' }));
vi.mock('react-chartjs-2', () => ({
  Line: (props: { data: typeof drawn.data; 'aria-label': string }) => {
    drawn.data = props.data;
    drawn.label = props['aria-label'];
    return <canvas role="img" aria-label={props['aria-label']} />;
  },
}));

const PAGE = '/institucion/personas/user-9/evolucion';
const VIEW: PersonEvolutionView = {
  userId: 'user-9',
  nombreCompleto: 'Luis Núñez',
  thresholdVersion: 3,
  points: [
    { filingId: OTHER_FILING_ID, folio: 'SEFIN-2024-000007', tipo: 'INICIAL', fecha: '2024-01-15', activos: 1_500_000, adeudos: 300_000, ingresoAnual: null, patrimonioNeto: 1_200_000, tiposDeCambioFaltantes: [], flags: [], score: 0 },
    { filingId: FILING_ID, folio: 'SEFIN-2025-000012', tipo: 'MODIFICACIÓN', fecha: '2024-12-31', activos: 9_800_000, adeudos: 400_000, ingresoAnual: 900_000, patrimonioNeto: 9_400_000, tiposDeCambioFaltantes: [], flags: ['CRECIMIENTO_NO_EXPLICADO', 'VEHICULO_LUJO'], score: 55 },
    { filingId: 'f-3', folio: 'SEFIN-2026-000020', tipo: 'MODIFICACIÓN', fecha: '2025-12-31', activos: 9_900_000, adeudos: 350_000, ingresoAnual: 950_000, patrimonioNeto: 9_550_000, tiposDeCambioFaltantes: ['USD 2025'], flags: [], score: null },
  ],
};

const cells = (row: HTMLElement) => Array.from(row.children).map((c) => c.textContent);

describe('a person’s wealth evolution', () => {
  it('charts assets, debts, income and net worth per filing, marks the flagged filing, and gives the same figures as a table', async () => {
    const { fetch, calls } = mockFetch((call) => (call.path === '/api/integrity/people/user-9' ? jsonResponse(200, VIEW) : jsonResponse(404, {})));
    renderApp(PAGE, { fetch, session: makeSession({ roles: ['REVISOR'] }) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Evolución patrimonial de Luis Núñez' })).toBeTruthy();
    expect(calls.map((c) => c.path)).toEqual(['/api/integrity/people/user-9']);
    const figure = screen.getByRole('figure', { name: 'Activos, adeudos, ingreso y patrimonio neto por declaración' });
    const summary =
      '3 declaraciones, del 15 de enero de 2024 al 31 de diciembre de 2025; el patrimonio neto pasó de $1,200,000 a $9,550,000. Una tiene señales de riesgo (marcadas con un rombo rojo): folio SEFIN-2025-000012.';
    expect(within(figure).getByText(summary)).toBeTruthy();
    expect(screen.getByText(/umbrales versión 3 de la institución/)).toBeTruthy();

    // The chart (its own chunk): four series, and the flagged filing marked on the net worth line.
    const chart = await within(figure).findByRole('img');
    expect(chart.getAttribute('aria-label')).toContain(summary);
    expect(drawn.data!.labels).toEqual([
      ['15 de enero de 2024', 'Declaración inicial'],
      ['31 de diciembre de 2024', 'Declaración de modificación'],
      ['31 de diciembre de 2025', 'Declaración de modificación'],
    ]);
    expect(drawn.data!.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Activos', [1_500_000, 9_800_000, 9_900_000]],
      ['Adeudos', [300_000, 400_000, 350_000]],
      ['Ingreso anual', [null, 900_000, 950_000]],
      ['Patrimonio neto', [1_200_000, 9_400_000, 9_550_000]],
      ['Declaración con señales de riesgo', [null, 9_400_000, null]],
    ]);

    // The table fallback: the same figures in pesos, the flags per row, the missing exchange rate.
    const table = screen.getByRole('table', { name: 'Activos, adeudos, ingreso y patrimonio neto por declaración, de Luis Núñez' });
    const rows = within(table).getAllByRole('row');
    expect(cells(rows[0]!)).toEqual(['Declaración', 'Activos', 'Adeudos', 'Ingreso anual', 'Patrimonio neto', 'Señales de riesgo']);
    expect(cells(rows[1]!)).toEqual(['15 de enero de 2024Declaración inicialFolio SEFIN-2024-000007', '$1,500,000', '$300,000', 'Sin dato', '$1,200,000', 'Ninguna']);
    expect(cells(rows[2]!)).toEqual([
      '31 de diciembre de 2024Declaración de modificaciónFolio SEFIN-2025-000012',
      '$9,800,000',
      '$400,000',
      '$900,000',
      '$9,400,000',
      'Con señales (55 puntos):Crecimiento del patrimonio mayor que los ingresos declaradosVehículo de marca de lujo',
    ]);
    expect(rows[2]!.className).toBe('flagged');
    expect(rows[3]!.className).toBe('');
    expect(cells(rows[3]!).at(-1)).toBe('Sin evaluarFalta el tipo de cambio de USD 2025: esos montos no se suman a las cifras de esta fila.');
    expect(within(rows[2]!).getByRole('link', { name: 'SEFIN-2025-000012' }).getAttribute('href')).toBe(`/institucion/declaraciones/${FILING_ID}`);
  });

  it('labels the filings briefly on a phone, so the axis stays flat and readable', () => {
    expect(VIEW.points.map(shortPointLabel)).toEqual([
      ['ene 2024', 'Inicial'],
      ['dic 2024', 'Modificación'],
      ['dic 2025', 'Modificación'],
    ]);
  });

  it('says so when the person has no filings, and is not for filers', async () => {
    const none = mockFetch(() => jsonResponse(404, { statusCode: 404, code: 'NO_ENCONTRADO', message: 'No se encontró.' }));
    const reviewer = renderApp(PAGE, { fetch: none.fetch, session: makeSession({ roles: ['ADMIN_INSTITUCION'] }) });
    expect(await screen.findByText('Esta persona no tiene declaraciones presentadas en la institución.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('figure')).toBeNull();
    reviewer.unmount();

    const filer = mockFetch(() => jsonResponse(200, VIEW));
    renderApp(PAGE, { fetch: filer.fetch, session: makeSession({ roles: ['DECLARANTE'] }) });
    expect(await screen.findByRole('heading', { name: 'No tienes permiso para ver esta página' })).toBeTruthy();
    expect(filer.calls).toHaveLength(0);
  });
});
