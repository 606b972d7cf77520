import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GENESIS_HASH, legacyChainHash } from '@veraz/audit';
import type { FilingView } from '@veraz/contracts';
import { AuditCheckpointsService, AuditVerificationService, type AuditReport } from '@veraz/documents';
import { UnitOfWork } from '@veraz/tenancy';
import { runCli } from '@veraz/testing';
import { DeclarationsApi, LEVEL } from '../declarations/helpers';
import { ALFA, bearer, login, seedWorld } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait';
import { binary } from './verification-helpers';

type Row = Record<string, unknown>;

describe('the audit chain is anchored by sealed checkpoints and by every acuse', () => {
  let t: TestApp;
  let api: DeclarationsApi;
  let tmp: string;

  const inAlfa = <T>(fn: () => Promise<T>) => t.app.get(UnitOfWork).inTenant(ALFA.id, fn);
  const verify = (): Promise<AuditReport> => inAlfa(() => t.app.get(AuditVerificationService).verifyInstitution());
  const messages = (r: AuditReport) => [...r.badCheckpoints, ...r.chain.problems.map((p) => p.message)];
  const sql = async (text: string, params: unknown[] = []) => (await (await t.owner()).query(text, params)).rows as Row[];
  const cli = (...args: string[]) =>
    runCli(args, {
      DATABASE_URL: t.database.appUrl,
      REDIS_URL: process.env.REDIS_URL,
      VERAZ_DATA_DIR: fs.mkdtempSync(path.join(tmp, 'cli-')),
      VERAZ_SECRET_KEY: t.config.secretKey,
      QUEUE_PREFIX: `vancla${process.pid}`,
    });

  /** Files a declaration and returns it with the text of its sealed acuse. */
  async function fileWithAcuse(key: string): Promise<{ filing: FilingView; acuseText: string }> {
    const filer = await api.filer(key, LEVEL.simplificada);
    const { filing } = await api.file(filer, 'inicial-simplificada');
    const acuse = await waitFor(
      async () => {
        const res = await t.http().get(`/api/filings/${filing.id}/documents/acuse`).set(bearer(filer.token)).buffer(true).parse(binary);
        return res.status === 200 ? (res.body as Buffer) : undefined;
      },
      'the acuse',
      30_000,
    );
    const file = path.join(tmp, `${key}.pdf`);
    fs.writeFileSync(file, acuse);
    return { filing, acuseText: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }) };
  }

  /** Runs `tamper` as someone with the database (triggers off), checks, then puts ALFA's chain back. */
  async function tampered<T>(tamper: () => Promise<unknown>, check: () => Promise<T>): Promise<T> {
    const saved = await sql(`SELECT * FROM audit_events WHERE institution_id = $1 ORDER BY seq`, [ALFA.id]);
    await sql('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update');
    try {
      await tamper();
      return await check();
    } finally {
      await sql(`DELETE FROM audit_events WHERE institution_id = $1`, [ALFA.id]);
      for (const r of saved) {
        const columns = Object.keys(r);
        await sql(`INSERT INTO audit_events (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, columns.map((c) => r[c]));
      }
      await sql('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update');
    }
  }
  const deleteFrom = (seq: number) => sql(`DELETE FROM audit_events WHERE institution_id = $1 AND seq >= $2`, [ALFA.id, seq]);

  let first: { filing: FilingView; acuseText: string };
  let second: { filing: FilingView; acuseText: string };
  let anchorOf: (filing: FilingView) => Promise<{ seq: number; hash: string }>;
  let checkpointSeq: number;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-ancla-'));
    t = await startTestApp();
    const world = await seedWorld(t);
    api = new DeclarationsApi(t, (await login(t, world.adminA.email)).token);
    anchorOf = async (filing) => {
      const [row] = await sql(`SELECT seq, hash FROM audit_events WHERE institution_id = $1 AND action = 'declaration.filed' AND target_id = $2`, [ALFA.id, filing.id]);
      return { seq: Number(row!.seq), hash: String(row!.hash) };
    };
    first = await fileWithAcuse('primera.ancla');
    // The first acuse created the trial certificate: the head can be sealed now.
    const sealed = await cli('audit', 'checkpoint', '--institution', ALFA.slug);
    expect([sealed.code, sealed.stderr]).toEqual([0, '']);
    const [head] = await sql(`SELECT max(seq) AS seq FROM audit_events WHERE institution_id = $1`, [ALFA.id]);
    checkpointSeq = Number(head!.seq);
    expect(sealed.stdout).toContain(`Punto de control sellado: entrada ${checkpointSeq} de la bitácora de ${ALFA.name}`);
    second = await fileWithAcuse('segunda.ancla');
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const byFolio = (folio: string) => t.http().get(`/verificar/${folio}`).set('Accept', 'application/json').expect(200);

  it('prints on each acuse the audit entry that recorded its filing, and /verificar says the chain still holds it', async () => {
    for (const { filing, acuseText } of [first, second]) {
      const anchor = await anchorOf(filing);
      expect(acuseText).toContain(`Ancla de la bitácora: entrada ${anchor.seq} de la bitácora de la institución`);
      expect(acuseText).toContain(anchor.hash);
      expect((await byFolio(filing.folio)).body.anclaBitacora).toEqual({ entrada: anchor.seq, hash: anchor.hash, conservada: true });
    }
    const page = await t.http().get(`/verificar/${second.filing.folio}`).set('Accept', 'text/html').expect(200);
    expect(page.text).toContain('La bitácora de la institución conserva esta entrada sin cambios.');
    expect((await anchorOf(second.filing)).seq).toBeGreaterThan(checkpointSeq);
  });

  it('verifies an intact chain against its checkpoint and both acuses, in Spanish and with exit code 0', async () => {
    expect(await verify()).toMatchObject({ ok: true, checkpoints: 1, filingAnchors: 2, badCheckpoints: [], chain: { ok: true, legacyEntries: 0, problems: [] } });
    const run = await cli('audit', 'verify', '--institution', ALFA.slug);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Bitácora de Institución Alfa: íntegra \(\d+ entradas\)\./);
    expect(run.stdout).toContain('Entradas anteriores a la llave (hash público, sin HMAC): 0.');
    expect(run.stdout).toContain('Comprobados: 1 puntos de control sellados y 2 anclas de acuses.');
  });

  it('detects the newest entries deleted, through the last acuse’s anchor', async () => {
    const anchor = await anchorOf(second.filing);
    const [report, folio] = await tampered(
      () => deleteFrom(anchor.seq),
      () => Promise.all([verify(), byFolio(second.filing.folio)]),
    );
    // Whoever holds the acuse sees it on /verificar too.
    expect(folio.body.anclaBitacora).toEqual({ entrada: anchor.seq, hash: anchor.hash, conservada: false });
    expect(report.ok).toBe(false);
    // Every remaining row still hashes correctly: only the anchor shows the loss.
    expect(report.chain.brokenAt).toBeNull();
    expect(messages(report)).toEqual([
      `falta la entrada ${anchor.seq} que registra el acuse del folio ${second.filing.folio}: la bitácora termina en la entrada ${anchor.seq - 1}; se borraron las entradas más recientes`,
    ]);
  });

  it('detects the newest entries deleted, through the sealed checkpoint, and the CLI exits with 1', async () => {
    const [run, reseal] = await tampered(
      () => deleteFrom(checkpointSeq),
      async () => [await cli('audit', 'verify', '--institution', ALFA.slug), await inAlfa(() => t.app.get(AuditCheckpointsService).sealHead())] as const,
    );
    // The shorter chain is not sealed over.
    expect(reseal).toEqual({ sealed: null, skipped: 'truncada' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Bitácora de Institución Alfa: ALTERADA');
    expect(run.stderr).toMatch(new RegExp(`falta la entrada ${checkpointSeq} que registra el punto de control sellado el .*se borraron las entradas más recientes`));
    expect(run.stderr).toContain(`el acuse del folio ${second.filing.folio}`);
  });

  it('detects a rewrite of every hash with the public algorithm: no HMAC, and neither the checkpoint nor the acuses match', async () => {
    const rewriteAll = async () => {
      let prev = GENESIS_HASH;
      for (const r of await sql(`SELECT * FROM audit_events WHERE institution_id = $1 ORDER BY seq`, [ALFA.id])) {
        const fields = {
          institutionId: ALFA.id,
          seq: Number(r.seq),
          occurredAt: (r.occurred_at as Date).toISOString(),
          actorUserId: r.actor_user_id as string | null,
          action: String(r.action),
          targetType: r.target_type as string | null,
          targetId: r.target_id as string | null,
          details: r.details as Record<string, unknown>,
        };
        const hash = legacyChainHash(prev, fields);
        await sql(`UPDATE audit_events SET prev_hash = $1, hash = $2, hash_version = 1 WHERE id = $3`, [prev, hash, r.id]);
        prev = hash;
      }
    };
    const report = await tampered(rewriteAll, verify);
    expect(report.ok).toBe(false);
    expect(report.chain.brokenAt).toBe(1);
    expect(report.chain.problems.map((p) => p.kind)).toEqual(['reescrita', 'reescrita', 'reescrita', 'reescrita']);
    expect(messages(report)[0]).toContain('la entrada 1 usa el hash público sin llave');
    expect(messages(report).slice(1)).toEqual([
      expect.stringMatching(new RegExp(`^la entrada ${(await anchorOf(first.filing)).seq} no coincide con el acuse del folio ${first.filing.folio}: la bitácora fue reescrita$`)),
      expect.stringMatching(new RegExp(`^la entrada ${checkpointSeq} no coincide con el punto de control sellado el `)),
      expect.stringMatching(new RegExp(`^la entrada ${(await anchorOf(second.filing)).seq} no coincide con el acuse del folio ${second.filing.folio}`)),
    ]);
  });

  it('detects a checkpoint whose seal was altered', async () => {
    const forged = await sql(`SELECT seq FROM audit_checkpoints WHERE institution_id = $1`, [ALFA.id]);
    expect(forged).toHaveLength(1);
    await sql('ALTER TABLE audit_checkpoints DISABLE TRIGGER audit_checkpoints_no_update');
    // The hash it attests changed, as someone hiding a rewrite would do: the CMS no longer covers it.
    await sql(`UPDATE audit_checkpoints SET hash = repeat('e', 64) WHERE institution_id = $1`, [ALFA.id]);
    try {
      const report = await verify();
      expect(report.ok).toBe(false);
      expect(report.badCheckpoints).toEqual([expect.stringContaining(`el sello del punto de control de la entrada ${checkpointSeq}`)]);
    } finally {
      const [entry] = await sql(`SELECT hash FROM audit_events WHERE institution_id = $1 AND seq = $2`, [ALFA.id, checkpointSeq]);
      await sql(`UPDATE audit_checkpoints SET hash = $2 WHERE institution_id = $1`, [ALFA.id, entry!.hash]);
      await sql('ALTER TABLE audit_checkpoints ENABLE TRIGGER audit_checkpoints_no_update');
    }
    expect((await verify()).ok).toBe(true);
  });

  it('seals nothing new while the head is already sealed', async () => {
    const service = t.app.get(AuditCheckpointsService);
    const first = await inAlfa(() => service.sealHead());
    expect(first.sealed?.seq).toBeGreaterThan(checkpointSeq);
    expect(await inAlfa(() => service.sealHead())).toEqual({ sealed: null, skipped: 'ya-sellado' });
  });
});
