import type { StartDeclarationRequest } from '@veraz/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { field, jsonResponse, makeSession, mockFetch, renderApp, type FetchCall } from '../../test/helpers';
import { completeDeclaration, DECLARATION_ID, declarationSummary, declarationView, errorResponse, FILING_ID, filingSummary } from './testData';

// The section form belongs to its own change; here it only has to show which section opened.
vi.mock('./form/SectionPage', async () => {
  const { useParams } = await import('react-router');
  return {
    default: function SectionStub() {
      const { section } = useParams();
      return <h1>Sección {section}</h1>;
    },
  };
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-05-10T18:00:00.000Z'));
});

interface Setup {
  filed?: boolean;
  onStart?: (call: FetchCall) => Response;
}

function setup({ filed = false, onStart }: Setup = {}) {
  const started = completeDeclaration();
  return mockFetch((call) => {
    if (call.method === 'GET' && call.path === '/api/declarations') {
      return jsonResponse(200, filed ? [declarationSummary({ id: 'd-0', tipo: 'INICIAL', status: 'PRESENTADA', anioReportado: null, filingId: FILING_ID })] : []);
    }
    if (call.path.startsWith('/api/filings?')) return jsonResponse(200, filed ? { items: [filingSummary()], total: 1 } : { items: [], total: 0 });
    if (call.method === 'POST' && call.path === '/api/declarations') return onStart ? onStart(call) : jsonResponse(201, started);
    if (call.path === `/api/declarations/${DECLARATION_ID}`) return jsonResponse(200, started);
    return jsonResponse(404, { statusCode: 404, code: 'NO_ENCONTRADO', message: 'No se encontró.' });
  });
}

const startBody = (calls: FetchCall[]) => calls.find((c) => c.method === 'POST' && c.path === '/api/declarations')?.body as StartDeclarationRequest | undefined;

