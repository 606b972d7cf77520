import { insertObligation, insertRequerimiento, insertRosterPerson } from '@veraz/testing';
import { ALFA, BETA } from '../support/seed';
import type { TestApp } from '../support/test-app';

/** The deadline clock of these tests: 20 May 2026, midday in Mexico City (May's declarations are under way). */
export const CLOCK = '2026-05-20T18:00:00Z';

export const CURPS = {
  ana: 'LOPA800101MDFPRN01',
  beto: 'GOMB810202HDFMRT02',
  cris: 'RUIC820303MDFZRR03',
  dani: 'PERD830404HDFRNN04',
  beta: 'BETA850505HDFTTT05',
} as const;

/**
 * Alfa's roster and obligations as the engine would have left them (one row is stale: an INICIAL
 * still PENDIENTE after its due date, which counts as omisa), a requerimiento, and a Beta omiso.
 */
export async function seedConsole(t: TestApp): Promise<{ anaOmisionId: string }> {
  const db = await t.owner();
  const person = (curp: string, nombres: string, primerApellido: string, area: string | null, puesto: string) =>
    insertRosterPerson(db, { institutionId: ALFA.id, curp, nombres, primerApellido, area, puesto });
  const ana = await person(CURPS.ana, 'Ana', 'López', 'Finanzas', 'Jefa de departamento');
  const beto = await person(CURPS.beto, 'Beto', 'Gómez', 'Finanzas', 'Analista');
  const cris = await person(CURPS.cris, 'Cris', 'Ruiz', 'Jurídico', 'Abogada');
  // A puesto that a spreadsheet would run as a formula.
  const dani = await person(CURPS.dani, 'Dani', 'Pérez', null, '=1+1');
  const o = (personId: string, kind: 'INICIAL' | 'MODIFICACIÓN', periodKey: string, dueDate: string, state: 'PENDIENTE' | 'PRESENTADA_EN_TIEMPO' | 'PRESENTADA_EXTEMPORANEA' | 'OMISA', metOn?: string) =>
    insertObligation(db, { institutionId: ALFA.id, personId, kind, periodKey, dueDate, state, metOn });
  await o(ana, 'MODIFICACIÓN', '2025', '2026-05-31', 'PRESENTADA_EN_TIEMPO', '2026-05-10');
  await o(beto, 'MODIFICACIÓN', '2025', '2026-05-31', 'PENDIENTE');
  await o(cris, 'MODIFICACIÓN', '2025', '2026-05-31', 'PENDIENTE');
  await o(dani, 'MODIFICACIÓN', '2025', '2026-05-31', 'PRESENTADA_EN_TIEMPO', '2026-05-02');
  await o(cris, 'INICIAL', '2026-01-10', '2026-03-11', 'PENDIENTE'); // stale: omisa on 20 May
  await o(beto, 'INICIAL', '2026-01-05', '2026-03-06', 'PRESENTADA_EXTEMPORANEA', '2026-03-16');
  const anaOmisionId = await o(ana, 'MODIFICACIÓN', '2024', '2025-05-31', 'OMISA');
  await insertRequerimiento(db, {
    institutionId: ALFA.id, obligationId: anaOmisionId, personId: ana, folio: 'REQ-2026-000001',
    issuedAt: '2026-03-30T17:00:00Z', notifiedAt: '2026-04-01T16:30:00Z', notifiedTo: 'ana.lopez@alfa.gob.mx', deadline: '2026-05-01',
  });

  const beta = await insertRosterPerson(db, { institutionId: BETA.id, curp: CURPS.beta, nombres: 'Persona', primerApellido: 'DeBeta', area: 'Finanzas', puesto: 'Director' });
  const betaOmision = await insertObligation(db, { institutionId: BETA.id, personId: beta, kind: 'MODIFICACIÓN', periodKey: '2025', dueDate: '2026-05-31', state: 'OMISA' });
  await insertRequerimiento(db, { institutionId: BETA.id, obligationId: betaOmision, personId: beta, folio: 'REQ-BETA-000001' });
  return { anaOmisionId };
}
