import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeclarationView, SectionView } from '@veraz/contracts';
import { ApiClient } from '../../../api/client';
import { SessionProvider } from '../../../app/session';
import { jsonResponse, makeSession, mockFetch, type FetchCall } from '../../../test/helpers';
import { draftDeclaration, SectionPageHarness } from '../../../test/declaration-harness';

// Issue 14 (formrules): automatic totals, fields shown only when they apply, «ninguno / ninguna».

const ID = '44444444-4444-4444-8444-444444444444';

const section = (name: string, overrides: Partial<SectionView> = {}): SectionView => ({
  name,
  group: ['participacion', 'clientesPrincipales'].includes(name) ? 'interes' : 'situacionPatrimonial',
  label: name,
  status: 'vacía',
  version: 0,
  data: null,
  pending: [],
  updatedAt: null,
  ...overrides,
});

const declaration = (sections: SectionView[]): DeclarationView => draftDeclaration(ID, sections);

function renderSection(name: string, data: Record<string, unknown> | null = null) {
  const { fetch, calls } = mockFetch((call: FetchCall) =>
    call.method === 'PUT'
      ? jsonResponse(200, { section: section(name, { status: 'en captura', version: 1, data: call.body as Record<string, unknown> }), progress: 5 })
      : jsonResponse(404, {}),
  );
  const client = new ApiClient({ fetch });
  client.setSession(makeSession());
  render(
    <MemoryRouter initialEntries={[`/declaraciones/${ID}/secciones/${name}`]}>
      <SessionProvider client={client}>
        <SectionPageHarness initial={declaration([section(name, data ? { version: 1, status: 'en captura', data } : {})])} />
      </SessionProvider>
    </MemoryRouter>,
  );
  return { calls, user: userEvent.setup() };
}

const puts = (calls: FetchCall[]) => calls.filter((c) => c.method === 'PUT');
const mxn = (valor: number) => ({ valor, moneda: 'MXN' });

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('form rules of the DOF', { timeout: 30_000 }, () => {
  it('ingresos: II, A and C are shown read-only with the sums and saved as sums', async () => {
    const { calls, user } = renderSection('ingresos', {
      remuneracionMensualCargoPublico: mxn(40000),
      serviciosProfesionales: { servicios: [{ remuneracion: mxn(3000), tipoServicio: 'Docencia' }] },
    });
    const total = await screen.findByLabelText(/^C\. Total de ingresos mensuales netos/);
    expect(total.tagName).toBe('OUTPUT');
    expect(total.textContent).toBe('43,000.00 MXN');
    expect(screen.getByLabelText(/^II\. Otros ingresos mensuales/).textContent).toBe('3,000.00 MXN');
    expect(screen.getByLabelText(/^II\.3\./).tagName).toBe('OUTPUT');
    // Nothing to type where the form computes: no textbox carries these labels.
    expect(screen.queryByRole('spinbutton', { name: /^A\. Ingreso mensual neto del declarante/ })).toBeNull();

    await user.type(document.getElementById('campo-ingresoMensualNetoParejaDependiente') as HTMLInputElement, '12000');
    await waitFor(() => expect(screen.getByLabelText(/^C\. Total de ingresos mensuales netos/).textContent).toBe('55,000.00 MXN'));
    await waitFor(() => expect(puts(calls).at(-1)?.body).toMatchObject({
      otrosIngresosMensualesTotal: mxn(3000),
      serviciosProfesionales: { remuneracionTotal: mxn(3000) },
      ingresoMensualNetoDeclarante: mxn(43000),
      ingresoMensualNetoParejaDependiente: mxn(12000),
      totalIngresosMensualesNetos: mxn(55000),
    }), { timeout: 3000 });
  });

  it('participación: the monthly amount appears only after «Sí» to remuneration; the empty list says «ninguna participación»', async () => {
    const { user } = renderSection('participacion');
    expect(await screen.findByText('Aún no agregas ninguna participación.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Agregar participación' }));
    expect(screen.queryByRole('group', { name: /^Monto mensual neto/ })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Sí' }));
    expect(await screen.findByRole('group', { name: /^Monto mensual neto/ })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: /^Monto mensual neto/ })).toBeNull());
  });

  it('clientes principales: after «No» to a lucrative activity the client is not asked and what was typed is not saved; «Sí» asks again', async () => {
    const { calls, user } = renderSection('clientesPrincipales');
    await user.click(await screen.findByRole('button', { name: 'Agregar cliente principal' }));
    const clientName = () => screen.queryByRole('textbox', { name: /^Nombre o razón social del cliente principal/ });
    await user.type(await waitFor(() => clientName() as HTMLInputElement), 'Constructora del Bajío');
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await waitFor(() => expect(clientName()).toBeNull());
    expect(screen.queryByRole('group', { name: /^Monto aproximado/ })).toBeNull();
    await waitFor(() => expect(puts(calls).at(-1)?.body).toEqual({ ninguno: false, cliente: [{ tipoOperacion: 'AGREGAR', realizaActividadLucrativa: false }] }), { timeout: 3000 });
    await user.click(screen.getByRole('radio', { name: 'Sí' }));
    expect(await waitFor(() => clientName())).toBeTruthy();
  });
});
