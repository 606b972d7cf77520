import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { WorkbenchFilingSummary } from '@veraz/contracts';
import { jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';
import { filingSummary } from '../declarations/testData';

describe('the reviewer’s filters', () => {
  it('sends the chosen filters, keeps them in the address and shows área, obligation and review on each row', async () => {
    const session = makeSession({ roles: ['REVISOR'] });
    const row: WorkbenchFilingSummary = {
      ...filingSummary({ filer: { userId: 'user-9', nombreCompleto: 'Rosa Gutiérrez' } }),
      area: 'Dirección de Finanzas',
      reviewState: 'CON_OBSERVACIONES',
      assignee: { userId: session.user.id, nombreCompleto: 'Elena Torres' },
      obligationState: 'PRESENTADA_EXTEMPORANEA',
      risk: null,
    };
    const { fetch, calls } = mockFetch(() => jsonResponse(200, { items: [row], total: 1 }));
    const { user } = renderApp('/institucion/declaraciones', { fetch, session });

    const filters = await screen.findByRole('group', { name: 'Filtrar' });
    await user.selectOptions(within(filters).getByLabelText('Tipo'), 'Declaración inicial');
    await user.selectOptions(within(filters).getByLabelText('Estado de la revisión'), 'Con observaciones');
    await user.selectOptions(within(filters).getByLabelText('Estado de la obligación'), 'Presentada extemporánea');
    await user.type(within(filters).getByLabelText('Área de adscripción (padrón)'), 'Dirección de Finanzas');
    await user.type(within(filters).getByLabelText('Año de presentación'), '2025');
    await user.click(within(filters).getByLabelText('Solo las asignadas a mí'));
    await user.click(within(filters).getByRole('button', { name: 'Aplicar filtros' }));

    await waitFor(() => expect(calls.length).toBe(2));
    const sent = new URL(calls[1]!.path, 'http://x').searchParams;
    expect(Object.fromEntries(sent)).toEqual({
      limit: '50', offset: '0', tipo: 'INICIAL', estadoRevision: 'CON_OBSERVACIONES', estadoObligacion: 'PRESENTADA_EXTEMPORANEA',
      area: 'Dirección de Finanzas', anio: '2025', asignadoA: session.user.id,
    });
    expect(await screen.findByText('1 declaración cumple los filtros.')).toBeTruthy();
    const cells = screen.getAllByRole('row')[1]!.textContent;
    expect(cells).toContain('Dirección de Finanzas');
    expect(cells).toContain('Presentada extemporánea');
    expect(cells).toContain('Revisión: con observaciones · Elena Torres');

    await user.click(screen.getByRole('button', { name: 'Quitar filtros' }));
    await waitFor(() => expect(calls.at(-1)!.path).toBe('/api/filings?limit=50&offset=0'));
  }, 30_000);
});
