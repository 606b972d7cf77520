import { Test, type TestingModule } from '@nestjs/testing';
import { ClsModule } from 'nestjs-cls';
import { Client } from 'pg';
import { AUDIT_ENTITIES } from '@veraz/audit';
import { VerazConfigModule } from '@veraz/config';
import { ValidationError } from '@veraz/contracts';
import { DatabaseModule } from '@veraz/db';
import { JobQueue, OUTBOX_ENTITIES, QueueRuntimeModule } from '@veraz/queue';
import { createTestDatabase, testConfig, type TestDatabase } from '@veraz/testing';
import { UnitOfWork } from '@veraz/tenancy';
import { DEFAULT_THRESHOLDS } from './engine/default-thresholds';
import { IntegrityModule } from './integrity.module';
import { INTEGRITY_SCORE_FILING_JOB } from './jobs';
import { RescoreService } from './rescore/rescore.service';
import { CatchUpService } from './scoring/catch-up.service';
import { ThresholdsService } from './thresholds/thresholds.service';

const A = '0a000000-0000-4000-8000-00000000000a';
const B = '0b000000-0000-4000-8000-00000000000b';

/** A declaración whose only asset is a house of `casa` pesos (the declarant's alone) and whose monthly net income is `ingreso`. */
function declaracion(casa: number, ingreso: number) {
  return {
    situacionPatrimonial: {
      ingresos: { ingresoMensualNetoDeclarante: { valor: ingreso, moneda: 'MXN' } },
      bienesInmuebles: {
        ninguno: false,
        bienInmueble: [
          {
            tipoOperacion: 'AGREGAR',
            tipoInmueble: { clave: 'CASA', valor: 'CASA' },
            titular: [{ clave: 'DEC', valor: 'DECLARANTE' }],
            porcentajePropiedad: 100,
            formaAdquisicion: { clave: 'CPV', valor: 'COMPRAVENTA' },
            valorAdquisicion: { valor: casa, moneda: 'MXN' },
            fechaAdquisicion: '2015-06-19',
          },
        ],
      },
    },
  };
}

