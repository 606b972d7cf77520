import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FilingReviewView } from '@veraz/contracts';
import { jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';
import { errorResponse, FILING_ID, filingView, OTHER_FILING_ID } from '../declarations/testData';

const PAGE = `/institucion/declaraciones/${FILING_ID}`;
const someoneElse = { userId: 'user-9', nombreCompleto: 'Luis Núñez' };
const REVISORA = { userId: 'revisora-1', nombreCompleto: 'Elena Torres' };

const generales = (nombre: string, email: string) => ({ nombre, primerApellido: 'Núñez', correoElectronico: { institucional: email }, aclaracionesObservaciones: '' });
const documentOf = (email: string) => ({
  id: 'x',
  declaracion: { situacionPatrimonial: { datosGenerales: generales('Luis', email), domicilioDeclarante: { domicilioMexico: { codigoPostal: '44100' } } } },
});

describe('the reviewer’s filing page', () => {
  it('shows the declaration by section in DOF order, its changes against the previous filing, and records the review with a note', async () => {
    const current = filingView({ filer: someoneElse, tipo: 'MODIFICACIÓN', fechaTomaPosesion: null, anioReportado: 2025, document: documentOf('luis.nunez@sefin.gob.mx'), previousFilingId: OTHER_FILING_ID });
    const previous = filingView({ id: OTHER_FILING_ID, folio: 'SEFIN-2024-000007', filer: someoneElse, tipo: 'INICIAL', document: documentOf('lnunez@sefin.gob.mx') });
    let review: FilingReviewView = { filingId: FILING_ID, state: 'SIN_REVISAR', assignee: null, version: 0, updatedAt: null, notes: [] };
    const { fetch, calls } = mockFetch((call) => {
      if (call.path === `/api/filings/${FILING_ID}`) return jsonResponse(200, current);
      if (call.path === `/api/filings/${OTHER_FILING_ID}`) return jsonResponse(200, previous);
      if (call.path === '/api/reviewers') return jsonResponse(200, [REVISORA]);
      if (call.path === `/api/filings/${FILING_ID}/review` && call.method === 'GET') return jsonResponse(200, review);
      if (call.path === `/api/filings/${FILING_ID}/review` && call.method === 'PUT') {
        const body = call.body as { version: number; state: FilingReviewView['state']; assigneeId: string | null };
        if (body.version !== review.version) return errorResponse(409, 'REVISION_MODIFICADA', 'Otra persona cambió esta revisión.');
        review = { ...review, state: body.state, assignee: body.assigneeId ? REVISORA : null, version: review.version + 1, updatedAt: '2026-05-21T16:00:00.000Z' };
        return jsonResponse(200, review);
      }
      if (call.path === `/api/filings/${FILING_ID}/review/notes` && call.method === 'POST') {
        const note = { id: 'n1', author: REVISORA, body: (call.body as { texto: string }).texto, createdAt: '2026-05-21T16:05:00.000Z' };
        review = { ...review, notes: [...review.notes, note] };
        return jsonResponse(201, review);
      }
      return jsonResponse(404, {});
    });
    const { user } = renderApp(PAGE, { fetch, session: makeSession({ roles: ['REVISOR'] }) });

    // The declaration by section, in the DOF order, with the form's labels.
    const content = await screen.findByRole('region', { name: 'Contenido de la declaración' });
    const summaries = await within(content).findAllByText(/Datos generales|Domicilio del declarante/, { selector: 'summary' });
    expect(summaries.map((s) => s.textContent)).toEqual(['Datos generales', 'Domicilio del declarante']);
    await user.click(summaries[0]!);
    expect(within(content).getByText('luis.nunez@sefin.gob.mx')).toBeTruthy();

    // What the MODIFICACIÓN changed against the previous filing.
    const changes = screen.getByRole('region', { name: 'Cambios respecto de la declaración anterior' });
    expect(within(changes).getByRole('link', { name: 'SEFIN-2024-000007' }).getAttribute('href')).toBe(`/institucion/declaraciones/${OTHER_FILING_ID}`);
    await waitFor(() => expect(changes.textContent).toContain('lnunez@sefin.gob.mx'));
    expect(within(changes).getByRole('deletion').textContent).toBe('lnunez@sefin.gob.mx');
    expect(within(changes).getByRole('insertion').textContent).toBe('luis.nunez@sefin.gob.mx');

    // The review: state and assignee, then a note.
    const panel = screen.getByRole('region', { name: 'Revisión' });
    expect((await within(panel).findByTestId('estado-revision')).textContent).toBe('Sin revisar');
    await user.selectOptions(within(panel).getByLabelText('Estado de la revisión'), 'Con observaciones');
    await waitFor(() => expect(within(panel).getByRole('option', { name: 'Elena Torres' })).toBeTruthy());
    await user.selectOptions(within(panel).getByLabelText('Persona asignada'), 'Elena Torres');
    await user.click(within(panel).getByRole('button', { name: 'Guardar revisión' }));
    expect(await within(panel).findByText('Revisión guardada: con observaciones.')).toBeTruthy();
    expect(within(panel).getByTestId('estado-revision').textContent).toBe('Con observaciones');
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.body)).toEqual([{ version: 0, state: 'CON_OBSERVACIONES', assigneeId: 'revisora-1' }]);

    await user.type(within(panel).getByLabelText('Nueva nota'), 'Falta el comprobante del domicilio.');
    await user.click(within(panel).getByRole('button', { name: 'Agregar nota' }));
    expect(await within(panel).findByText('Falta el comprobante del domicilio.')).toBeTruthy();
    expect(within(panel).getByText(/Elena Torres ·/)).toBeTruthy();
    expect((within(panel).getByLabelText('Nueva nota') as HTMLTextAreaElement).value).toBe('');
  }, 30_000);

  it('says so when someone else changed the review first', async () => {
    const review: FilingReviewView = { filingId: FILING_ID, state: 'EN_REVISION', assignee: null, version: 3, updatedAt: '2026-05-21T16:00:00.000Z', notes: [] };
    const { fetch } = mockFetch((call) => {
      if (call.path === `/api/filings/${FILING_ID}`) return jsonResponse(200, filingView({ filer: someoneElse }));
      if (call.path === '/api/reviewers') return jsonResponse(200, []);
      if (call.path === `/api/filings/${FILING_ID}/review` && call.method === 'GET') return jsonResponse(200, review);
      if (call.method === 'PUT') return errorResponse(409, 'REVISION_MODIFICADA', 'Otra persona cambió esta revisión mientras la veías. Vuelve a cargarla y repite tu cambio.');
      return jsonResponse(404, {});
    });
    const { user } = renderApp(PAGE, { fetch, session: makeSession({ roles: ['REVISOR'] }) });
    const panel = await screen.findByRole('region', { name: 'Revisión' });
    await user.selectOptions(await within(panel).findByLabelText('Estado de la revisión'), 'Concluida');
    await user.click(within(panel).getByRole('button', { name: 'Guardar revisión' }));
    expect((await within(panel).findByRole('alert')).textContent).toContain('Otra persona cambió esta revisión');
  });
});
