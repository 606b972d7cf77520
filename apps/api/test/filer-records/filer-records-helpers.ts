import { PDFDocument } from 'pdf-lib';
import { ALFA } from '../support/seed';
import type { TestApp } from '../support/test-app';

/** A real one-page PDF, as the SAT's acuse would be (the text makes each file distinct). */
export async function samplePdf(text: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(text);
  doc.addPage([612, 792]);
  return Buffer.from(await doc.save());
}

/** A roster row linked to the account, as the roster import leaves it (inserted directly until that lib is merged). */
export async function rosterRow(t: TestApp, userId: string, curp: string, post: { puesto?: string; area?: string; fechaAlta?: string } = {}, institutionId = ALFA.id): Promise<string> {
  const owner = await t.owner();
  const { rows } = await owner.query(
    `INSERT INTO roster_people (institution_id, curp, nombres, primer_apellido, puesto, area, employment_level, fecha_alta, user_id)
     VALUES ($1, $2, 'Persona', 'Padrón', $3, $4, 'JEFE_DEPARTAMENTO_O_SUPERIOR', $5, $6) RETURNING id`,
    [institutionId, curp, post.puesto ?? null, post.area ?? null, post.fechaAlta ?? '2026-01-02', userId],
  );
  return rows[0].id;
}

/** obligations.recompute jobs written to the outbox for an institution. */
export async function recomputeJobs(t: TestApp, institutionId = ALFA.id): Promise<Array<{ institutionId: string; personIds: string[] }>> {
  const owner = await t.owner();
  const { rows } = await owner.query(`SELECT payload FROM outbox WHERE name = 'obligations.recompute' AND institution_id = $1 ORDER BY created_at`, [institutionId]);
  return rows.map((r: { payload: { institutionId: string; personIds: string[] } }) => r.payload);
}

export async function auditActions(t: TestApp, action: string, institutionId = ALFA.id): Promise<Array<{ actor_user_id: string; target_id: string; details: Record<string, unknown> }>> {
  const owner = await t.owner();
  const { rows } = await owner.query(`SELECT actor_user_id, target_id, details FROM audit_events WHERE institution_id = $1 AND action = $2 ORDER BY seq`, [institutionId, action]);
  return rows;
}
