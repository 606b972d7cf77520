import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FilingView } from '@veraz/contracts';
import { jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';
import { errorResponse, FILING_ID, filingView, OTHER_FILING_ID, stubObjectUrls } from '../declarations/testData';

const PAGE = `/institucion/declaraciones/${FILING_ID}`;
const someoneElse = { userId: 'user-9', nombreCompleto: 'Luis Núñez' };

describe('InstitutionFilingPage', () => {
  it('shows a reviewer the filing, its filer and documents, with links that stay in the institution’s list', async () => {
    const filing = filingView({
      filer: someoneElse,
      version: 2,
      versions: [
        { id: OTHER_FILING_ID, folio: 'SEFIN-2025-000003', version: 1, filedAt: '2025-02-01T17:00:00.000Z' },
        { id: FILING_ID, folio: 'SEFIN-2025-000012', version: 2, filedAt: '2025-03-10T17:45:00.000Z' },
      ],
    });
    const { fetch } = mockFetch((call) => (call.path === `/api/filings/${FILING_ID}` ? jsonResponse(200, filing) : jsonResponse(404, {})));
    renderApp(PAGE, { fetch, session: makeSession({ roles: ['REVISOR'] }) });

    expect((await screen.findByTestId('folio')).textContent).toBe('SEFIN-2025-000012');
    expect(screen.getByText('Luis Núñez')).toBeTruthy();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Declaraciones de la institución' }).getAttribute('href')).toBe('/institucion/declaraciones');
    const versions = screen.getByRole('region', { name: 'Versiones' });
    expect(within(versions).getByRole('link', { name: 'Versión 1, folio SEFIN-2025-000003' }).getAttribute('href')).toBe(`/institucion/declaraciones/${OTHER_FILING_ID}`);
    expect(screen.getByRole('button', { name: 'Descargar acuse' })).toBeTruthy();
    // Not the filer: no correction; not an administrator: no classification.
    expect(screen.queryByRole('button', { name: 'Presentar nota aclaratoria' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Clasificación' })).toBeNull();
  });

  it('lets an administrator reserve a filing with its reason, then lift the reservation', async () => {
    let current: FilingView = filingView({ filer: someoneElse });
    const { fetch, calls } = mockFetch((call) => {
      if (call.path === `/api/filings/${FILING_ID}` && call.method === 'GET') return jsonResponse(200, current);
      if (call.path === `/api/filings/${FILING_ID}/reservation` && call.method === 'PUT') {
        const body = call.body as { reservada: boolean; motivo: string };
        current = { ...current, reserved: body.reservada, reservedReason: body.motivo };
        return jsonResponse(200, current);
      }
      return jsonResponse(404, {});
    });
    const { user } = renderApp(PAGE, { fetch, session: makeSession({ roles: ['ADMIN_INSTITUCION'] }) });

    const block = await screen.findByRole('region', { name: 'Clasificación' });
    expect(block.textContent).toContain('Esta declaración es pública');
    // A reason is required, checked before anything is sent.
    await user.click(within(block).getByRole('button', { name: 'Clasificar como reservada' }));
    const summary = await within(block).findByRole('alert');
    expect(summary.textContent).toContain('Motivo: Escribe el motivo (al menos 10 caracteres).');
    // The summary takes the focus once it has rendered.
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);

    await user.type(within(block).getByLabelText(/Motivo de la reserva/), 'Acuerdo CT-07/2026 del Comité de Transparencia');
    await user.click(within(block).getByRole('button', { name: 'Clasificar como reservada' }));
    expect(await screen.findByText('El folio SEFIN-2025-000012 quedó reservado: no se publica.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.body)).toEqual([{ reservada: true, motivo: 'Acuerdo CT-07/2026 del Comité de Transparencia' }]);
    // The facts above show it at once.
    expect(screen.getByText(/Reservada: no se publica\. Motivo: Acuerdo CT-07\/2026/)).toBeTruthy();

    const lift = screen.getByRole('region', { name: 'Clasificación' });
    await user.type(within(lift).getByLabelText(/Motivo para dejar de reservarla/), 'Resolución del recurso de revisión 12/2026');
    await user.click(within(lift).getByRole('button', { name: 'Dejar de reservar' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    expect(calls.filter((c) => c.method === 'PUT')[1]!.body).toEqual({ reservada: false, motivo: 'Resolución del recurso de revisión 12/2026' });
    expect(await screen.findByText('El folio SEFIN-2025-000012 dejó de estar reservado.')).toBeTruthy();
  });

  it('puts the server’s refusal on the reason field', async () => {
    const { fetch } = mockFetch((call) =>
      call.method === 'PUT'
        ? errorResponse(400, 'VALIDACION', 'Revisa los datos.', { errors: [{ path: 'motivo', message: 'indica el motivo (de 10 a 2000 caracteres)' }] })
        : call.path === `/api/filings/${FILING_ID}`
          ? jsonResponse(200, filingView({ filer: someoneElse }))
          : jsonResponse(404, {}),
    );
    const { user } = renderApp(PAGE, { fetch, session: makeSession({ roles: ['ADMIN_INSTITUCION'] }) });
    const block = await screen.findByRole('region', { name: 'Clasificación' });
    await user.type(within(block).getByLabelText(/Motivo de la reserva/), 'motivo vago');
    await user.click(within(block).getByRole('button', { name: 'Clasificar como reservada' }));
    const field = within(block).getByLabelText(/Motivo de la reserva/);
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(within(block).getByRole('alert').textContent).toContain('Indica el motivo (de 10 a 2000 caracteres).');
  });
  it('lets a reviewer download the filer’s constancia of the annual tax return', async () => {
    const filing = filingView({
      filer: someoneElse,
      constancias: [{ id: 'const-1', fiscalYear: 2025, fileName: 'acuse-sat-2025.pdf', size: 48_000, uploadedAt: '2026-04-20T17:00:00.000Z' }],
    });
    const { fetch, calls } = mockFetch((call) => {
      if (call.path === `/api/filings/${FILING_ID}`) return jsonResponse(200, filing);
      if (call.path === '/api/tax-constancias/const-1/archivo') return new Response('%PDF-1.4', { status: 200, headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="acuse-sat-2025.pdf"' } });
      return jsonResponse(404, {});
    });
    const urls = stubObjectUrls();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    try {
      const { user } = renderApp(PAGE, { fetch, session: makeSession({ roles: ['REVISOR'] }) });
      const block = await screen.findByRole('region', { name: 'Constancias de la declaración fiscal' });
      expect(block.textContent).toContain('Ejercicio fiscal 2025: acuse-sat-2025.pdf');
      await user.click(within(block).getByRole('button', { name: 'Descargar la constancia del ejercicio 2025' }));
      await waitFor(() => expect(clicked).toEqual(['acuse-sat-2025.pdf']));
      expect(calls.some((c) => c.path === '/api/tax-constancias/const-1/archivo')).toBe(true);
      expect(within(block).queryByRole('alert')).toBeNull();
    } finally {
      urls.restore();
      vi.restoreAllMocks();
    }
  });
});