describe('StartDeclarationPage', () => {
  it('starts an initial declaration with the date of taking office and opens it', async () => {
    const { fetch, calls } = setup();
    const { user } = renderApp('/declaraciones/nueva', { fetch, session: makeSession() });

    const tipo = await screen.findByRole('group', { name: /Tipo de declaración/ });
    expect(within(tipo).getByText(/60 días naturales siguientes a la toma de posesión/)).toBeTruthy();
    // Nothing was filed before: no offer to start from a previous filing.
    expect(screen.queryByLabelText(/Partir de mi última declaración/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Iniciar declaración' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Elige el tipo de declaración.');
    expect(document.activeElement).toBe(summary);
    expect(startBody(calls)).toBeUndefined();

    // Choosing another tipo first must not leave its date required.
    await user.click(within(tipo).getByLabelText('Declaración de conclusión'));
    expect(field('Fecha de conclusión del cargo')).toBeTruthy();
    await user.click(within(tipo).getByLabelText('Declaración inicial'));
    expect(screen.queryByLabelText(/Fecha de conclusión/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Iniciar declaración' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Indica la fecha de toma de posesión.');

    await user.type(field('Fecha de toma de posesión'), '2026-04-01');
    await user.click(screen.getByRole('button', { name: 'Iniciar declaración' }));

    // All sections are done in this answer, so the declaration opens on its review page.
    expect(await screen.findByRole('heading', { level: 1, name: 'Revisar y firmar' })).toBeTruthy();
    expect(startBody(calls)).toEqual({ tipo: 'INICIAL', fechaTomaPosesion: '2026-04-01', prefill: false });
  });

  it('preselects the modification from the query, starts from the last filing and says what was copied', async () => {
    const prefilled = declarationView({ prefilledFromFilingId: FILING_ID });
    const { fetch, calls } = mockFetch((call) => {
      if (call.method === 'GET' && call.path === '/api/declarations') return jsonResponse(200, [declarationSummary({ id: 'd-0', tipo: 'INICIAL', status: 'PRESENTADA', anioReportado: null, filingId: FILING_ID })]);
      if (call.path.startsWith('/api/filings?')) return jsonResponse(200, { items: [filingSummary()], total: 1 });
      if (call.method === 'POST') return jsonResponse(201, prefilled);
      if (call.path === `/api/declarations/${DECLARATION_ID}`) return jsonResponse(200, prefilled);
      if (call.path === `/api/declarations/${DECLARATION_ID}/changes`) {
        return jsonResponse(200, {
          filingId: FILING_ID,
          folio: 'SEFIN-2025-000012',
          sections: [
            { section: 'datosGenerales', change: 'SIN_CAMBIOS' },
            { section: 'domicilioDeclarante', change: 'MODIFICADA' },
            { section: 'bienesInmuebles', change: 'VACIA' },
            { section: 'vehiculos', change: 'NUEVA' },
            { section: 'participacion', change: 'VACIA' },
          ],
        });
      }
      return jsonResponse(404, { statusCode: 404, code: 'NO_ENCONTRADO', message: 'No se encontró.' });
    });
    const { user } = renderApp('/declaraciones/nueva?tipo=MODIFICACI%C3%93N&anioReportado=2025', { fetch, session: makeSession() });

    const modification = (await screen.findByLabelText('Declaración de modificación')) as HTMLInputElement;
    expect(modification.checked).toBe(true);
    expect(field('Año que reportas').value).toBe('2025');
    const prefill = screen.getByLabelText('Partir de mi última declaración presentada (folio SEFIN-2025-000012)') as HTMLInputElement;
    expect(prefill.checked).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Iniciar declaración' }));

    // The first section that is not complete opens, and the notice explains the copy.
    expect(await screen.findByRole('heading', { level: 1, name: 'Sección domicilioDeclarante' })).toBeTruthy();
    expect(
      await screen.findByText('Partiste de tu declaración con folio SEFIN-2025-000012: se copiaron 2 secciones; revisa cada una y actualiza lo que cambió.'),
    ).toBeTruthy();
    expect(startBody(calls)).toEqual({ tipo: 'MODIFICACIÓN', anioReportado: 2025, actualizacionConflictoInteres: false, prefill: true });

    await user.click(screen.getByRole('button', { name: 'Cerrar aviso' }));
    expect(screen.queryByText(/Partiste de tu declaración/)).toBeNull();
  });

  it('sends an interest-only update without a year, and a conclusion with its date, without prefill when unchecked', async () => {
    const { fetch, calls } = setup({ filed: true });
    const { user } = renderApp('/declaraciones/nueva', { fetch, session: makeSession() });

    await user.click(await screen.findByLabelText('Declaración de modificación'));
    await user.click(screen.getByLabelText('Solo actualizar mi declaración de intereses (posible conflicto de interés)'));
    expect(screen.queryByLabelText(/Año que reportas/)).toBeNull();
    await user.click(screen.getByLabelText(/Partir de mi última declaración presentada/));
    await user.click(screen.getByRole('button', { name: 'Iniciar declaración' }));
    await screen.findByRole('heading', { level: 1, name: 'Revisar y firmar' });
    expect(startBody(calls)).toEqual({ tipo: 'MODIFICACIÓN', actualizacionConflictoInteres: true, prefill: false });
  });

  it('starts a conclusion with its date', async () => {
    const { fetch, calls } = setup({ filed: true });
    const { user } = renderApp('/declaraciones/nueva?tipo=CONCLUSI%C3%93N', { fetch, session: makeSession() });

    await user.type(await screen.findByLabelText(/Fecha de conclusión del cargo/), '2026-04-30');
    await user.click(screen.getByRole('button', { name: 'Iniciar declaración' }));
    await screen.findByRole('heading', { level: 1, name: 'Revisar y firmar' });
    expect(startBody(calls)).toEqual({ tipo: 'CONCLUSIÓN', fechaConclusion: '2026-04-30', prefill: true });
  });

  it('shows the server’s reason when the employment level is missing, and field errors on their fields', async () => {
    let answer = 0;
    const { fetch } = setup({
      onStart: () =>
        ++answer === 1
          ? errorResponse(409, 'NIVEL_NO_REGISTRADO', 'Tu institución aún no registra tu nivel de empleo, que define si tu declaración es completa o simplificada. Pide a la persona administradora que lo registre.')
          : errorResponse(400, 'VALIDACION', 'Revisa los datos marcados.', { errors: [{ path: 'anioReportado', message: 'debe ser un año entre 2000 y 2025' }] }),
    });
    const { user } = renderApp('/declaraciones/nueva?tipo=MODIFICACI%C3%93N', { fetch, session: makeSession() });

    expect((await screen.findByLabelText(/Año que reportas/) as HTMLInputElement).value).toBe('2025');
    await user.click(screen.getByRole('button', { name: 'Iniciar declaración' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Tu institución aún no registra tu nivel de empleo');
    await waitFor(() => expect(document.activeElement).toBe(alert));

    await user.click(screen.getByRole('button', { name: 'Iniciar declaración' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Año que reportas: Debe ser un año entre 2000 y 2025.'));
    const year = field('Año que reportas');
    expect(year.getAttribute('aria-invalid')).toBe('true');
  });
});
