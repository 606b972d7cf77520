import type { OmisoView, RequerimientoView } from '@veraz/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';

const ROSA: OmisoView = {
  obligationId: 'b0000000-0000-4000-8000-000000000001',
  personId: 'p1',
  nombreCompleto: 'Rosa Gutiérrez López',
  area: 'Finanzas',
  email: 'rosa@sefin.gob.mx',
  kind: 'MODIFICACIÓN',
  periodKey: '2025',
  dueDate: '2026-05-31',
  diasDeAtraso: 31,
  requerimiento: null,
};
const LUIS: OmisoView = { ...ROSA, obligationId: 'b0000000-0000-4000-8000-000000000002', personId: 'p2', nombreCompleto: 'Luis Pérez', kind: 'INICIAL', periodKey: '2026-03-02' };
const ANA: OmisoView = { ...ROSA, obligationId: 'b0000000-0000-4000-8000-000000000003', personId: 'p3', nombreCompleto: 'Ana Martínez', requerimiento: { id: 'r3', folio: 'SEFIN-REQ-2026-000001', status: 'VENCIDO' } };
const REQ_ANA: RequerimientoView = {
  id: 'c0000000-0000-4000-8000-000000000003',
  folio: 'SEFIN-REQ-2026-000001',
  obligationId: ANA.obligationId,
  personId: 'p3',
  nombreCompleto: 'Ana Martínez',
  kind: 'MODIFICACIÓN',
  periodKey: '2025',
  dueDate: '2026-05-31',
  issuedAt: '2026-06-02T16:00:00.000Z',
  notifiedOn: '2026-06-03',
  notifiedBy: 'CORREO',
  notifiedTo: 'ana@sefin.gob.mx',
  deadline: '2026-07-03',
  diasRestantes: -2,
  obligationState: 'OMISA',
  status: 'VENCIDO',
  sha256: 'a'.repeat(64),
};
const revisor = makeSession({ roles: ['REVISOR'] });

describe('RequerimientosPage', () => {
  it('generates requerimientos for the selected omisos only, and not for those that already have one', async () => {
    const { fetch, calls } = mockFetch((call) => {
      if (call.method === 'GET' && call.path === '/api/requerimientos/omisos') return jsonResponse(200, [ROSA, LUIS, ANA]);
      if (call.method === 'GET' && call.path === '/api/requerimientos') return jsonResponse(200, [REQ_ANA]);
      if (call.method === 'POST') return jsonResponse(200, { generated: [{ ...REQ_ANA, id: 'new', folio: 'SEFIN-REQ-2026-000002' }], skipped: [] });
      return jsonResponse(500, { statusCode: 500, code: 'X', message: 'x' });
    });
    const { user } = renderApp('/institucion/requerimientos', { fetch, session: revisor });

    const rosa = (await screen.findByRole('rowheader', { name: /Rosa Gutiérrez López/ })).closest('tr')!;
    expect(within(rosa).getByText('31')).toBeTruthy();
    expect(screen.queryByLabelText('Seleccionar a Ana Martínez')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Generar requerimientos (0)' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Selecciona al menos una obligación omisa.');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.click(screen.getByLabelText('Seleccionar a Rosa Gutiérrez López'));
    await user.click(screen.getByRole('button', { name: 'Generar requerimientos (1)' }));
    expect(await screen.findByText('Se generó 1 requerimiento: SEFIN-REQ-2026-000002.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ obligationIds: [ROSA.obligationId] });

    // «Select all» takes every omiso without a requerimiento.
    await user.click(screen.getByLabelText('Seleccionar todas las omisas sin requerimiento'));
    expect(screen.getByRole('button', { name: 'Generar requerimientos (2)' })).toBeTruthy();
  });

  it('tracks notification and deadline, lists who is still omiso, and records an in-person notification', async () => {
    const { fetch, calls } = mockFetch((call) => {
      if (call.method === 'GET' && call.path === '/api/requerimientos/omisos') return jsonResponse(200, [ANA]);
      if (call.method === 'GET' && call.path === '/api/requerimientos') return jsonResponse(200, [REQ_ANA]);
      if (call.method === 'POST') {
        return (call.body as { fecha: string }).fecha > '2026-07-05'
          ? jsonResponse(400, { statusCode: 400, code: 'VALIDACION', message: 'Los datos enviados no son válidos.', errors: [{ path: 'fecha', message: 'La fecha de notificación no puede ser posterior a hoy.' }] })
          : jsonResponse(200, REQ_ANA);
      }
      return jsonResponse(500, { statusCode: 500, code: 'X', message: 'x' });
    });
    const { user } = renderApp('/institucion/requerimientos', { fetch, session: revisor });

    const row = (await screen.findByRole('rowheader', { name: 'SEFIN-REQ-2026-000001' })).closest('tr')!;
    expect(within(row).getByText('Venció hace 2 días')).toBeTruthy();
    expect(within(row).getByText(/3 de junio de 2026 · Por correo electrónico/)).toBeTruthy();
    expect(within(row).getByText('3 de julio de 2026')).toBeTruthy();
    const vencidos = screen.getByRole('region', { name: 'Siguen omisos después del plazo' });
    expect(within(vencidos).getByText(/Ana Martínez: Declaración de modificación \(2025\), requerimiento SEFIN-REQ-2026-000001/)).toBeTruthy();

    const date = within(row).getByLabelText('Notificado en persona el');
    await user.type(date, '2026-07-09');
    await user.click(within(row).getByRole('button', { name: 'Registrar notificación de SEFIN-REQ-2026-000001' }));
    expect((await within(row).findByRole('alert')).textContent).toContain('La fecha de notificación no puede ser posterior a hoy.');
    await user.clear(date);
    await user.type(date, '2026-07-01');
    await user.click(within(row).getByRole('button', { name: 'Registrar notificación de SEFIN-REQ-2026-000001' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([{ fecha: '2026-07-09' }, { fecha: '2026-07-01' }]));
    expect(calls.filter((c) => c.method === 'POST')[1].path).toBe(`/api/requerimientos/${REQ_ANA.id}/notificacion`);
  });
});