describe('risk scores: versioned thresholds, scoring jobs and resumable batch re-scores', () => {
  let database: TestDatabase;
  let module: TestingModule;
  let db: UnitOfWork;
  let owner: Client;
  let seq = 0;

  async function user(): Promise<string> {
    seq++;
    const { rows } = await owner.query(`INSERT INTO users (email, password_hash, nombre, primer_apellido) VALUES ($1, 'x', 'Ana', 'Pérez') RETURNING id`, [`p${seq}@ejemplo.mx`]);
    return rows[0].id;
  }
  async function filing(institutionId: string, userId: string, day: string, doc: object): Promise<string> {
    seq++;
    const declaration = await owner.query(
      `INSERT INTO declarations (institution_id, user_id, tipo, declaracion_completa, fecha_toma_posesion, period_key, status)
       VALUES ($1, $2, 'INICIAL', true, $3, $4, 'PRESENTADA') RETURNING id`,
      [institutionId, userId, day, `INICIAL:${seq}`],
    );
    const { rows } = await owner.query(
      `INSERT INTO filings (institution_id, declaration_id, user_id, s1_id, folio, folio_year, folio_seq, tipo, declaracion_completa,
         actualizacion_conflicto_interes, filed_at, document, canonical_json, sha256, nombres, primer_apellido)
       VALUES ($1, $2, $3, $4, $5, 2026, $6, 'INICIAL', true, false, ($7::date + time '12:00') AT TIME ZONE 'America/Mexico_City', $8, '{}', $9, 'Ana', 'Pérez') RETURNING id`,
      [institutionId, declaration.rows[0].id, userId, seq.toString(16).padStart(24, '0'), `F-${seq}`, seq, day, JSON.stringify({ declaracion: doc }), 'a'.repeat(64)],
    );
    return rows[0].id;
  }
  async function scores(institutionId: string, version: number): Promise<Map<string, { score: number; codes: string[]; at: string }>> {
    const { rows } = await owner.query(
      `SELECT filing_id, score, rule_codes, scored_at::text AS at FROM filing_risk_scores WHERE institution_id = $1 AND threshold_version = $2`,
      [institutionId, version],
    );
    return new Map(rows.map((r) => [r.filing_id, { score: r.score, codes: r.rule_codes, at: r.at }]));
  }
  async function runOf(institutionId: string, version: number) {
    const { rows } = await owner.query(`SELECT * FROM integrity_rescore_runs WHERE institution_id = $1 AND threshold_version = $2`, [institutionId, version]);
    return rows;
  }
  async function finished(institutionId: string, version: number) {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const [run] = await runOf(institutionId, version);
      if (run?.state === 'TERMINADA') return run;
      if (Date.now() > deadline) throw new Error(`run of version ${version}: ${run?.state ?? 'none'}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  const thresholds = () => module.get(ThresholdsService);
  let admin: string;
  let rico: { user: string; filings: string[] };
  const modest: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    owner = new Client({ connectionString: database.url });
    await owner.connect();
    await owner.query(`INSERT INTO institutions (id, slug, name) VALUES ($1, 'alfa', 'Alfa'), ($2, 'beta', 'Beta')`, [A, B]);
    admin = await user();
    // Rico: a 3,000,000 house on 50,000 a month (600,000 a year): 5 times, under the default 10, over 3.
    const ricoUser = await user();
    rico = { user: ricoUser, filings: [await filing(A, ricoUser, '2024-02-01', declaracion(3_000_000, 50_000))] };
    for (let i = 0; i < 4; i++) {
      const u = await user();
      modest.push(await filing(A, u, '2024-03-01', declaracion(500_000, 40_000)), await filing(A, u, '2025-03-01', declaracion(550_000, 42_000)));
    }
    module = await Test.createTestingModule({
      imports: [
        VerazConfigModule.forRoot(testConfig(database.appUrl)),
        ClsModule.forRoot({ global: true }),
        DatabaseModule.forRoot({ url: database.appUrl, directUrl: database.appDirectUrl, entities: [...AUDIT_ENTITIES, ...OUTBOX_ENTITIES] }),
        QueueRuntimeModule.forRoot({ processJobs: true }),
        IntegrityModule,
      ],
    }).compile();
    await module.init();
    db = module.get(UnitOfWork);
  });

  afterAll(async () => {
    await module?.close();
    await owner?.end();
    await database?.drop();
  });

  it('creates version 1 (the defaults) once when many ask at the same time, and scores every filing under it', async () => {
    const seen = await Promise.all(Array.from({ length: 6 }, () => db.inTenant(A, () => thresholds().current())));
    expect(seen.map((v) => v.version)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(seen[0]).toMatchObject({ thresholds: DEFAULT_THRESHOLDS, createdBy: null });
    const versions = await owner.query(`SELECT version, created_by FROM integrity_threshold_versions WHERE institution_id = $1`, [A]);
    expect(versions.rows).toEqual([{ version: 1, created_by: null }]);
    expect(await runOf(A, 1)).toHaveLength(1);

    const run = await finished(A, 1);
    expect({ total: run.total, done: run.done }).toEqual({ total: 9, done: 9 });
    const v1 = await scores(A, 1);
    expect([...v1.keys()].sort()).toEqual([...rico.filings, ...modest].sort());
    expect(v1.get(rico.filings[0]!)!.codes).not.toContain('ACTIVOS_VS_INGRESO');
  });

  it('refuses thresholds out of range with the field and a Spanish message, and keeps the version', async () => {
    const bad = { ...DEFAULT_THRESHOLDS, activosVecesIngresoAnual: -1, marcasDeLujo: ['Ferrari', ''], sectoresDeLaInstitucion: ['NOEXISTE'], extra: 1 };
    const error = await db.inTenant(A, () => thresholds().update(admin, bad as never)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors).toEqual([
      { path: 'extra', message: 'no es un umbral de las señales de riesgo' },
      { path: 'activosVecesIngresoAnual', message: 'debe estar entre 1 y 1,000' },
      { path: 'marcasDeLujo[1]', message: 'debe ser un texto no vacío' },
      { path: 'sectoresDeLaInstitucion[0]', message: '«NOEXISTE» no es una clave del catálogo sector del S1' },
    ]);
    expect((await db.inTenant(A, () => thresholds().current())).version).toBe(1);
  });

  it('a change is version 2, in the bitácora, re-scored in the background; version 1 scores stay as they were', async () => {
    const before = await scores(A, 1);
    const view = await db.inTenant(A, () => thresholds().update(admin, { ...DEFAULT_THRESHOLDS, activosVecesIngresoAnual: 3 }));
    expect(view.current).toMatchObject({ version: 2, createdBy: { userId: admin, nombreCompleto: 'Ana Pérez' } });
    expect(view.history.map((v) => v.version)).toEqual([2, 1]);
    expect(view.rescore).toMatchObject({ thresholdVersion: 2, total: 9 });
    const audit = await owner.query(`SELECT actor_user_id, target_id, details FROM audit_events WHERE institution_id = $1 AND action = 'integrity.thresholds_changed'`, [A]);
    expect(audit.rows).toEqual([{ actor_user_id: admin, target_id: '2', details: { version: 2, before: 1, changed: ['activosVecesIngresoAnual'] } }]);

    await finished(A, 2);
    const v2 = await scores(A, 2);
    expect(v2.size).toBe(9);
    // Rico's house is now over 3 times the annual income; nobody else's is.
    expect([...v2].filter(([, s]) => s.codes.includes('ACTIVOS_VS_INGRESO')).map(([id]) => id)).toEqual(rico.filings);
    expect(await scores(A, 1)).toEqual(before);
    expect((await db.inTenant(A, () => thresholds().view())).rescore).toMatchObject({ thresholdVersion: 2, state: 'TERMINADA', done: 9, total: 9 });
  });

  it('a finished run started again writes nothing', async () => {
    const [run] = await runOf(A, 2);
    const before = await scores(A, 2);
    const outcome = await module.get(RescoreService).run(run.id, (fn) => db.inTenant(A, fn));
    expect(outcome).toMatchObject({ chunks: 0, scored: 0, state: 'TERMINADA' });
    expect(await scores(A, 2)).toEqual(before);
  });

  it('a new filing is scored by its job under the current version, and the person\'s earlier filing again', async () => {
    const before = await scores(A, 2);
    const withCompany = {
      ...declaracion(3_100_000, 52_000),
      interes: {
        participacion: {
          ninguno: false,
          participacion: [
            {
              tipoOperacion: 'AGREGAR',
              tipoRelacion: 'DECLARANTE',
              nombreEmpresaSociedadAsociacion: 'Constructora del Bajío',
              rfc: 'CBA-010101-AB1',
              porcentajeParticipacion: 30,
              sector: { clave: 'CONS', valor: 'CONSTRUCCIÓN' },
            },
          ],
        },
      },
    };
    const later = await filing(A, rico.user, '2025-02-01', withCompany);
    await db.inTenant(A, () => module.get(JobQueue).enqueue(INTEGRITY_SCORE_FILING_JOB, { institutionId: A, filingId: later }));
    const deadline = Date.now() + 15_000;
    while (!(await scores(A, 2)).has(later)) {
      if (Date.now() > deadline) throw new Error('the new filing was not scored');
      await new Promise((r) => setTimeout(r, 50));
    }
    const after = await scores(A, 2);
    expect(after.get(later)!.codes).toContain('ACTIVOS_VS_INGRESO');
    expect(after.get(rico.filings[0]!)!.at).not.toBe(before.get(rico.filings[0]!)!.at);
    expect(after.get(modest[0]!)!.at).toBe(before.get(modest[0]!)!.at);
    expect((await scores(A, 1)).has(later)).toBe(false);
    // Its interest companies are recorded with their RFC, for a later match against procurement data.
    const companies = await owner.query(`SELECT section, item, rfc, nombre, sector FROM filing_interest_companies WHERE filing_id = $1`, [later]);
    expect(companies.rows).toEqual([{ section: 'participacion', item: 0, rfc: 'CBA010101AB1', nombre: 'Constructora del Bajío', sector: 'CONS' }]);
  });

  it('an interrupted run resumes from its cursor: no person is scored twice, and the progress counts each filing once', async () => {
    await owner.query(`INSERT INTO integrity_threshold_versions (institution_id, version, thresholds) VALUES ($1, 1, $2)`, [B, JSON.stringify(DEFAULT_THRESHOLDS)]);
    const people: string[] = [];
    for (let i = 0; i < 7; i++) {
      const u = await user();
      people.push(u);
      await filing(B, u, '2024-05-01', declaracion(400_000 + i, 30_000));
    }
    people.sort();
    const run = (await owner.query(`INSERT INTO integrity_rescore_runs (institution_id, threshold_version, state, total) VALUES ($1, 1, 'PENDIENTE', 7) RETURNING id`, [B])).rows[0];
    const rescore = module.get(RescoreService);
    let writes = 0;
    // The second chunk's write (the batch that returns a count) fails inside its transaction: its scores and cursor roll back together.
    const failing = <T>(fn: () => Promise<T>) =>
      db.inTenant(B, async () => {
        const out = await fn();
        if (typeof out === 'number' && ++writes === 2) throw new Error('el proceso se detuvo');
        return out;
      });
    await expect(rescore.run(run.id, failing, { chunkUsers: 2 })).rejects.toThrow('el proceso se detuvo');
    const [stopped] = await runOf(B, 1);
    expect({ state: stopped.state, done: stopped.done, cursor: stopped.cursor_user_id }).toEqual({ state: 'FALLIDA', done: 2, cursor: people[1] });
    const firstPart = await scores(B, 1);
    expect(firstPart.size).toBe(2);

    const outcome = await rescore.run(run.id, (fn) => db.inTenant(B, fn), { chunkUsers: 2 });
    expect(outcome).toMatchObject({ chunks: 3, scored: 5, state: 'TERMINADA' });
    const [done] = await runOf(B, 1);
    expect({ state: done.state, done: done.done, total: done.total }).toEqual({ state: 'TERMINADA', done: 7, total: 7 });
    const all = await scores(B, 1);
    expect(all.size).toBe(7);
    for (const [id, s] of firstPart) expect(all.get(id)!.at).toBe(s.at);
  });

  it('catches up: a filing nobody scored, and a person whose obligations changed after their score', async () => {
    const catchUp = module.get(CatchUpService);
    const inB = <T>(fn: () => Promise<T>) => db.inTenant(B, fn);
    expect(await catchUp.run(inB)).toEqual({ thresholdVersion: 1, people: 0, scored: 0, deferred: false });

    const before = await scores(B, 1);
    const loaded = await filing(B, await user(), '2024-06-01', declaracion(450_000, 30_000));
    // Another person than the one just loaded (user ids are random: the new one may sort first).
    const [omitted] = (await owner.query(`SELECT f.id, f.user_id FROM filings f WHERE f.institution_id = $1 AND f.id <> $2 ORDER BY f.user_id LIMIT 1`, [B, loaded])).rows;
    const person = await owner.query(`INSERT INTO roster_people (institution_id, curp, nombres, primer_apellido, fecha_alta, user_id) VALUES ($1, 'PEGA800101HDFRRN01', 'Ana', 'Pérez', '2023-01-01', $2) RETURNING id`, [
      B,
      omitted.user_id,
    ]);
    await owner.query(
      `INSERT INTO obligations (institution_id, person_id, kind, period_key, trigger_date, window_start, due_date, state, basis)
       VALUES ($1, $2, 'MODIFICACIÓN', '2025', '2025-12-31', '2026-05-01', '2026-05-31', 'OMISA', 'padrón')`,
      [B, person.rows[0].id],
    );
    expect(await catchUp.run(inB, { chunkUsers: 1 })).toEqual({ thresholdVersion: 1, people: 2, scored: 2, deferred: false });
    const after = await scores(B, 1);
    expect(after.has(loaded)).toBe(true);
    // The omission shows on the person's latest filing (rule 8), where it did not before.
    expect(before.get(omitted.id)!.codes).not.toContain('DECLARACION_OMITIDA');
    expect(after.get(omitted.id)!.codes).toContain('DECLARACION_OMITIDA');
    expect([...before].filter(([id, s]) => id !== omitted.id && after.get(id)!.at !== s.at)).toEqual([]);
    expect(await catchUp.run(inB)).toMatchObject({ people: 0 });

    // While a batch run of the current version goes on, it leaves everything to the run. (Version 2 was
    // saved before the sale share was a threshold: it reads as the figure then fixed, now the default.)
    const { ventaSaldosProporcion: _older, ...savedBefore } = DEFAULT_THRESHOLDS;
    await owner.query(`INSERT INTO integrity_threshold_versions (institution_id, version, thresholds) VALUES ($1, 2, $2)`, [B, JSON.stringify(savedBefore)]);
    await owner.query(`INSERT INTO integrity_rescore_runs (institution_id, threshold_version, state, total) VALUES ($1, 2, 'EN_CURSO', 8)`, [B]);
    expect(await catchUp.run(inB)).toEqual({ thresholdVersion: 2, people: 0, scored: 0, deferred: true });
  });

  it('two workers on one run (a stalled job picked up twice) score each filing once between them', async () => {
    const [run] = await runOf(B, 2);
    const rescore = module.get(RescoreService);
    const outcomes = await Promise.all([1, 2].map(() => rescore.run(run.id, (fn) => db.inTenant(B, fn), { chunkUsers: 2 })));
    expect(outcomes.reduce((sum, o) => sum + o.scored, 0)).toBe(8);
    const [done] = await runOf(B, 2);
    expect({ state: done.state, done: done.done }).toEqual({ state: 'TERMINADA', done: 8 });
    expect((await scores(B, 2)).size).toBe(8);
    expect((await db.inTenant(B, () => thresholds().current())).thresholds).toEqual(DEFAULT_THRESHOLDS);
  });
});
