import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';
import { FILING_ID, filingSummary, OTHER_FILING_ID, stubObjectUrls } from '../declarations/testData';

const notFound = () => jsonResponse(404, { statusCode: 404, code: 'NO_ENCONTRADO', message: 'No se encontró.' });

describe('InstitutionFilingsPage', () => {
  it('lists the institution’s filings with filer, tipo, format and state, and searches by folio or name', async () => {
    const reserved = filingSummary({ id: OTHER_FILING_ID, folio: 'SEFIN-2025-000013', tipo: 'MODIFICACIÓN', fechaTomaPosesion: null, anioReportado: 2024, declaracionCompleta: false, reserved: true, filer: { userId: 'user-9', nombreCompleto: 'Luis Núñez' } });
    // The search answers only when the test says so: meanwhile the old list must not pass for its results.
    let answerSearch: () => void = () => undefined;
    const searched = new Promise<void>((resolve) => (answerSearch = resolve));
    const { fetch, calls } = mockFetch(async (call) => {
      if (call.path === '/api/filings?limit=50&offset=0') return jsonResponse(200, { items: [reserved, filingSummary()], total: 2 });
      if (call.path === '/api/filings?limit=50&offset=0&q=nunez') {
        await searched;
        return jsonResponse(200, { items: [reserved], total: 1 });
      }
      return notFound();
    });
    const { user } = renderApp('/institucion/declaraciones', { fetch, session: makeSession({ roles: ['REVISOR'] }) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Declaraciones de la institución' })).toBeTruthy();
    expect((await screen.findByText('2 declaraciones presentadas.')).getAttribute('role')).toBe('status');
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole('link', { name: 'SEFIN-2025-000013' }).getAttribute('href')).toBe(`/institucion/declaraciones/${OTHER_FILING_ID}`);
    expect(rows[1]!.textContent).toContain('Luis Núñez');
    expect(rows[1]!.textContent).toContain('Declaración de modificación · formato simplificado');
    expect(rows[1]!.textContent).toContain('Año reportado: 2024');
    expect(rows[1]!.textContent).toContain('Vigente · reservada (no se publica)');
    expect(rows[2]!.textContent).toContain('Ana López');
    expect(within(rows[2]!).getByRole('link', { name: 'SEFIN-2025-000012' }).getAttribute('href')).toBe(`/institucion/declaraciones/${FILING_ID}`);
    // The reviewer's navigation leads here.
    expect(screen.getAllByRole('link', { name: 'Declaraciones de la institución' })[0]!.getAttribute('href')).toBe('/institucion/declaraciones');

    await user.type(screen.getByRole('searchbox', { name: 'Buscar por folio, nombre, CURP o RFC' }), ' nunez ');
    await user.click(screen.getByRole('button', { name: 'Buscar' }));
    expect(await screen.findByText('Buscando declaraciones…')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText(/con «nunez»/)).toBeNull();
    answerSearch();
    expect(await screen.findByText('1 declaración coincide con «nunez».')).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(2);
    expect(calls.map((c) => c.path)).toEqual(['/api/filings?limit=50&offset=0', '/api/filings?limit=50&offset=0&q=nunez']);

    await user.click(screen.getByRole('button', { name: 'Quitar búsqueda' }));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(3));
  });

  it('downloads the list, or the search results, as CSV', async () => {
    const urls = stubObjectUrls();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    try {
      const { fetch, calls } = mockFetch((call) => {
        if (call.path.startsWith('/api/filings/export.csv')) {
          return new Response('\uFEFFFolio\n', { status: 200, headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="declaraciones-2026-11-30.csv"' } });
        }
        return call.path.startsWith('/api/filings?') ? jsonResponse(200, { items: [filingSummary()], total: 1 }) : notFound();
      });
      const { user } = renderApp('/institucion/declaraciones', { fetch, session: makeSession({ roles: ['REVISOR'] }) });
      await user.click(await screen.findByRole('button', { name: 'Descargar la lista (CSV)' }));
      expect(await screen.findByText('Descarga lista: declaraciones-2026-11-30.csv.')).toBeTruthy();
      expect(clicked).toEqual(['declaraciones-2026-11-30.csv']);

      await user.type(screen.getByRole('searchbox'), 'lópez');
      await user.click(screen.getByRole('button', { name: 'Buscar' }));
      await user.click(await screen.findByRole('button', { name: 'Descargar estos resultados (CSV)' }));
      await waitFor(() => expect(clicked).toHaveLength(2));
      expect(calls.filter((c) => c.path.startsWith('/api/filings/export.csv')).map((c) => c.path)).toEqual(['/api/filings/export.csv', `/api/filings/export.csv?q=${encodeURIComponent('lópez')}`]);
    } finally {
      urls.restore();
      vi.restoreAllMocks();
    }
  });

  it('pages through a large institution, keeping the page in the address', async () => {
    const page = (offset: number) => Array.from({ length: 50 }, (_, i) => filingSummary({ id: `f-${offset + i}`, folio: `SEFIN-2025-${String(offset + i + 1).padStart(6, '0')}` }));
    const { fetch } = mockFetch((call) => {
      const match = /offset=(\d+)/.exec(call.path);
      return match ? jsonResponse(200, { items: page(Number(match[1])), total: 120 }) : notFound();
    });
    const { user } = renderApp('/institucion/declaraciones', { fetch, session: makeSession({ roles: ['ADMIN_INSTITUCION'] }) });
    expect(await screen.findByText('120 declaraciones presentadas.')).toBeTruthy();
    const pager = screen.getByRole('navigation', { name: 'Páginas de declaraciones' });
    expect(pager.textContent).toContain('Mostrando 1–50 de 120');
    await user.click(within(pager).getByRole('button', { name: 'Siguiente' }));
    expect(await screen.findByRole('link', { name: 'SEFIN-2025-000051' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Páginas de declaraciones' }).textContent).toContain('Mostrando 51–100 de 120');
  });

  it('says when nothing matches, and is not for filers', async () => {
    const { fetch } = mockFetch((call) => (call.path.startsWith('/api/filings?') ? jsonResponse(200, { items: [], total: 0 }) : notFound()));
    const reviewer = renderApp('/institucion/declaraciones?q=zzz', { fetch, session: makeSession({ roles: ['REVISOR'] }) });
    expect(await screen.findByText('Ninguna declaración coincide con «zzz».')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('zzz');
    reviewer.unmount();

    const filer = mockFetch(notFound);
    renderApp('/institucion/declaraciones', { fetch: filer.fetch, session: makeSession({ roles: ['DECLARANTE'] }) });
    expect(await screen.findByRole('heading', { name: 'No tienes permiso para ver esta página' })).toBeTruthy();
    expect(filer.calls).toHaveLength(0);
  });
});
