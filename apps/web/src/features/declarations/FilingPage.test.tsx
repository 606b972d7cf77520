import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';
import { completeDeclaration, errorResponse, FILING_ID, filingView, OTHER_FILING_ID, pdfResponse, stubObjectUrls } from './testData';

const FILING = `/presentadas/${FILING_ID}`;
const ACUSE = `/api/filings/${FILING_ID}/documents/acuse`;
const preparing = (retryAfter: string) =>
  errorResponse(409, 'DOCUMENTO_EN_PREPARACION', 'El acuse de esta declaración aún se está generando. Intenta de nuevo en unos segundos.', { headers: { 'Retry-After': retryAfter } });

let urls: ReturnType<typeof stubObjectUrls>;
let clicked: Array<{ href: string; download: string }>;
beforeEach(() => {
  urls = stubObjectUrls();
  clicked = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.getAttribute('href') ?? '', download: this.download });
  });
});
afterEach(() => urls.restore());

describe('FilingPage', () => {
  it('shows the folio, the time in Mexico City, the seal, the versions and the verification link', async () => {
    const filing = filingView({
      version: 2,
      supersedesFilingId: OTHER_FILING_ID,
      notaAclaratoria: 'Corrijo el valor del inmueble.',
      efirma: {
        serial: '00001000000512345678',
        notAfter: '2029-01-01T00:00:00.000Z',
        signedAt: '2025-03-10T17:45:00.000Z',
        autoridad: { estado: 'registrada', explicacion: 'Emitido por una autoridad registrada.' },
      },
      versions: [
        { id: OTHER_FILING_ID, folio: 'SEFIN-2025-000003', version: 1, filedAt: '2025-02-01T17:00:00.000Z' },
        { id: FILING_ID, folio: 'SEFIN-2025-000012', version: 2, filedAt: '2025-03-10T17:45:00.000Z' },
      ],
    });
    const { fetch } = mockFetch((call) => (call.path === `/api/filings/${FILING_ID}` ? jsonResponse(200, filing) : jsonResponse(404, { statusCode: 404, code: 'X', message: 'x' })));
    renderApp(FILING, { fetch, session: makeSession() });

    expect((await screen.findByTestId('folio')).textContent).toBe('SEFIN-2025-000012');
    expect(screen.getByRole('heading', { level: 1, name: 'Declaración presentada' })).toBeTruthy();
    expect(screen.getByText(/Declaración inicial · formato completo/)).toBeTruthy();
    expect(screen.getByText('Toma de posesión: 15 de enero de 2025')).toBeTruthy();
    // 17:45:00 UTC is 11:45:00 in Mexico City.
    expect(screen.getByText(/10 de marzo de 2025.*11:45:00.*\(hora del centro de México\)/)).toBeTruthy();
    expect(screen.getByText('a'.repeat(64))).toBeTruthy();
    expect(screen.getByText('00001000000512345678')).toBeTruthy();
    expect(screen.getByText(/Emitido por una autoridad registrada\./)).toBeTruthy();
    expect(screen.getByText('Corrijo el valor del inmueble.')).toBeTruthy();
    const versions = screen.getByRole('region', { name: 'Versiones' });
    expect(within(versions).getByRole('link', { name: 'Versión 1, folio SEFIN-2025-000003' }).getAttribute('href')).toBe(`/presentadas/${OTHER_FILING_ID}`);
    expect(within(versions).getByText('Versión 2, folio SEFIN-2025-000012 (esta versión)').getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Verificar en línea' }).getAttribute('href')).toBe('/verificar/SEFIN-2025-000012');
    expect(screen.getByRole('button', { name: 'Descargar acuse' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Descargar declaración completa' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Descargar versión pública' })).toBeTruthy();
    // Without the router state set by signing there is no "just filed" notice.
    expect(screen.queryByText(/Tu declaración se presentó/)).toBeNull();
  });

  it('waits while the acuse is being generated, telling the person, then downloads it', async () => {
    let attempts = 0;
    const { fetch, calls } = mockFetch((call) => {
      if (call.path === `/api/filings/${FILING_ID}`) return jsonResponse(200, filingView());
      if (call.path === ACUSE) return ++attempts === 1 ? preparing('1') : pdfResponse('acuse-SEFIN-2025-000012.pdf');
      return jsonResponse(404, { statusCode: 404, code: 'X', message: 'x' });
    });
    const { user } = renderApp(FILING, { fetch, session: makeSession() });

    await user.click(await screen.findByRole('button', { name: 'Descargar acuse' }));
    expect(await screen.findByText('Estamos generando el acuse…')).toBeTruthy();
    expect(screen.getByText('Estamos generando el acuse…').getAttribute('role')).toBe('status');
    // Every download button waits meanwhile, so nothing is asked twice.
    expect((screen.getByRole('button', { name: 'Descargar declaración completa' }) as HTMLButtonElement).disabled).toBe(true);

    expect(await screen.findByText('Descarga lista: acuse-SEFIN-2025-000012.pdf.', {}, { timeout: 3000 })).toBeTruthy();
    expect(clicked).toEqual([{ href: 'blob:veraz/1', download: 'acuse-SEFIN-2025-000012.pdf' }]);
    expect(await urls.created[0]!.text()).toBe('%PDF-1.7 fake');
    expect(calls.filter((c) => c.path === ACUSE)).toHaveLength(2);
    expect(calls.find((c) => c.path === ACUSE)?.authorization).toBe('Bearer token-1');
    expect((screen.getByRole('button', { name: 'Descargar acuse' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('gives up after about a minute and says so', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { fetch, calls } = mockFetch((call) => {
      if (call.path === `/api/filings/${FILING_ID}`) return jsonResponse(200, filingView());
      if (call.path === ACUSE) return preparing('5');
      return jsonResponse(404, { statusCode: 404, code: 'X', message: 'x' });
    });
    const { user } = renderApp(FILING, { fetch, session: makeSession() });

    await user.click(await screen.findByRole('button', { name: 'Descargar acuse' }));
    await screen.findByText('Estamos generando el acuse…');
    await vi.advanceTimersByTimeAsync(65_000);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('El acuse todavía se está generando. Inténtalo de nuevo en unos minutos. También te llegará por correo.'));
    // One try every 5 s, from the click to the 60th second.
    expect(calls.filter((c) => c.path === ACUSE).length).toBe(13);
    expect(clicked).toEqual([]);
  });

  it('starts a nota aclaratoria and opens the new draft', async () => {
    const draft = completeDeclaration({ id: '66666666-6666-4666-8666-666666666666', correctsFilingId: FILING_ID });
    const { fetch, calls } = mockFetch((call) => {
      if (call.path === `/api/filings/${FILING_ID}`) return jsonResponse(200, filingView());
      if (call.method === 'POST' && call.path === `/api/filings/${FILING_ID}/corrections`) return jsonResponse(201, draft);
      if (call.path === `/api/declarations/${draft.id}`) return jsonResponse(200, draft);
      return jsonResponse(404, { statusCode: 404, code: 'X', message: 'x' });
    });
    const { user } = renderApp(FILING, { fetch, session: makeSession() });

    await user.click(await screen.findByRole('button', { name: 'Presentar nota aclaratoria' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Revisar y firmar' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'tu declaración presentada' }).getAttribute('href')).toBe(FILING);
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([`/api/filings/${FILING_ID}/corrections`]);
  });

  it('offers no correction on a version that was already corrected', async () => {
    const { fetch } = mockFetch(() => jsonResponse(200, filingView({ isLatest: false })));
    renderApp(FILING, { fetch, session: makeSession() });

    expect(await screen.findByText(/Esta versión fue sustituida por una nota aclaratoria posterior/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Presentar nota aclaratoria' })).toBeNull();
  });
});
