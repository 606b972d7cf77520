import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeclarationView, SaveSectionResult, SectionView } from '@veraz/contracts';
import { ApiClient } from '../../../api/client';
import { SessionProvider } from '../../../app/session';
import { jsonResponse, makeSession, mockFetch, type FetchCall } from '../../../test/helpers';
import { MONEDAS, numberBounds, textLimit } from '@veraz/standards/form';
import { draftDeclaration, SectionPageHarness } from '../../../test/declaration-harness';

const ID = '33333333-3333-4333-8333-333333333333';

function section(name: string, label: string, overrides: Partial<SectionView> = {}): SectionView {
  return { name, group: 'situacionPatrimonial', label, status: 'vacía', version: 0, data: null, pending: [], updatedAt: null, ...overrides };
}

const declaration = (sections: SectionView[]): DeclarationView => draftDeclaration(ID, sections);

function renderSection(name: string, view: DeclarationView, handler: (call: FetchCall) => Response | Promise<Response>) {
  const { fetch, calls } = mockFetch(handler);
  const client = new ApiClient({ fetch });
  client.setSession(makeSession());
  const user = userEvent.setup();
  const utils = render(
    <MemoryRouter initialEntries={[`/declaraciones/${ID}/secciones/${name}`]}>
      <SessionProvider client={client}>
        <SectionPageHarness initial={view} />
      </SessionProvider>
    </MemoryRouter>,
  );
  return { ...utils, calls, user };
}

const puts = (calls: FetchCall[]) => calls.filter((c) => c.method === 'PUT');
const saved = (name: string, data: unknown, version: number, pending: SectionView['pending'] = []): SaveSectionResult => ({
  section: section(name, 'x', { status: pending.length ? 'en captura' : 'completa', version, data: data as Record<string, unknown>, pending }),
  progress: 10,
});

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

