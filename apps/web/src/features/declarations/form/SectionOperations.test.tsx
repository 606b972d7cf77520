import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeclarationView, SaveSectionResult, SectionView } from '@veraz/contracts';
import { ApiClient } from '../../../api/client';
import { SessionProvider } from '../../../app/session';
import { jsonResponse, makeSession, mockFetch, type FetchCall } from '../../../test/helpers';
import { DeclarationContext } from '../DeclarationContext';
import SectionPage from './SectionPage';

type Json = Record<string, unknown>;
const ID = '44444444-4444-4444-8444-444444444444';

const VW: Json = {
  tipoOperacion: 'SIN_CAMBIOS',
  tipoVehiculo: { clave: 'AUMOT', valor: 'AUTOMÓVIL/MOTOCICLETA' },
  titular: [{ clave: 'CYG', valor: 'CÓNYUGE' }],
  marca: 'Volkswagen',
  modelo: 'Tiguan Comfortline',
  anio: 2021,
  formaPago: 'CRÉDITO',
  valorAdquisicion: { valor: 560000, moneda: 'MXN' },
  fechaAdquisicion: '2021-05-20',
};
const MAZDA: Json = { ...VW, marca: 'Mazda', modelo: 'CX-5', anio: 2019, formaPago: 'CONTADO' };
const CARRIED: Json = { ninguno: false, vehiculo: [VW, MAZDA] };

function view(tipo: DeclarationView['tipo'], data: Json | null): DeclarationView {
  const section: SectionView = { name: 'vehiculos', group: 'situacionPatrimonial', label: 'Vehículos', status: 'completa', version: 1, data, pending: [], updatedAt: null };
  return {
    id: ID,
    tipo,
    actualizacionConflictoInteres: false,
    declaracionCompleta: true,
    status: 'BORRADOR',
    fechaTomaPosesion: tipo === 'INICIAL' ? '2026-10-01' : null,
    anioReportado: tipo === 'INICIAL' ? null : 2025,
    fechaConclusion: null,
    progress: 0,
    prefilledFromFilingId: tipo === 'INICIAL' ? null : '55555555-5555-4555-8555-555555555555',
    correctsFilingId: null,
    filingId: null,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    sections: [section],
  };
}

function renderVehicles(declaration: DeclarationView, baselines: Record<string, Json | null> | null) {
  const { fetch, calls } = mockFetch((call: FetchCall) => {
    const result: SaveSectionResult = { section: { ...declaration.sections[0]!, data: call.body as Json, version: 2 }, progress: 5 };
    return call.method === 'PUT' ? jsonResponse(200, result) : jsonResponse(404, {});
  });
  const client = new ApiClient({ fetch });
  client.setSession(makeSession());
  render(
    <MemoryRouter initialEntries={[`/declaraciones/${ID}/secciones/vehiculos`]}>
      <SessionProvider client={client}>
        <DeclarationContext.Provider value={{ declaration, sectionSaved: () => undefined, sectionReplaced: () => undefined, reload: () => undefined, baselines }}>
          <Routes>
            <Route path="/declaraciones/:id/secciones/:section" element={<SectionPage />} />
          </Routes>
        </DeclarationContext.Provider>
      </SessionProvider>
    </MemoryRouter>,
  );
  return { puts: () => calls.filter((c) => c.method === 'PUT'), user: userEvent.setup() };
}

const item = (n: number) => screen.getByRole('heading', { level: 4, name: new RegExp(`^Vehículo ${n}`) }).closest('li')!;

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('tipoOperacion in a copy of the previous filing', { timeout: 30_000 }, () => {
  it('an edit turns the item «Modificado» and back, a removed copy becomes a BAJA with its motivo, a new one is AGREGAR', async () => {
    const { puts, user } = renderVehicles(view('MODIFICACIÓN', structuredClone(CARRIED)), { vehiculos: CARRIED });
    await screen.findByRole('heading', { level: 4, name: /^Vehículo 1/ });
    expect(within(item(1)).getByText('Sin cambios')).toBeTruthy();
    expect(screen.getByText(/Sin cambios: esta sección dice lo mismo/)).toBeTruthy();
    // No operation field to fill: the app decides it.
    expect(screen.queryByLabelText(/Tipo de operación/)).toBeNull();

    await user.click(within(item(1)).getByRole('button', { name: 'Editar vehículo 1' }));
    const anio = within(item(1)).getByLabelText(/^Año/) as HTMLInputElement;
    await user.clear(anio);
    await user.type(anio, '2022');
    expect(within(item(1)).getByText('Modificado')).toBeTruthy();
    const changes = screen.getByRole('region', { name: 'Cambios respecto de tu declaración anterior' });
    expect(changes.textContent).toContain('Vehículo 1: modificado');
    expect(changes.textContent).toContain('Vehículo 1 › Año: antes 2021 → ahora 2022');
    await user.clear(anio);
    await user.type(anio, '2021');
    expect(within(item(1)).getByText('Sin cambios')).toBeTruthy();

    // «Quitar» does not exist for a copy: it is given de baja and asks why.
    expect(within(item(2)).queryByRole('button', { name: /Quitar/ })).toBeNull();
    await user.click(within(item(2)).getByRole('button', { name: 'Dar de baja vehículo 2' }));
    expect(within(item(2)).getByText('Baja')).toBeTruthy();
    await user.selectOptions(within(item(2)).getByLabelText(/incluir motivo/), 'VNT');

    await user.click(screen.getByRole('button', { name: 'Agregar vehículo' }));
    await user.type(within(item(3)).getByLabelText(/^Marca/), 'Kia');
    await waitFor(
      () =>
        expect(puts().at(-1)?.body).toEqual({
          ninguno: false,
          vehiculo: [
            { ...VW, tipoOperacion: 'SIN_CAMBIOS' },
            { ...MAZDA, tipoOperacion: 'BAJA', motivoBaja: { clave: 'VNT', valor: 'VENTA' } },
            { tipoOperacion: 'AGREGAR', marca: 'Kia' },
          ],
        }),
      { timeout: 3000 },
    );
  });

  it('an INICIAL shows neither «Tipo de operación» nor «Motivo de baja» and saves AGREGAR', async () => {
    const { puts, user } = renderVehicles(view('INICIAL', null), null);
    await user.click(await screen.findByRole('button', { name: 'Agregar vehículo' }));
    expect(screen.queryByLabelText(/Tipo de operación/)).toBeNull();
    expect(screen.queryByLabelText(/motivo/i)).toBeNull();
    await user.type(within(item(1)).getByLabelText(/^Marca/), 'Kia');
    await waitFor(() => expect(puts().at(-1)?.body).toEqual({ ninguno: false, vehiculo: [{ tipoOperacion: 'AGREGAR', marca: 'Kia' }] }), { timeout: 3000 });
  });
});
