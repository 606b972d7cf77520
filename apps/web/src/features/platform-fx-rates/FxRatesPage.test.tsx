import type { FxRateView } from '@veraz/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { field, jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';

const operator = makeSession({ isOperator: true, institution: null });
const SOURCE = 'Banco de México, SIE, serie SF43718 (FIX)';
const R2023: FxRateView = { year: 2023, currency: 'USD', mxnPerUnit: 17.7617, observations: 250, source: SOURCE, importedAt: '2026-02-01T12:00:00.000Z' };
const R2024: FxRateView = { year: 2024, currency: 'USD', mxnPerUnit: 18.3034, observations: 251, source: SOURCE, importedAt: '2026-03-01T12:00:00.000Z' };
const CSV = 'Banco de México\nSF43718\nFecha,SF43718\n02/01/2024,16.9220\n03/01/2024,16.9663\n';

function bodyRows(table: HTMLElement) {
  return within(table).getAllByRole('row').slice(1).map((row) => [...row.children].slice(0, 5).map((cell) => cell.textContent));
}

describe('FxRatesPage', () => {
  it('lists the loaded rates and imports a Banco de México CSV, then shows the imported years', async () => {
    let loaded = [R2023];
    const { fetch, calls } = mockFetch((call) => {
      if (call.method === 'GET' && call.path === '/api/platform/fx-rates') return jsonResponse(200, loaded);
      if (call.method === 'POST' && call.path === '/api/platform/fx-rates') {
        loaded = [R2023, R2024];
        return jsonResponse(201, { imported: [R2024] });
      }
      return jsonResponse(404, { statusCode: 404, code: 'X', message: 'x' });
    });
    const { user } = renderApp('/plataforma/tipos-de-cambio', { fetch, session: operator });

    expect(await screen.findByText(/Veraz no incluye tipos de cambio/)).toBeTruthy();
    expect(screen.getByText('SF43718')).toBeTruthy();
    const loadedTable = await screen.findByRole('table', { name: /Un tipo de cambio por año y moneda/ });
    expect(bodyRows(loadedTable)).toEqual([['2023', 'USD', '17.7617', '250', SOURCE]]);

    // No file: nothing is sent.
    await user.click(screen.getByRole('button', { name: 'Importar tipos de cambio' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Elige el archivo CSV con la serie.');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.upload(field('Archivo CSV'), new File([CSV], 'SF43718.csv', { type: 'text/csv' }));
    await user.type(field('Moneda'), 'usd');
    await user.click(screen.getByRole('button', { name: 'Importar tipos de cambio' }));

    expect(await screen.findByText('Se importó 1 tipo de cambio anual: USD 2024. Ya aparecen en la tabla de abajo.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ csv: CSV, moneda: 'USD' });
    expect(screen.queryByRole('table', { name: 'Tipos de cambio importados' })).toBeNull();
    await waitFor(() => expect(bodyRows(screen.getByRole('table', { name: /Un tipo de cambio por año y moneda/ }))).toHaveLength(2));
    expect(bodyRows(screen.getByRole('table', { name: /Un tipo de cambio por año y moneda/ }))[0]![0]).toBe('2024');
  });

  it('shows the file’s problems with their line numbers, and a moneda problem on its field', async () => {
    const { fetch } = mockFetch((call) => {
      if (call.method === 'GET') return jsonResponse(200, []);
      return jsonResponse(400, {
        statusCode: 400,
        code: 'VALIDACION',
        message: 'El archivo no se pudo importar.',
        errors: [
          { path: 'csv[7]', message: 'La fecha «31/02/2024» no existe.' },
          { path: 'csv[12]', message: 'El valor «N/E» no es un número.' },
          { path: 'moneda', message: 'la moneda no es una clave ISO 4217' },
        ],
      });
    });
    const { user } = renderApp('/plataforma/tipos-de-cambio', { fetch, session: operator });

    expect(await screen.findByText(/Aún no hay tipos de cambio/)).toBeTruthy();
    await user.upload(field('Archivo CSV'), new File([CSV], 'SF43718.csv', { type: 'text/csv' }));
    await user.type(field('Moneda'), 'XXX');
    await user.click(screen.getByRole('button', { name: 'Importar tipos de cambio' }));

    const problems = await screen.findByRole('table', { name: 'Problemas del archivo (2)' });
    expect(within(problems).getAllByRole('row').slice(1).map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ['7', 'La fecha «31/02/2024» no existe.'],
      ['12', 'El valor «N/E» no es un número.'],
    ]);
    expect(screen.getByRole('alert').textContent).toContain('El archivo no se pudo importar.');
    const moneda = field('Moneda');
    expect(document.getElementById(`${moneda.id}-error`)?.textContent).toContain('La moneda no es una clave ISO 4217.');
  });

  it('is only for platform operators: an institution admin neither sees it nor loads the rates', async () => {
    const { fetch, calls } = mockFetch(() => jsonResponse(200, []));
    renderApp('/plataforma/tipos-de-cambio', { fetch, session: makeSession({ roles: ['ADMIN_INSTITUCION'] }) });
    expect(await screen.findByRole('heading', { name: 'No tienes permiso para ver esta página' })).toBeTruthy();
    expect(calls.some((c) => c.path === '/api/platform/fx-rates')).toBe(false);
  });
});
