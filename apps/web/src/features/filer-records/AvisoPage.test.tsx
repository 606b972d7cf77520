import type { AvisoPrefill, AvisoView } from '@veraz/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';

const prefill: AvisoPrefill = {
  datosGenerales: {
    nombre: 'Ana',
    primerApellido: 'López',
    segundoApellido: null,
    curp: 'LOPA800101MDFXXX01',
    rfc: 'LOPA800101',
    homoClave: 'AB1',
    correoInstitucional: 'ana@sefin.gob.mx',
    correoPersonal: 'ana@correo.mx',
    telefono: null,
  },
  encargoNuevo: {
    nombreEntePublico: 'Secretaría de Finanzas',
    nivelOrdenGobierno: 'ESTATAL',
    ambitoPublico: 'EJECUTIVO',
    empleoCargoComision: 'Jefa de departamento',
    areaAdscripcion: 'Presupuesto',
    fechaTomaPosesion: '2026-03-02',
  },
  encargoAnterior: {},
};

const filed: AvisoView = {
  id: 'av-1',
  userId: 'user-1',
  folio: 'SEFIN-2026-AV-000001',
  presentadoEn: '2026-03-10T17:45:00.000Z',
  sha256: 'b'.repeat(64),
  acuseSha256: 'c'.repeat(64),
  datos: {
    datosGenerales: prefill.datosGenerales,
    encargoNuevo: {
      ...prefill.encargoNuevo,
      empleoCargoComision: 'Jefa de departamento',
      areaAdscripcion: 'Presupuesto',
      nivelEmpleoCargoComision: 'O11',
      fechaTomaPosesion: '2026-03-02',
    },
    encargoAnterior: { nombreEntePublico: 'Secretaría de Movilidad', fechaConclusion: '2026-02-15' },
  },
};

describe('AvisoPage', () => {
  it('starts from the account and the roster, puts the server’s errors on their fields, then shows the folio and the acuse', async () => {
    let attempt = 0;
    const { fetch, calls } = mockFetch((call) => {
      if (call.path === '/api/avisos-cambio-ente/prefill') return jsonResponse(200, prefill);
      if (call.path === '/api/avisos-cambio-ente' && call.method === 'POST') {
        attempt++;
        if (attempt === 1) {
          return jsonResponse(400, {
            statusCode: 400,
            code: 'VALIDACION',
            message: 'Los datos del aviso no son válidos.',
            errors: [
              {
                path: 'encargoAnterior.fechaConclusion',
                message:
                  'entre la conclusión y la nueva toma de posesión pasaron más de 60 días naturales: corresponde presentar la declaración inicial, no el aviso',
              },
            ],
          });
        }
        return jsonResponse(201, filed);
      }
      return jsonResponse(404, { statusCode: 404, code: 'NO_ENCONTRADO', message: 'No se encontró.' });
    });
    const { user } = renderApp('/declaraciones/aviso', { fetch, session: makeSession({ roles: ['DECLARANTE'] }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Aviso por cambio de ente público' })).toBeTruthy();
    expect(await screen.findByText('LOPA800101MDFXXX01')).toBeTruthy();
    expect((screen.getByLabelText(/Empleo, cargo o comisión/) as HTMLInputElement).value).toBe('Jefa de departamento');
    expect((screen.getByLabelText(/Fecha de toma de posesión/) as HTMLInputElement).value).toBe('2026-03-02');
    expect((screen.getByLabelText(/Correo electrónico personal/) as HTMLInputElement).value).toBe('ana@correo.mx');

    // Required fields are checked before anything is sent.
    await user.click(screen.getByRole('button', { name: 'Presentar aviso' }));
    expect(await screen.findByRole('link', { name: 'Ente público anterior: Escribe el ente público donde trabajabas.' })).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await user.type(screen.getByLabelText(/Nivel del empleo/), 'O11');
    await user.type(screen.getByLabelText(/Ente público anterior/), 'Secretaría de Movilidad');
    await user.type(screen.getByLabelText(/Fecha de conclusión/), '2025-11-01');
    await user.type(screen.getByLabelText(/Contraseña/), 'mi contraseña');
    await user.click(screen.getByRole('button', { name: 'Presentar aviso' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link', { name: /Fecha de conclusión del encargo anterior: Entre la conclusión/ })).toBeTruthy();

    await user.clear(screen.getByLabelText(/Fecha de conclusión/));
    await user.type(screen.getByLabelText(/Fecha de conclusión/), '2026-02-15');
    await user.click(screen.getByRole('button', { name: 'Presentar aviso' }));
    expect(await screen.findByRole('heading', { name: 'Aviso presentado' })).toBeTruthy();
    expect(screen.getByText('SEFIN-2026-AV-000001')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Descargar acuse' })).toBeTruthy();
    const sent = calls.filter((c) => c.method === 'POST').at(-1)!.body as Record<string, any>;
    expect(sent).toEqual({
      password: 'mi contraseña',
      contacto: { correoPersonal: 'ana@correo.mx', telefono: null },
      encargoNuevo: {
        empleoCargoComision: 'Jefa de departamento',
        areaAdscripcion: 'Presupuesto',
        nivelEmpleoCargoComision: 'O11',
        fechaTomaPosesion: '2026-03-02',
      },
      encargoAnterior: { nombreEntePublico: 'Secretaría de Movilidad', fechaConclusion: '2026-02-15' },
    });
    // Typing a whole form character by character takes a while on a loaded machine.
  }, 30_000);

  it('lists the filed avisos on «Mis declaraciones» with their acuse', async () => {
    const { fetch } = mockFetch((call) => {
      if (call.path === '/api/declarations') return jsonResponse(200, []);
      if (call.path.startsWith('/api/filings?')) return jsonResponse(200, { items: [], total: 0 });
      if (call.path === '/api/avisos-cambio-ente') return jsonResponse(200, [filed]);
      return jsonResponse(404, { statusCode: 404, code: 'NO_ENCONTRADO', message: 'No se encontró.' });
    });
    renderApp('/declaraciones', { fetch, session: makeSession({ roles: ['DECLARANTE'] }) });
    const region = await screen.findByRole('region', { name: 'Avisos y constancias' });
    expect(await within(region).findByText('Folio SEFIN-2026-AV-000001')).toBeTruthy();
    expect(within(region).getByText('De Secretaría de Movilidad a Secretaría de Finanzas')).toBeTruthy();
    expect(within(region).getByRole('button', { name: /Descargar acuse\s*del aviso SEFIN-2026-AV-000001/ })).toBeTruthy();
    expect(within(region).getByRole('link', { name: 'Presentar un aviso por cambio de ente público' }).getAttribute('href')).toBe('/declaraciones/aviso');
    expect(within(region).getByRole('link', { name: 'Constancias de la declaración fiscal' }).getAttribute('href')).toBe('/declaraciones/constancias');
  });
});
