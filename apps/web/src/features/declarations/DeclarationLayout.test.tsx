import type { DeclarationView } from '@veraz/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';
import { completeDeclaration, DECLARATION_ID, declarationView, FILING_ID, filingView, sectionView } from './testData';

// The section form belongs to its own change. This stand-in shows which section opened and reports a
// save through the context, as the real form does after autosaving.
vi.mock('./form/SectionPage', async () => {
  const { useParams } = await import('react-router');
  const { useDeclaration } = await import('./DeclarationContext');
  return {
    default: function SectionStub() {
      const { section } = useParams();
      const { sectionSaved } = useDeclaration();
      return (
        <>
          <h1>Sección {section}</h1>
          <button
            type="button"
            onClick={() =>
              sectionSaved({ section: { name: section!, group: 'situacionPatrimonial', label: 'Domicilio del declarante', status: 'completa', version: 2, data: {}, pending: [], updatedAt: null }, progress: 60 })
            }
          >
            Simular guardado
          </button>
        </>
      );
    },
  };
});

const notFound = () => jsonResponse(404, { statusCode: 404, code: 'NO_ENCONTRADO', message: 'No se encontró.' });

function serve(view: DeclarationView, extra: Record<string, unknown> = {}) {
  return mockFetch((call) => {
    if (call.path === `/api/declarations/${DECLARATION_ID}`) return jsonResponse(200, view);
    if (call.path in extra) return jsonResponse(200, extra[call.path]);
    return notFound();
  });
}

