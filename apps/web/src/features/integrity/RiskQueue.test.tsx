import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { WorkbenchFilingSummary } from '@veraz/contracts';
import { jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';
import { filingSummary, OTHER_FILING_ID } from '../declarations/testData';

function row(overrides: Partial<WorkbenchFilingSummary>): WorkbenchFilingSummary {
  return { ...filingSummary(), area: null, reviewState: 'SIN_REVISAR', assignee: null, obligationState: null, risk: null, ...overrides };
}

const risky = row({ id: OTHER_FILING_ID, folio: 'SEFIN-2025-000013', filer: { userId: 'user-9', nombreCompleto: 'Luis Núñez' }, risk: { score: 55, flagCount: 2, thresholdVersion: 3 } });
const clean = row({ risk: { score: 0, flagCount: 0, thresholdVersion: 3 } });
const unscored = row({ id: 'f-3', folio: 'SEFIN-2025-000014', risk: null });

describe('the reviewer’s list ordered by risk', () => {
  it('asks the API for the riskiest first and shows each filing’s score and señales', async () => {
    const { fetch, calls } = mockFetch((call) => {
      const params = new URL(call.path, 'http://x').searchParams;
      return jsonResponse(200, { items: params.get('orden') === 'riesgo' ? [risky, clean, unscored] : [unscored, clean, risky], total: 3 });
    });
    const { user } = renderApp('/institucion/declaraciones', { fetch, session: makeSession({ roles: ['REVISOR'] }) });

    expect(await screen.findByText('3 declaraciones presentadas.')).toBeTruthy();
    const order = screen.getByLabelText('Ordenar por') as HTMLSelectElement;
    expect(order.value).toBe('recientes');
    expect(calls[0]!.path).toBe('/api/filings?limit=50&offset=0');

    await user.selectOptions(order, 'Mayor riesgo');
    expect(await screen.findByText('3 declaraciones presentadas. Ordenadas de mayor a menor riesgo.')).toBeTruthy();
    expect(calls.at(-1)!.path).toBe('/api/filings?limit=50&offset=0&orden=riesgo');

    const table = screen.getByRole('table', { name: 'Declaraciones presentadas en la institución, de mayor a menor riesgo' });
    expect(within(table).getByRole('columnheader', { name: 'Riesgo' })).toBeTruthy();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').at(-1)!.textContent)).toEqual(['55 puntos · 2 señales', '0 puntos · sin señales', 'Sin evaluar']);
    expect(within(rows[0]!).getByRole('link', { name: 'SEFIN-2025-000013' })).toBeTruthy();
  });

  it('keeps the order in the address together with the filters, and goes back to newest first', async () => {
    const { fetch, calls } = mockFetch(() => jsonResponse(200, { items: [risky], total: 1 }));
    const { user } = renderApp('/institucion/declaraciones?tipo=INICIAL&orden=riesgo', { fetch, session: makeSession({ roles: ['ADMIN_INSTITUCION'] }) });

    expect(await screen.findByText('1 declaración cumple los filtros.')).toBeTruthy();
    expect(calls[0]!.path).toBe('/api/filings?limit=50&offset=0&tipo=INICIAL&orden=riesgo');
    expect((screen.getByLabelText('Ordenar por') as HTMLSelectElement).value).toBe('riesgo');

    // Applying other filters keeps the order.
    const filters = screen.getByRole('group', { name: 'Filtrar' });
    await user.selectOptions(within(filters).getByLabelText('Estado de la revisión'), 'Sin revisar');
    await user.click(within(filters).getByRole('button', { name: 'Aplicar filtros' }));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(Object.fromEntries(new URL(calls[1]!.path, 'http://x').searchParams)).toEqual({ limit: '50', offset: '0', tipo: 'INICIAL', estadoRevision: 'SIN_REVISAR', orden: 'riesgo' });

    await user.selectOptions(screen.getByLabelText('Ordenar por'), 'Más recientes');
    await waitFor(() => expect(calls).toHaveLength(3));
    expect(new URL(calls[2]!.path, 'http://x').searchParams.has('orden')).toBe(false);
  });
});
