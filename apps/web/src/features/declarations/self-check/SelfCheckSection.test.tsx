import type { SelfCheckView } from '@veraz/contracts';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../api/client';
import { SessionProvider } from '../../../app/session';
import { draftDeclaration, SectionPageHarness } from '../../../test/declaration-harness';
import { jsonResponse, makeSession, mockFetch, renderApp } from '../../../test/helpers';
import { linkedFieldName } from '../form/linkedField';
import { completeDeclaration, DECLARATION_ID } from '../testData';

const REVIEW = `/declaraciones/${DECLARATION_ID}/revision`;
const SELF_CHECK = `/api/declarations/${DECLARATION_ID}/self-check`;
const HINTS: SelfCheckView = {
  hints: [
    {
      code: 'COMPRA_SIN_VALOR',
      message: 'Registraste la compra de un inmueble este año, pero sin su valor de adquisición. Si lo conoces, anótalo; si no, puedes explicarlo en las aclaraciones.',
      section: 'bienesInmuebles',
      item: 0,
      field: 'valorAdquisicion.valor',
    },
    {
      code: 'NOMBRE_DE_RELLENO',
      message: 'Tu nombre parece un texto de prueba. Revisa que esté escrito como en tu identificación.',
      section: 'datosGenerales',
      item: null,
      field: 'nombre',
    },
  ],
};

function renderReview(selfCheck: () => Response) {
  const { fetch, calls } = mockFetch((call) => {
    if (call.path === `/api/declarations/${DECLARATION_ID}`) return jsonResponse(200, completeDeclaration());
    if (call.path === SELF_CHECK) return selfCheck();
    return jsonResponse(404, { statusCode: 404, code: 'X', message: 'x' });
  });
  return { ...renderApp(REVIEW, { fetch, session: makeSession() }), calls };
}

const signButton = () => screen.getByRole('button', { name: 'Firmar y presentar' }) as HTMLButtonElement;

describe('self-check on the review page', () => {
  it('lists the hints as help, with links to the field and to the section’s aclaraciones, and signing stays open', async () => {
    const { calls } = renderReview(() => jsonResponse(200, HINTS));
    const block = await screen.findByRole('region', { name: 'Revisión de consistencia' });
    expect(await within(block).findByText(/Registraste la compra de un inmueble este año/)).toBeTruthy();
    expect(within(block).getByText(/Tu nombre parece un texto de prueba/)).toBeTruthy();
    expect(within(block).getByText('Puedes firmar aunque haya avisos.')).toBeTruthy();

    const field = await within(block).findByRole('link', { name: 'Revisar Bienes inmuebles › Inmueble 1 › Valor de adquisición' });
    expect(field.getAttribute('href')).toBe(`/declaraciones/${DECLARATION_ID}/secciones/bienesInmuebles?elemento=0&campo=valorAdquisicion.valor`);
    const notes = within(block).getAllByRole('link', { name: 'Escribir una aclaración en Bienes inmuebles' });
    expect(notes[0]!.getAttribute('href')).toBe(`/declaraciones/${DECLARATION_ID}/secciones/bienesInmuebles?campo=aclaracionesObservaciones`);
    expect(within(block).getByRole('link', { name: /^Revisar Datos generales › Nombre/ }).getAttribute('href')).toBe(`/declaraciones/${DECLARATION_ID}/secciones/datosGenerales?campo=nombre`);
    // Each link is described by its hint, for screen readers that list links.
    expect(document.getElementById(field.getAttribute('aria-describedby')!)?.textContent).toMatch(/^Registraste la compra/);

    expect(signButton().disabled).toBe(false);
    expect(signButton().getAttribute('aria-describedby')).toBeNull();
    expect(calls.find((c) => c.path === SELF_CHECK)?.authorization).toBe('Bearer token-1');
  });

  it('says so in one line when there is nothing to review', async () => {
    renderReview(() => jsonResponse(200, { hints: [] }));
    const block = await screen.findByRole('region', { name: 'Revisión de consistencia' });
    expect(await within(block).findByText('No encontramos inconsistencias en tus datos.')).toBeTruthy();
    expect(within(block).queryAllByRole('link')).toHaveLength(0);
    expect(signButton().disabled).toBe(false);
  });

  it('leaves the page working, with a quiet note, when the check fails', async () => {
    renderReview(() => jsonResponse(500, { statusCode: 500, code: 'ERROR', message: 'Ocurrió un error en el servidor.' }));
    const block = await screen.findByRole('region', { name: 'Revisión de consistencia' });
    expect(await within(block).findByText(/no pudimos revisar la consistencia de tus datos. Puedes firmar de todos modos/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText('Ocurrió un error en el servidor.')).toBeNull();
    expect(signButton().disabled).toBe(false);
  });
});

describe('a link from the self-check', { timeout: 30_000 }, () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('names the field inside the section’s list, whatever form the engine gives the path in', () => {
    expect(linkedFieldName(['bienInmueble'], 'bienesInmuebles', 2, 'valorAdquisicion.valor')).toBe('bienInmueble.2.valorAdquisicion.valor');
    expect(linkedFieldName(['bienInmueble'], 'bienesInmuebles', 2, 'bienInmueble[2].valorAdquisicion.valor')).toBe('bienInmueble.2.valorAdquisicion.valor');
    expect(linkedFieldName(['bienInmueble'], 'bienesInmuebles', 2, 'bienInmueble.valorAdquisicion')).toBe('bienInmueble.2.valorAdquisicion');
    expect(linkedFieldName(['bienInmueble'], 'bienesInmuebles', 1, null)).toBe('bienInmueble.1');
    expect(linkedFieldName([], 'ingresos', null, 'ingresos.remuneracionMensualCargoPublico.valor')).toBe('remuneracionMensualCargoPublico.valor');
  });

  it('opens the item that holds the field and puts the keyboard on it; the aclaraciones link on the aclaraciones', async () => {
    const data = {
      ninguno: false,
      bienInmueble: [
        { tipoInmueble: { clave: 'CASA', valor: 'CASA' } },
        { tipoInmueble: { clave: 'DPTO', valor: 'DEPARTAMENTO' } },
      ],
    };
    const view = draftDeclaration(DECLARATION_ID, [
      { name: 'bienesInmuebles', group: 'situacionPatrimonial', label: 'Bienes inmuebles', status: 'en captura', version: 1, data, pending: [], updatedAt: null },
    ]);
    const { fetch } = mockFetch(() => jsonResponse(404, {}));
    const client = new ApiClient({ fetch });
    client.setSession(makeSession());
    const open = (url: string) =>
      render(
        <MemoryRouter initialEntries={[url]}>
          <SessionProvider client={client}>
            <SectionPageHarness initial={view} />
          </SessionProvider>
        </MemoryRouter>,
      );
    userEvent.setup();

    const first = open(`/declaraciones/${DECLARATION_ID}/secciones/bienesInmuebles?elemento=1&campo=valorAdquisicion.valor`);
    await waitFor(() => expect(document.activeElement?.id).toBe('campo-bienInmueble-1-valorAdquisicion'));
    expect(screen.getByRole('button', { name: 'Ocultar inmueble 2' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: 'Editar inmueble 1' }).getAttribute('aria-expanded')).toBe('false');
    first.unmount();

    open(`/declaraciones/${DECLARATION_ID}/secciones/bienesInmuebles?campo=aclaracionesObservaciones`);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(/^Aclaraciones \/ observaciones/)));
  });
});
