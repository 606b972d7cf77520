import { CertificatesService } from '@veraz/documents';
import { UnitOfWork } from '@veraz/tenancy';
import { ALFA, BETA, seedWorld } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait';

describe('the audit checkpoint job runs on its schedule, for every institution', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { AUDIT_CHECKPOINT_INTERVAL_SECONDS: '1' } });
    await seedWorld(t);
  });
  afterAll(() => t.close());

  const sql = async (text: string, params: unknown[] = []) => (await (await t.owner()).query(text, params)).rows as Array<Record<string, unknown>>;
  const head = async (institutionId: string) => Number((await sql(`SELECT max(seq) AS seq FROM audit_events WHERE institution_id = $1`, [institutionId]))[0]!.seq);
  const sealedUpTo = (institutionId: string, seq: number) =>
    waitFor(async () => (await sql(`SELECT seq FROM audit_checkpoints WHERE institution_id = $1 AND seq = $2`, [institutionId, seq])).length === 1, `checkpoint ${seq}`, 20_000);

  it('seals each new head within a period or two, with no one asking', async () => {
    const certificates = t.app.get(CertificatesService);
    const uow = t.app.get(UnitOfWork);
    // A certificate to seal with (what the first acuse would create); its creation is itself an audit entry.
    await uow.inTenant(ALFA.id, () => certificates.createTrial(ALFA.name, null));
    await sealedUpTo(ALFA.id, await head(ALFA.id));

    // The chain moves on: the next period seals the new head.
    await uow.inTenant(ALFA.id, () => certificates.createTrial(`${ALFA.name} II`, null));
    const moved = await head(ALFA.id);
    await sealedUpTo(ALFA.id, moved);
    const rows = await sql(`SELECT seq, self_signed FROM audit_checkpoints WHERE institution_id = $1 ORDER BY seq`, [ALFA.id]);
    expect(rows.at(-1)).toEqual({ seq: String(moved), self_signed: true });

    // BETA has entries but no certificate yet: its jobs ran and sealed nothing (no trial certificate made behind its back).
    expect(await sql(`SELECT 1 FROM audit_checkpoints WHERE institution_id = $1`, [BETA.id])).toEqual([]);
    expect(await sql(`SELECT 1 FROM institution_certificates WHERE institution_id = $1`, [BETA.id])).toEqual([]);
    // One job per institution and period, whichever tick enqueued it.
    const jobs = await sql(`SELECT job_id FROM outbox WHERE name = 'audit-checkpoint' AND institution_id = $1`, [BETA.id]);
    expect(jobs.length).toBeGreaterThan(1);
    expect(new Set(jobs.map((j) => j.job_id)).size).toBe(jobs.length);
  });
});
