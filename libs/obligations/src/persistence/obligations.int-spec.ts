import { Test, type TestingModule } from '@nestjs/testing';
import { ClsModule } from 'nestjs-cls';
import { Client } from 'pg';
import { VerazConfigModule } from '@veraz/config';
import { DatabaseModule } from '@veraz/db';
import { createTestDatabase, testConfig, type TestDatabase } from '@veraz/testing';
import { UnitOfWork } from '@veraz/tenancy';
import { ObligationsModule } from '../obligations.module';
import { ObligationsService } from './obligations.service';

const A = '0a000000-0000-4000-8000-00000000000a';
const B = '0b000000-0000-4000-8000-00000000000b';
const C = '0c000000-0000-4000-8000-00000000000c';
const CURP = (n: number) => `PEGA8001${String(n).padStart(2, '0')}HDFRRN0${n % 10}`;

describe('obligations persisted from the roster and the filings', () => {
  let database: TestDatabase;
  let module: TestingModule;
  let db: UnitOfWork;
  let service: ObligationsService;
  let owner: Client;
  let seq = 0;

  async function person(institutionId: string, curp: string, events: [string, string][], userId: string | null = null): Promise<string> {
    const { rows } = await owner.query(
      `INSERT INTO roster_people (institution_id, curp, nombres, primer_apellido, fecha_alta, user_id) VALUES ($1, $2, 'Ana', 'Pérez', $3, $4) RETURNING id`,
      [institutionId, curp, events[0][1], userId],
    );
    for (const [kind, date] of events) await event(institutionId, rows[0].id, kind, date);
    return rows[0].id;
  }
  async function event(institutionId: string, personId: string, kind: string, date: string): Promise<string> {
    const { rows } = await owner.query(`INSERT INTO roster_events (institution_id, person_id, kind, effective_date, source) VALUES ($1, $2, $3, $4, 'IMPORTACION') RETURNING id`, [institutionId, personId, kind, date]);
    return rows[0].id;
  }
  async function user(): Promise<string> {
    seq++;
    const { rows } = await owner.query(`INSERT INTO users (email, password_hash, nombre, primer_apellido) VALUES ($1, 'x', 'Ana', 'Pérez') RETURNING id`, [`ana${seq}@ejemplo.mx`]);
    return rows[0].id;
  }
  /** A filing at noon Mexico City time; `corrects` makes it the next version of that filing. */
  async function filing(institutionId: string, userId: string, tipo: string, day: string, opts: { anio?: number; corrects?: { id: string; s1Id: string } } = {}): Promise<{ id: string; s1Id: string }> {
    seq++;
    const s1Id = opts.corrects?.s1Id ?? seq.toString(16).padStart(24, '0');
    const declaration = await owner.query(
      `INSERT INTO declarations (institution_id, user_id, tipo, declaracion_completa, anio_reportado, period_key, status) VALUES ($1, $2, $3, true, $4, $5, 'PRESENTADA') RETURNING id`,
      [institutionId, userId, tipo, opts.anio ?? null, `${tipo}:${seq}`],
    );
    if (opts.corrects) await owner.query(`UPDATE filings SET is_latest = false WHERE id = $1`, [opts.corrects.id]);
    const { rows } = await owner.query(
      `INSERT INTO filings (institution_id, declaration_id, user_id, s1_id, version, supersedes_filing_id, nota_aclaratoria, folio, folio_year, folio_seq, tipo,
         declaracion_completa, actualizacion_conflicto_interes, filed_at, document, canonical_json, sha256, nombres, primer_apellido)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 2026, $9, $10, true, false, ($11::date + time '12:00') AT TIME ZONE 'America/Mexico_City', '{}', '{}', $12, 'Ana', 'Pérez') RETURNING id`,
      [institutionId, declaration.rows[0].id, userId, s1Id, opts.corrects ? 2 : 1, opts.corrects?.id ?? null, opts.corrects ? 'corrige un dato' : null, `F-${seq}`, seq, tipo, day, 'a'.repeat(64)],
    );
    return { id: rows[0].id, s1Id };
  }
  async function stored(institutionId: string, personId: string) {
    const { rows } = await owner.query(
      `SELECT kind, period_key, to_char(due_date, 'YYYY-MM-DD') AS due, state, met_by_filing_id, met_by_record_id, to_char(met_on, 'YYYY-MM-DD') AS met_on
         FROM obligations WHERE institution_id = $1 AND person_id = $2 ORDER BY due_date, kind`,
      [institutionId, personId],
    );
    return rows;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    owner = new Client({ connectionString: database.url });
    await owner.connect();
    await owner.query(
      `INSERT INTO institutions (id, slug, name, nivel_orden_gobierno) VALUES ($1, 'alfa', 'Alfa', 'FEDERAL'), ($2, 'beta', 'Beta', 'FEDERAL'), ($3, 'gama', 'Gama', 'ESTATAL')`,
      [A, B, C],
    );
    module = await Test.createTestingModule({
      imports: [
        VerazConfigModule.forRoot(testConfig(database.appUrl, { VERAZ_CLOCK: '2026-06-15T12:00:00-06:00' })),
        ClsModule.forRoot({ global: true }),
        DatabaseModule.forRoot({ url: database.appUrl, entities: [] }),
        ObligationsModule,
      ],
    }).compile();
    db = module.get(UnitOfWork);
    service = module.get(ObligationsService);
  });

  afterAll(async () => {
    await module.close();
    await owner.end();
    await database.drop();
  });

  it('a filing meets its obligation in time, a late one is extemporánea, a missing one omisa', async () => {
    const ana = await user();
    const luis = await user();
    const anaId = await person(A, CURP(1), [['ALTA', '2025-03-03']], ana);
    const luisId = await person(A, CURP(2), [['ALTA', '2025-03-03']], luis);
    await filing(A, ana, 'INICIAL', '2025-04-20');
    await filing(A, ana, 'MODIFICACIÓN', '2026-05-12', { anio: 2025 });
    await filing(A, luis, 'INICIAL', '2025-07-01');
    const summary = await db.inTenant(A, () => service.recompute([anaId, luisId]));
    expect(summary).toMatchObject({ people: 2, written: 4, deleted: 0, problems: [] });
    expect((await stored(A, anaId)).map((o) => `${o.kind} ${o.period_key} ${o.due} ${o.state} ${o.met_on}`)).toEqual([
      'INICIAL 2025-03-03 2025-05-02 PRESENTADA_EN_TIEMPO 2025-04-20',
      'MODIFICACIÓN 2025 2026-05-31 PRESENTADA_EN_TIEMPO 2026-05-12',
    ]);
    expect((await stored(A, luisId)).map((o) => `${o.kind} ${o.state}`)).toEqual(['INICIAL PRESENTADA_EXTEMPORANEA', 'MODIFICACIÓN OMISA']);
    // Nothing changed: a second run writes nothing.
    expect(await db.inTenant(A, () => service.recompute([anaId, luisId]))).toMatchObject({ written: 0, deleted: 0 });
  });

  it('a nota aclaratoria does not create a second meeting nor make the filing late', async () => {
    const eva = await user();
    const evaId = await person(A, CURP(3), [['ALTA', '2020-01-06'], ['BAJA', '2024-02-01'], ['REINGRESO', '2026-03-01']], eva);
    const first = await filing(A, eva, 'INICIAL', '2026-03-20');
    await filing(A, eva, 'INICIAL', '2026-06-10', { corrects: first });
    await db.inTenant(A, () => service.recomputeUsers([eva]));
    const inicial = (await stored(A, evaId)).filter((o) => o.kind === 'INICIAL');
    expect(inicial.map((o) => `${o.period_key} ${o.state} ${o.met_on}`)).toEqual(['2020-01-06 OMISA null', '2026-03-01 PRESENTADA_EN_TIEMPO 2026-03-20']);
    const latest = await owner.query(`SELECT id FROM filings WHERE s1_id = $1 AND is_latest`, [first.s1Id]);
    expect(inicial[1].met_by_filing_id).toBe(latest.rows[0].id);
  });

  it('a baja date corrected backwards moves the CONCLUSIÓN and the filing made keeps meeting it', async () => {
    const leo = await user();
    const leoId = await person(A, CURP(4), [['ALTA', '2026-01-05']], leo);
    const wrongBaja = await event(A, leoId, 'BAJA', '2026-05-20');
    await filing(A, leo, 'INICIAL', '2026-01-30');
    await filing(A, leo, 'CONCLUSIÓN', '2026-05-25');
    await db.inTenant(A, () => service.recompute([leoId]));
    expect((await stored(A, leoId)).map((o) => `${o.kind} ${o.period_key} ${o.state}`)).toEqual(['INICIAL 2026-01-05 PRESENTADA_EN_TIEMPO', 'CONCLUSIÓN 2026-05-20 PRESENTADA_EN_TIEMPO']);
    const corrected = await event(A, leoId, 'BAJA', '2026-05-31');
    await owner.query(`UPDATE roster_events SET superseded_by = $1 WHERE id = $2`, [corrected, wrongBaja]);
    expect(await db.inTenant(A, () => service.recompute([leoId]))).toMatchObject({ deleted: 1 });
    expect((await stored(A, leoId)).map((o) => `${o.kind} ${o.period_key} ${o.due} ${o.state}`)).toEqual([
      'INICIAL 2026-01-05 2026-03-06 PRESENTADA_EN_TIEMPO',
      'CONCLUSIÓN 2026-05-31 2026-07-30 PRESENTADA_EN_TIEMPO',
    ]);
  });

  it('contradictory roster data clears the person’s obligations and reports why', async () => {
    const id = await person(A, CURP(5), [['ALTA', '2025-01-06'], ['ALTA', '2025-02-01']]);
    const summary = await db.inTenant(A, () => service.recompute([id]));
    expect(summary.problems).toEqual([{ personId: id, problems: ['ALTA del 2025-02-01: la persona ya estaba en funciones.'] }]);
    expect(await stored(A, id)).toEqual([]);
  });

  describe('across institutions of the same orden de gobierno', () => {
    it('ending in Alfa and starting in Beta within 60 days: Beta owes an aviso and no INICIAL, Alfa no CONCLUSIÓN', async () => {
      const inA = await person(A, CURP(6), [['ALTA', '2019-02-01'], ['BAJA', '2026-03-01']]);
      const inB = await person(B, CURP(6), [['ALTA', '2026-04-20']]);
      await db.inTenant(B, () => service.recomputeInstitution());
      await db.inTenant(A, () => service.recompute([inA]));
      expect((await stored(B, inB)).map((o) => `${o.kind} ${o.period_key} ${o.due} ${o.state}`)).toEqual(['MODIFICACIÓN 2025 2026-05-31 OMISA', 'AVISO_CAMBIO_ENTE 2026-04-20 2026-06-19 PENDIENTE']);
      expect((await stored(A, inA)).map((o) => o.kind)).not.toContain('CONCLUSIÓN');
    });

    it('more than 60 days apart, or in another orden, the normal obligations apply', async () => {
      const inA = await person(A, CURP(7), [['ALTA', '2026-01-05'], ['BAJA', '2026-02-01']]);
      const inB = await person(B, CURP(7), [['ALTA', '2026-04-20']]);
      const inC = await person(C, CURP(6), [['ALTA', '2026-04-20']]);
      await db.inTenant(A, () => service.recompute([inA]));
      await db.inTenant(B, () => service.recompute([inB]));
      await db.inTenant(C, () => service.recompute([inC]));
      expect((await stored(A, inA)).map((o) => o.kind)).toEqual(['INICIAL', 'CONCLUSIÓN']);
      expect((await stored(B, inB)).map((o) => `${o.kind} ${o.period_key}`)).toEqual(['INICIAL 2026-04-20']);
      expect((await stored(C, inC)).map((o) => o.kind)).toEqual(['INICIAL']);
    });

    it('the lookup tells only kind and dates, only for CURPs on the caller’s roster, only of the same orden', async () => {
      const app = new Client({ connectionString: database.appUrl });
      await app.connect();
      const asTenant = async (institutionId: string, sql: string, params: unknown[]) => {
        await app.query('BEGIN');
        await app.query(`SELECT set_config('app.scope', 'tenant', true), set_config('app.institution_id', $1, true)`, [institutionId]);
        const { rows, fields } = await app.query(sql, params);
        await app.query('ROLLBACK');
        return { rows, columns: fields.map((f) => f.name) };
      };
      try {
        const seen = await asTenant(B, `SELECT * FROM roster_movements_elsewhere($1::text[])`, [[CURP(6), CURP(1)]]);
        expect(seen.columns).toEqual(['curp', 'kind', 'effective_date']);
        // CURP(1) is only in Alfa's roster: Beta cannot ask about it.
        expect(seen.rows.map((r) => `${r.curp} ${r.kind}`)).toEqual([`${CURP(6)} ALTA`, `${CURP(6)} BAJA`]);
        expect((await asTenant(C, `SELECT * FROM roster_movements_elsewhere($1::text[])`, [[CURP(6)]])).rows).toEqual([]);
        // The app role still sees no other tenant's roster rows directly.
        expect((await asTenant(B, `SELECT count(*)::int AS n FROM roster_people WHERE institution_id = $1`, [A])).rows[0].n).toBe(0);
        expect((await asTenant(B, `SELECT count(*)::int AS n FROM roster_events WHERE institution_id = $1`, [A])).rows[0].n).toBe(0);
      } finally {
        await app.end();
      }
    });
  });
});
