import type { DashboardView } from '@veraz/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';
import { stubObjectUrls } from '../declarations/testData';

const zero = { PENDIENTE: 0, PRESENTADA_EN_TIEMPO: 0, PRESENTADA_EXTEMPORANEA: 0, OMISA: 0 };

const DASHBOARD: DashboardView = {
  today: '2026-05-20',
  total: 7,
  byState: { PENDIENTE: 2, PRESENTADA_EN_TIEMPO: 2, PRESENTADA_EXTEMPORANEA: 1, OMISA: 2 },
  byArea: [
    { area: 'Finanzas', total: 4, counts: { PENDIENTE: 1, PRESENTADA_EN_TIEMPO: 1, PRESENTADA_EXTEMPORANEA: 1, OMISA: 1 } },
    { area: 'Jurídico', total: 2, counts: { ...zero, PENDIENTE: 1, OMISA: 1 } },
    { area: null, total: 1, counts: { ...zero, PRESENTADA_EN_TIEMPO: 1 } },
  ],
  byMonth: Array.from({ length: 12 }, (_, i) => {
    const month = `2026-${String(i + 1).padStart(2, '0')}`;
    if (i === 2) return { month, total: 2, counts: { ...zero, PRESENTADA_EXTEMPORANEA: 1, OMISA: 1 } };
    if (i === 4) return { month, total: 1200, counts: { ...zero, PENDIENTE: 700, PRESENTADA_EN_TIEMPO: 500 } };
    return { month, total: 0, counts: zero };
  }),
  may: { year: 2026, dueDate: '2026-05-31', due: 4, onTime: 2, late: 0, omisas: 0, pending: 2, onTimeRate: 0.5, phase: 'EN_CURSO' },
};

function dashboardFetch(body: DashboardView = DASHBOARD) {
  return mockFetch((call) => (call.path === '/api/dashboard' ? jsonResponse(200, body) : jsonResponse(404, { statusCode: 404, code: 'NO_ENCONTRADO', message: 'No se encontró.' })));
}

describe('DashboardPage', () => {
  it('says what each chart shows in words and gives its numbers as a table', async () => {
    const { fetch } = dashboardFetch();
    const { user } = renderApp('/institucion/tablero', { fetch, session: makeSession({ roles: ['REVISOR'] }) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Tablero de cumplimiento' })).toBeTruthy();
    expect(await screen.findByText(/20 de mayo de 2026/)).toBeTruthy();
    const totals = within(screen.getByRole('list', { name: 'Totales por estado' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(totals).toEqual(['2Omisa', '1Presentada extemporánea', '2Pendiente', '2Presentada en tiempo']);

    const byState = screen.getByRole('figure', { name: 'Obligaciones por estado' });
    expect(byState.getAttribute('aria-describedby')).toBe('by-state-summary');
    expect(within(byState).getByText('De 7 obligaciones: 2 pendientes, 2 presentadas en tiempo, 1 presentada extemporánea y 2 omisas.')).toBeTruthy();

    const byArea = screen.getByRole('figure', { name: 'Obligaciones por área de adscripción' });
    expect(within(byArea).getByText('3 áreas; la de más omisos es Finanzas (1 omisa de 4).')).toBeTruthy();
    // The table fallback is a native <details> (the browser spec opens it with the keyboard) with the same numbers.
    const toggle = within(byArea).getByText('Ver los datos en tabla');
    expect(toggle.closest('details')!.open).toBe(false);
    await user.click(toggle);
    await waitFor(() => expect(toggle.closest('details')!.open).toBe(true));
    const rows = within(within(byArea).getByRole('table', { name: 'Obligaciones por área de adscripción' })).getAllByRole('row');
    expect(rows.map((r) => Array.from(r.children).map((c) => c.textContent))).toEqual([
      ['Área', 'Pendiente', 'Presentada en tiempo', 'Presentada extemporánea', 'Omisa', 'Total'],
      ['Finanzas', '1', '1', '1', '1', '4'],
      ['Jurídico', '1', '0', '0', '1', '2'],
      ['Sin área registrada', '0', '1', '0', '0', '1'],
    ]);

    const byMonth = screen.getByRole('figure', { name: 'Obligaciones por mes de vencimiento (2026)' });
    expect(within(byMonth).getByText('1,202 obligaciones vencen en 2026; el mes con más vencimientos es mayo (1,200).')).toBeTruthy();
    const monthRows = within(byMonth).getAllByRole('row');
    expect(monthRows).toHaveLength(13);
    expect(Array.from(monthRows[5]!.children).map((c) => c.textContent)).toEqual(['mayo', '700', '500', '0', '0', '1,200']);
  });

  it('shows the May on-time rate as a progress bar with its sentence', async () => {
    const { fetch } = dashboardFetch();
    renderApp('/institucion/tablero', { fetch, session: makeSession({ roles: ['ADMIN_INSTITUCION'] }) });
    expect(await screen.findByRole('heading', { name: 'Cumplimiento de mayo 2026' })).toBeTruthy();
    expect(screen.getByText('Declaraciones de modificación de mayo de 2026: el plazo corre hasta el 31 de mayo; van 2 de 4 presentadas en tiempo (50 %) y 2 pendientes.')).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: '50 % en tiempo' });
    expect(bar.getAttribute('value')).toBe('2');
    expect(bar.getAttribute('max')).toBe('4');
  });

  it('after May says the period closed, with late and omisas', async () => {
    const { fetch } = dashboardFetch({ ...DASHBOARD, today: '2026-06-02', may: { ...DASHBOARD.may, phase: 'CERRADO', pending: 0, omisas: 1, late: 1, onTime: 2 } });
    renderApp('/institucion/tablero', { fetch, session: makeSession({ roles: ['REVISOR'] }) });
    expect(await screen.findByText('Declaraciones de modificación de mayo de 2026: plazo cerrado; 2 de 4 presentadas en tiempo (50 %), 1 extemporánea y 1 omisa.')).toBeTruthy();
  });

  it('downloads the omisos in Excel', async () => {
    const urls = stubObjectUrls();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    try {
      const { fetch, calls } = mockFetch((call) => {
        if (call.path === '/api/exports/omisos.xlsx') {
          return new Response('PK', { status: 200, headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Content-Disposition': 'attachment; filename="omisos-2026-05-20.xlsx"' } });
        }
        return jsonResponse(200, DASHBOARD);
      });
      const { user } = renderApp('/institucion/tablero', { fetch, session: makeSession({ roles: ['REVISOR'] }) });
      await user.click(await screen.findByRole('button', { name: 'Descargar omisos en Excel' }));
      expect(await screen.findByText('Descarga lista: omisos-2026-05-20.xlsx.')).toBeTruthy();
      expect(clicked).toEqual(['omisos-2026-05-20.xlsx']);
      expect(calls.map((c) => c.path)).toContain('/api/exports/omisos.xlsx');
    } finally {
      urls.restore();
      vi.restoreAllMocks();
    }
  });

  it('is not offered to filers', async () => {
    const { fetch } = dashboardFetch();
    renderApp('/institucion/tablero', { fetch, session: makeSession({ roles: ['DECLARANTE'] }) });
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Tablero de cumplimiento' })).toBeNull());
    expect(screen.queryByRole('link', { name: 'Tablero de cumplimiento' })).toBeNull();
  });
});
