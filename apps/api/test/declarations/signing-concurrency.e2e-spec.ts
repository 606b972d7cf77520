import type { FilingView } from '@veraz/contracts';
import { ALFA, login, seedWorld } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { DeclarationsApi, LEVEL, PERIOD, fixture } from './helpers';

/**
 * Many filers of one institution signing at the same moment. The folio counter and the publication
 * order are advanced in each signature's last statement, under the institution's audit chain lock:
 * what a filer, a reviewer or the PDN would notice if that broke is checked here: gapless folios,
 * an audit chain without forks whose entries name each filing's folio and hash, the anchor each
 * acuse prints, one publication per filing in distinct places, and one acuse job per filing.
 */
describe('signing under concurrency', () => {
  let t: TestApp;
  let api: DeclarationsApi;
  // Names of letters only: the key is also the filer's primer apellido.
  const KEYS = ['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho'];
  const SIGNERS = KEYS.length;

  beforeAll(async () => {
    t = await startTestApp();
    const world = await seedWorld(t);
    api = new DeclarationsApi(t, (await login(t, world.adminA.email)).token);
  });
  afterAll(() => t?.close());

  it('gives gapless folios, one chained audit entry, anchor, publication and acuse job per filing', async () => {
    const filers = await Promise.all(KEYS.map((key) => api.filer(`concurrente.${key}`, LEVEL.simplificada)));
    const drafts = [];
    for (const filer of filers) {
      const draft = await api.start(filer.token, PERIOD['inicial-simplificada']);
      await api.fill(filer.token, draft, fixture('inicial-simplificada'));
      drafts.push(draft);
    }
    const answers = await Promise.all(filers.map((f, i) => api.sign(f.token, drafts[i]!.id)));
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
    const signed: FilingView[] = answers.map((a) => a.body);

    const owner = await t.owner();
    const filings = (await owner.query(`SELECT id, folio, folio_year, folio_seq, sha256, filed_at FROM filings WHERE institution_id = $1 ORDER BY folio_year, folio_seq`, [ALFA.id])).rows;
    // Every number of each year from 1, once, and a later folio never carries an earlier time.
    for (const year of new Set(filings.map((f) => f.folio_year))) {
      const seqs = filings.filter((f) => f.folio_year === year).map((f) => f.folio_seq);
      expect(seqs).toEqual(seqs.map((_: number, i: number) => i + 1));
    }
    for (let i = 1; i < filings.length; i++) expect(filings[i].filed_at.getTime()).toBeGreaterThanOrEqual(filings[i - 1].filed_at.getTime());
    expect(new Set(signed.map((s) => s.folio)).size).toBe(SIGNERS);

    // The institution's chain: consecutive, each entry linked to the one before.
    const chain = (await owner.query(`SELECT seq, prev_hash, hash, action, target_id, details FROM audit_events WHERE institution_id = $1 ORDER BY seq`, [ALFA.id])).rows;
    chain.forEach((e, i) => {
      expect(Number(e.seq)).toBe(i + 1);
      if (i > 0) expect(e.prev_hash).toBe(chain[i - 1].hash);
    });
    const anchors = new Map((await owner.query(`SELECT filing_id, audit_seq, audit_hash FROM filing_audit_anchors WHERE institution_id = $1`, [ALFA.id])).rows.map((a) => [a.filing_id, a]));
    const published = (await owner.query(`SELECT filing_id, seq FROM s1_publications WHERE institution_id = $1`, [ALFA.id])).rows;
    const acuses = (await owner.query(`SELECT job_id FROM outbox WHERE institution_id = $1 AND job_id LIKE 'acuse-%'`, [ALFA.id])).rows.map((r) => r.job_id);
    for (const s of signed) {
      const entry = chain.find((e) => e.action === 'declaration.filed' && e.target_id === s.id);
      expect(entry?.details).toMatchObject({ folio: s.folio, sha256: s.sha256 });
      const anchor = anchors.get(s.id);
      expect([Number(anchor?.audit_seq), anchor?.audit_hash]).toEqual([Number(entry!.seq), entry!.hash]);
      expect(published.filter((p) => p.filing_id === s.id)).toHaveLength(1);
      expect(acuses).toContain(`acuse-${s.id}`);
    }
    // Each published declaration has its own place in the publication order.
    expect(new Set(published.map((p) => String(p.seq))).size).toBe(published.length);
    // Eight filers captured through the API one after another: minutes on a loaded CI machine.
  }, 300_000);
});
