import { insertObligation, insertRosterPerson } from '@veraz/testing';
import { BETA } from '../support/seed';
import type { TestApp } from '../support/test-app';

export interface BetaRequerimiento {
  obligationId: string;
  requerimientoId: string;
  folio: string;
}

let seeded: Promise<BetaRequerimiento> | null = null;

/** An omiso of Beta with its requerimiento and stored letter (written once), for Alfa to try to reach. */
export function seedBetaRequerimiento(t: TestApp): Promise<BetaRequerimiento> {
  seeded ??= (async () => {
    const owner = await t.owner();
    const personId = await insertRosterPerson(owner, { institutionId: BETA.id, curp: 'BETA800101HDFTTT01', nombres: 'Omiso', primerApellido: 'Beta', email: 'omiso@beta.mx' });
    const obligationId = await insertObligation(owner, {
      institutionId: BETA.id, personId, kind: 'MODIFICACIÓN', periodKey: '2025', windowStart: '2026-05-01', dueDate: '2026-05-31', state: 'OMISA',
    });
    const folio = 'BETA-REQ-2026-000001';
    await owner.query(`INSERT INTO document_blobs (storage_key, institution_id, content) VALUES ('requerimiento/beta.pdf', $1, $2)`, [BETA.id, Buffer.from('%PDF-1.4 requerimiento de Beta')]);
    const { rows } = await owner.query(
      `INSERT INTO requerimientos (institution_id, obligation_id, person_id, folio, storage_key, sha256, size) VALUES ($1, $2, $3, $4, 'requerimiento/beta.pdf', $5, 30) RETURNING id`,
      [BETA.id, obligationId, personId, folio, 'e'.repeat(64)],
    );
    return { obligationId, requerimientoId: rows[0].id as string, folio };
  })();
  return seeded;
}