describe('DeclarationLayout', () => {
  it('opens the first section not yet complete and shows every section with its status in words', async () => {
    const { fetch, calls } = serve(declarationView());
    const { user } = renderApp(`/declaraciones/${DECLARATION_ID}`, { fetch, session: makeSession() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sección domicilioDeclarante' })).toBeTruthy();

    expect(screen.getByText('Declaración de modificación')).toBeTruthy();
    expect(screen.getByText('Año reportado: 2025')).toBeTruthy();
    expect(screen.getByText('Formato completo')).toBeTruthy();
    const progress = screen.getByRole('progressbar', { name: 'Avance de la declaración' }) as HTMLProgressElement;
    expect(progress.value).toBe(40);

    const nav = screen.getByRole('navigation', { name: 'Secciones de la declaración' });
    const patrimonial = within(nav).getByRole('list', { name: 'I. Declaración de situación patrimonial' });
    expect(within(patrimonial).getAllByRole('link').map((a) => a.textContent)).toEqual([
      '1. Datos generales, Completa',
      '2. Domicilio del declarante, En captura',
      '3. Bienes inmuebles, Sin capturar',
      '4. Vehículos, Ninguno',
    ]);
    const interes = within(nav).getByRole('list', { name: 'II. Declaración de intereses' });
    expect(within(interes).getAllByRole('link').map((a) => a.textContent)).toEqual(['1. Participación en empresas, sociedades o asociaciones, Completa']);

    const current = within(nav).getByRole('link', { name: /Domicilio del declarante/ });
    expect(current.getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: /Datos generales/ }).getAttribute('aria-current')).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Revisar y firmar' }).getAttribute('href')).toBe(`/declaraciones/${DECLARATION_ID}/revision`);
    // Not started from a filing: nothing to compare against.
    expect(calls.some((c) => c.path.endsWith('/changes'))).toBe(false);

    // A save reported by the section page updates the sidebar and the progress without reloading.
    await user.click(screen.getByRole('button', { name: 'Simular guardado' }));
    expect(within(nav).getByRole('link', { name: /Domicilio del declarante/ }).textContent).toBe('2. Domicilio del declarante, Completa');
    expect((screen.getByRole('progressbar', { name: 'Avance de la declaración' }) as HTMLProgressElement).value).toBe(60);
    expect(calls.filter((c) => c.path === `/api/declarations/${DECLARATION_ID}`)).toHaveLength(1);

    await user.click(within(nav).getByRole('link', { name: /Bienes inmuebles/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sección bienesInmuebles' })).toBeTruthy();
  });

  it('goes to the review page when every section is done', async () => {
    const { fetch } = serve(completeDeclaration());
    renderApp(`/declaraciones/${DECLARATION_ID}`, { fetch, session: makeSession() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Revisar y firmar' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Revisar y firmar' }).getAttribute('aria-current')).toBe('page');
  });

  it('marks what changed against the filing the declaration started from', async () => {
    const view = declarationView({ prefilledFromFilingId: FILING_ID });
    const { fetch } = serve(view, {
      [`/api/declarations/${DECLARATION_ID}/changes`]: {
        filingId: FILING_ID,
        folio: 'SEFIN-2025-000012',
        sections: [
          { section: 'datosGenerales', change: 'SIN_CAMBIOS' },
          { section: 'domicilioDeclarante', change: 'MODIFICADA' },
          { section: 'bienesInmuebles', change: 'VACIA' },
          { section: 'vehiculos', change: 'NUEVA' },
        ],
      },
    });
    renderApp(`/declaraciones/${DECLARATION_ID}/secciones/datosGenerales`, { fetch, session: makeSession() });

    const nav = await screen.findByRole('navigation', { name: 'Secciones de la declaración' });
    await waitFor(() => expect(within(nav).getByRole('link', { name: /Datos generales/ }).textContent).toBe('1. Datos generales, Completa, Sin cambios'));
    expect(within(nav).getByRole('link', { name: /Domicilio/ }).textContent).toBe('2. Domicilio del declarante, En captura, Modificada');
    expect(within(nav).getByRole('link', { name: /Bienes inmuebles/ }).textContent).toBe('3. Bienes inmuebles, Sin capturar');
    expect(within(nav).getByRole('link', { name: /Vehículos/ }).textContent).toBe('4. Vehículos, Ninguno, Nueva');
    // Without the "just started" router state there is no notice about the copy.
    expect(screen.queryByText(/Partiste de tu declaración/)).toBeNull();
  });

  it('sends a presented declaration to its filing page', async () => {
    const { fetch } = serve(completeDeclaration({ status: 'PRESENTADA', filingId: FILING_ID }), { [`/api/filings/${FILING_ID}`]: filingView() });
    renderApp(`/declaraciones/${DECLARATION_ID}/secciones/datosGenerales`, { fetch, session: makeSession() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Declaración presentada' })).toBeTruthy();
    expect((await screen.findByTestId('folio')).textContent).toBe('SEFIN-2025-000012');
  });

  it('folds the section list into a details element on a narrow screen, without an interests group when absent', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(max-width: 720px)',
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    const simplified = declarationView({
      declaracionCompleta: false,
      sections: [sectionView('datosGenerales', 'Datos generales', { status: 'completa' }), sectionView('domicilioDeclarante', 'Domicilio del declarante')],
    });
    const { fetch } = serve(simplified);
    const { user, container } = renderApp(`/declaraciones/${DECLARATION_ID}/secciones/datosGenerales`, { fetch, session: makeSession() });

    expect(await screen.findByText('Formato simplificado')).toBeTruthy();
    const details = container.querySelector('details.sections-details') as HTMLDetailsElement;
    expect(details).toBeTruthy();
    expect(details.open).toBe(false);
    const summary = within(details).getByText('Secciones (1 de 2 completas)');
    await user.click(summary);
    expect(details.open).toBe(true);
    const nav = within(details).getByRole('navigation', { name: 'Secciones de la declaración' });
    expect(within(nav).queryByText('II. Declaración de intereses')).toBeNull();

    // Choosing a section folds the list again so the form is in view.
    await user.click(within(nav).getByRole('link', { name: /Domicilio del declarante/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sección domicilioDeclarante' })).toBeTruthy();
    await waitFor(() => expect(details.open).toBe(false));
  });
});