// jsdom renders these large forms slowly; the budget is for a loaded CI machine, not a speed target.
describe('section form', { timeout: 30_000 }, () => {
  it('builds the fields of the official schema and autosaves the S1 JSON with If-Match', async () => {
    const { calls, user } = renderSection('datosGenerales', declaration([section('datosGenerales', 'Datos generales')]), (call) =>
      call.method === 'PUT' ? jsonResponse(200, saved('datosGenerales', call.body, 1, [{ path: 'primerApellido', message: 'es obligatorio' }])) : jsonResponse(404, {}),
    );
    const nombre = await screen.findByLabelText(/^Nombre\(s\)/);
    await user.type(nombre, '  Lucía ');
    await waitFor(() => expect(screen.getByRole('status', { name: '' }).textContent ?? '').toBeDefined());
    await waitFor(() => expect(puts(calls)).toHaveLength(1), { timeout: 3000 });
    expect(puts(calls)[0]!.path).toBe(`/api/declarations/${ID}/sections/datosGenerales`);
    expect(puts(calls)[0]!.body).toEqual({ nombre: 'Lucía' });
    expect(await screen.findByText(/Guardado a las/)).toBeTruthy();
    // Régimen matrimonial only appears for casado(a).
    expect(screen.queryByLabelText(/Régimen matrimonial/)).toBeNull();
    await user.selectOptions(screen.getByLabelText(/Situación personal/), 'CAS');
    expect(await screen.findByLabelText(/Régimen matrimonial/)).toBeTruthy();
    // Aclaraciones stop at the 500 characters the API accepts, with a visible count.
    const aclaraciones = screen.getByLabelText(/^Aclaraciones \/ observaciones/) as HTMLTextAreaElement;
    expect([aclaraciones.tagName, aclaraciones.maxLength]).toEqual(['TEXTAREA', 500]);
    await user.type(aclaraciones, 'Vivo en Zapopan');
    expect(screen.getByText('15 de 500 caracteres')).toBeTruthy();
  });

  it('sends the version it read in If-Match and explains a conflict without losing what was typed', async () => {
    let round = 0;
    const { calls, user } = renderSection(
      'datosGenerales',
      declaration([section('datosGenerales', 'Datos generales', { status: 'en captura', version: 4, data: { nombre: 'Ana' } })]),
      (call) => {
        if (call.method === 'PUT') {
          round += 1;
          if (round === 1) return jsonResponse(409, { statusCode: 409, code: 'CONFLICTO_DE_VERSION', message: 'Esta sección cambió.' });
          return jsonResponse(200, saved('datosGenerales', call.body, 8));
        }
        return jsonResponse(200, declaration([section('datosGenerales', 'Datos generales', { status: 'en captura', version: 7, data: { nombre: 'Ana María' } })]));
      },
    );
    const nombre = (await screen.findByLabelText(/^Nombre\(s\)/)) as HTMLInputElement;
    await user.clear(nombre);
    await user.type(nombre, 'Ana Luisa');
    const alert = await screen.findByText('Esta sección cambió en otra ventana o dispositivo', {}, { timeout: 3000 });
    expect(nombre.value).toBe('Ana Luisa');
    expect(JSON.parse(localStorage.getItem(`veraz:captura:${ID}:datosGenerales`)!).data).toEqual({ nombre: 'Ana Luisa' });
    await user.click(within(alert.parentElement!).getByRole('button', { name: 'Conservar lo que escribí aquí' }));
    await waitFor(() => expect(puts(calls)).toHaveLength(2));
    const headers = (calls as Array<FetchCall & { headers?: Headers }>).filter((c) => c.method === 'PUT');
    expect(headers[1]!.body).toEqual({ nombre: 'Ana Luisa' });
    expect(await screen.findByText(/Guardado a las/)).toBeTruthy();
    expect(localStorage.getItem(`veraz:captura:${ID}:datosGenerales`)).toBeNull();
  });

  it('keeps the data on this device while the server is unreachable and restores it on the next visit', async () => {
    const first = renderSection('datosGenerales', declaration([section('datosGenerales', 'Datos generales')]), () => {
      throw new TypeError('Failed to fetch');
    });
    await first.user.type(await screen.findByLabelText(/^Primer apellido/), 'Muñoz');
    expect(await screen.findByText(/Sin conexión con el servidor/, {}, { timeout: 3000 })).toBeTruthy();
    first.unmount();

    const second = renderSection('datosGenerales', declaration([section('datosGenerales', 'Datos generales')]), (call) =>
      call.method === 'PUT' ? jsonResponse(200, saved('datosGenerales', call.body, 1)) : jsonResponse(404, {}),
    );
    expect(await screen.findByText(/Recuperamos cambios que escribiste en este equipo/)).toBeTruthy();
    expect(((await screen.findByLabelText(/^Primer apellido/)) as HTMLInputElement).value).toBe('Muñoz');
    await waitFor(() => expect(puts(second.calls).at(-1)?.body).toEqual({ primerApellido: 'Muñoz' }), { timeout: 3000 });
  });

  it('adds list items with tipoOperacion, co-owners and a foreign address; «Ninguno» hides the list', async () => {
    const { calls, user } = renderSection('bienesInmuebles', declaration([section('bienesInmuebles', 'Bienes inmuebles')]), (call) =>
      call.method === 'PUT' ? jsonResponse(200, saved('bienesInmuebles', call.body, puts([]).length + 1)) : jsonResponse(404, {}),
    );
    await user.click(await screen.findByRole('button', { name: 'Agregar inmueble' }));
    await user.click(screen.getByRole('checkbox', { name: /COPROPIEDAD CON TERCEROS/ }));
    await user.click(screen.getByRole('checkbox', { name: /^DECLARANTE$/ }));
    await user.click(screen.getByRole('radio', { name: 'En el extranjero' }));
    await user.type(screen.getByLabelText(/^Ciudad/), 'Madrid');
    await user.selectOptions(screen.getAllByLabelText(/^País/)[0]!, 'ES');
    await waitFor(
      () =>
        expect(puts(calls).at(-1)?.body).toEqual({
          ninguno: false,
          bienInmueble: [
            {
              tipoOperacion: 'AGREGAR',
              titular: [
                { clave: 'DEC', valor: 'DECLARANTE' },
                { clave: 'CTER', valor: 'COPROPIEDAD CON TERCEROS' },
              ],
              domicilioExtranjero: { ciudadLocalidad: 'Madrid', pais: 'ES' },
            },
          ],
        }),
      { timeout: 3000 },
    );
    await user.click(screen.getByRole('checkbox', { name: /Ninguno/ }));
    expect(screen.queryByRole('button', { name: 'Agregar inmueble' })).toBeNull();
    await waitFor(() => expect(puts(calls).at(-1)?.body).toEqual({ ninguno: true }), { timeout: 3000 });
  });

  it('offers the municipalities of the chosen state and clears the municipality when the state changes', async () => {
    const { user } = renderSection('domicilioDeclarante', declaration([section('domicilioDeclarante', 'Domicilio del declarante')]), (call) =>
      call.method === 'PUT' ? jsonResponse(200, saved('domicilioDeclarante', call.body, 1)) : jsonResponse(404, {}),
    );
    await user.selectOptions(await screen.findByLabelText(/^Entidad federativa/), '09');
    const municipio = await screen.findByLabelText(/^Municipio/);
    await waitFor(() => expect(within(municipio).getByRole('option', { name: 'Coyoacán' })).toBeTruthy());
    await user.selectOptions(municipio, '003');
    await user.selectOptions(screen.getByLabelText(/^Entidad federativa/), '14');
    await waitFor(() => expect((screen.getByLabelText(/^Municipio/) as HTMLSelectElement).value).toBe(''));
  });

  it('«Guardar y continuar» lists what is missing with links to each field, in Spanish', async () => {
    const pending = [{ path: 'curp', message: 'es obligatorio' }];
    const { user } = renderSection('datosGenerales', declaration([section('datosGenerales', 'Datos generales'), section('domicilioDeclarante', 'Domicilio')]), (call) =>
      call.method === 'PUT' ? jsonResponse(200, saved('datosGenerales', call.body, 1, pending)) : jsonResponse(404, {}),
    );
    await user.type(await screen.findByLabelText(/^Nombre\(s\)/), 'Lucía');
    await act(async () => {
      await user.click(screen.getByRole('button', { name: 'Guardar y continuar' }));
    });
    const summary = await screen.findByRole('heading', { name: /Falta completar o corregir 1 dato/ });
    expect(document.activeElement).toBe(summary);
    const link = screen.getByRole('link', { name: /CURP: es obligatorio/ });
    await user.click(link);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(/^CURP/)));
    expect(screen.getByText('Es obligatorio')).toBeTruthy();
  });

  it("labels a field in the wording of the tipo's DOF form (the PDF prints the same)", async () => {
    const empleo = [section('datosEmpleoCargoComision', 'Datos del empleo, cargo o comisión')];
    const noSave = () => jsonResponse(404, {});
    const conclusion = renderSection('datosEmpleoCargoComision', { ...declaration(empleo), tipo: 'CONCLUSIÓN' }, noSave);
    expect(await screen.findByLabelText(/^Fecha de conclusión del empleo, cargo o comisión/)).toBeTruthy();
    expect(screen.queryByLabelText(/^Fecha de toma de posesión/)).toBeNull();
    conclusion.unmount();
    renderSection('datosEmpleoCargoComision', declaration(empleo), noSave);
    expect(await screen.findByLabelText(/^Fecha de toma de posesión del empleo, cargo o comisión/)).toBeTruthy();
  });
  it('stops each input at the limit the API enforces: text length, amount range and the ISO 4217 currencies', async () => {
    renderSection('datosGenerales', declaration([section('datosGenerales', 'Datos generales')]), () => jsonResponse(404, {}));
    const nombre = (await screen.findByLabelText(/^Nombre\(s\)/)) as HTMLInputElement;
    // 100: the API answers 400 one character past it (apps/api/test/declarations/capture-limits.e2e-spec.ts).
    expect([nombre.maxLength, textLimit('datosGenerales.nombre')]).toEqual([100, 100]);
    // Near the limit the count appears, so a filer knows why typing stopped.
    expect(screen.queryByText(/de 100 caracteres$/)).toBeNull();
    fireEvent.change(nombre, { target: { value: 'N'.repeat(100) } });
    expect(await screen.findByText('100 de 100 caracteres')).toBeTruthy();
    const curp = screen.getByLabelText(/^CURP/) as HTMLInputElement;
    expect(curp.maxLength).toBe(18);
  });

  it('bounds every amount of ingresos and offers exactly the currencies the API accepts', async () => {
    const { container } = renderSection('ingresos', declaration([section('ingresos', 'Ingresos netos')]), () => jsonResponse(404, {}));
    await screen.findAllByRole('spinbutton');
    const amounts = [...container.querySelectorAll<HTMLInputElement>('.money input[type="number"]')];
    // I and B are typed; II, A and C are computed (read-only) and the II.n amounts come with their items.
    expect(amounts.length).toBe(2);
    const bounds = numberBounds('ingresos.remuneracionMensualCargoPublico.valor')!;
    expect(bounds).toEqual({ minimo: 0, maximo: 9999999999999.99 });
    for (const input of amounts) expect([input.min, input.max]).toEqual(['0', '9999999999999.99']);
    const currency = container.querySelector<HTMLSelectElement>('.money select')!;
    const offered = [...currency.options].map((o) => o.value).filter(Boolean);
    expect([...offered].sort()).toEqual([...MONEDAS].sort());
    expect(offered).not.toContain('ZZZ');
    // A number too big for the browser to read (Chromium: empty value and validity.badInput, which
    // jsdom does not compute) is not dropped in silence.
    Object.defineProperty(amounts[0]!, 'validity', { configurable: true, get: () => ({ badInput: amounts[0]!.value === '' }) });
    fireEvent.change(amounts[0]!, { target: { value: '1' } });
    fireEvent.change(amounts[0]!, { target: { value: '1e400' } });
    expect(await screen.findByText(/No es una cantidad que se pueda guardar; escríbela solo con cifras/)).toBeTruthy();
    expect(amounts[0]!.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(amounts[0]!, { target: { value: '1500' } });
    await waitFor(() => expect(screen.queryByText(/No es una cantidad que se pueda guardar/)).toBeNull());
  });
});
