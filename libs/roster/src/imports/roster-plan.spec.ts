import type { RosterRow } from '../csv/roster-csv';
import { planRow, type CurrentPerson } from './roster-plan';

const CURP = 'GODE800101HDFRRN05';
const row = (over: Partial<RosterRow>): RosterRow => ({
  curp: CURP, nombres: 'Ana', primerApellido: 'López', segundoApellido: null, email: null, puesto: 'Analista', area: 'Auditoría',
  nivel: 'INFERIOR_A_JEFE_DEPARTAMENTO', fechaAlta: '2024-01-15', fechaBaja: null, motivo: 'ALTA', fechaMovimiento: '2024-01-15', ...over,
});
const person = (over: Partial<CurrentPerson>): CurrentPerson => ({
  id: 'p1', curp: CURP, nombres: 'Ana', primerApellido: 'López', segundoApellido: null, email: null, puesto: 'Analista', area: 'Auditoría',
  nivel: 'INFERIOR_A_JEFE_DEPARTAMENTO', fechaAlta: '2024-01-15', fechaBaja: null, status: 'ACTIVO', userId: null,
  events: [{ id: 'alta', kind: 'ALTA', date: '2024-01-15' }], ...over,
});

describe('planRow', () => {
  it('creates a new person with an ALTA, plus the movement for a first row that is not an alta', () => {
    expect(planRow(2, row({}), undefined)).toMatchObject({ action: 'NUEVA', events: [{ kind: 'ALTA', date: '2024-01-15', supersedes: null }] });
    const baja = planRow(2, row({ motivo: 'BAJA', fechaBaja: '2024-06-30', fechaMovimiento: '2024-06-30' }), undefined);
    expect(baja).toMatchObject({ action: 'NUEVA', state: { status: 'BAJA', fechaBaja: '2024-06-30' } });
    expect(baja.action === 'NUEVA' && baja.events.map((e) => e.kind)).toEqual(['ALTA', 'BAJA']);
  });

  it('changes nothing when the row says what the roster already holds; empty optional cells keep its values', () => {
    expect(planRow(2, row({}), person({}))).toEqual({ action: 'SIN_CAMBIO' });
    expect(planRow(2, row({ puesto: null, area: null, nivel: null }), person({}))).toEqual({ action: 'SIN_CAMBIO' });
  });

  it('supersedes the previous BAJA when its date is corrected, and repeats nothing for the same date', () => {
    const current = person({ status: 'BAJA', fechaBaja: '2024-06-30', events: [{ id: 'alta', kind: 'ALTA', date: '2024-01-15' }, { id: 'b1', kind: 'BAJA', date: '2024-06-30' }] });
    expect(planRow(2, row({ motivo: 'BAJA', fechaBaja: '2024-06-30', fechaMovimiento: '2024-06-30' }), current)).toEqual({ action: 'SIN_CAMBIO' });
    expect(planRow(2, row({ motivo: 'BAJA', fechaBaja: '2024-07-15', fechaMovimiento: '2024-07-15' }), current)).toMatchObject({
      action: 'CAMBIO',
      state: { fechaBaja: '2024-07-15' },
      events: [{ kind: 'BAJA', date: '2024-07-15', supersedes: 'b1' }],
    });
  });

  it('returns from a licencia keeping the toma de posesión; re-enters after a baja only with a later fecha de alta', () => {
    const onLeave = person({ status: 'LICENCIA', events: [{ id: 'alta', kind: 'ALTA', date: '2024-01-15' }, { id: 'l', kind: 'LICENCIA', date: '2024-03-01' }] });
    expect(planRow(2, row({ motivo: 'REINGRESO', fechaMovimiento: '2024-05-01' }), onLeave)).toMatchObject({
      action: 'CAMBIO', state: { status: 'ACTIVO', fechaAlta: '2024-01-15' }, events: [{ kind: 'REINGRESO', date: '2024-05-01' }],
    });
    const gone = person({ status: 'BAJA', fechaBaja: '2024-06-30' });
    expect(planRow(7, row({ motivo: 'REINGRESO', fechaAlta: '2024-06-30', fechaMovimiento: '2024-06-30' }), gone)).toEqual({
      action: 'ERROR', errors: [{ line: 7, column: 'fecha_alta', message: 'El reingreso después de una baja necesita una fecha de alta posterior a la fecha de baja.' }],
    });
    expect(planRow(7, row({ motivo: 'REINGRESO', fechaAlta: '2024-08-01', fechaMovimiento: '2024-08-01' }), gone)).toMatchObject({
      action: 'CAMBIO', state: { status: 'ACTIVO', fechaAlta: '2024-08-01', fechaBaja: null }, events: [{ kind: 'REINGRESO', date: '2024-08-01' }],
    });
  });

  it('refuses an alta, cambio or licencia for someone in baja (the old file re-imported must not undo a baja)', () => {
    const gone = person({ status: 'BAJA', fechaBaja: '2024-06-30' });
    for (const motivo of ['ALTA', 'CAMBIO', 'LICENCIA'] as const) {
      expect(planRow(3, row({ motivo, fechaMovimiento: '2024-07-01' }), gone)).toMatchObject({ action: 'ERROR', errors: [{ column: 'motivo' }] });
    }
  });

  it('records a cambio with the new snapshot on its date', () => {
    expect(planRow(2, row({ motivo: 'CAMBIO', puesto: 'Subdirectora', nivel: 'JEFE_DEPARTAMENTO_O_SUPERIOR', fechaMovimiento: '2025-03-01' }), person({}))).toMatchObject({
      action: 'CAMBIO', state: { puesto: 'Subdirectora', nivel: 'JEFE_DEPARTAMENTO_O_SUPERIOR' }, events: [{ kind: 'CAMBIO', date: '2025-03-01', supersedes: null }],
    });
  });
});
