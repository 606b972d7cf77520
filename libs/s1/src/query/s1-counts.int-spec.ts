import fs from 'node:fs';
import path from 'node:path';
import { Test, type TestingModule } from '@nestjs/testing';
import { ClsModule } from 'nestjs-cls';
import { Client } from 'pg';
import { VerazConfigModule } from '@veraz/config';
import { DatabaseModule } from '@veraz/db';
import { createTestDatabase, testConfig, type TestDatabase } from '@veraz/testing';
import { TenancyModule, UnitOfWork } from '@veraz/tenancy';
import { PublicationModule } from '../publication/publication.module';
import { PublicationService } from '../publication/publication.service';
import { searchText } from '../publication/search-text';
import { S1QueryRepository } from './s1-query.repository';
import { S1QueryService } from './s1-query.service';

const A = '0a000000-0000-4000-8000-00000000000a';
const B = '0b000000-0000-4000-8000-00000000000b';
const FIXTURE = path.resolve(__dirname, '../../../standards/test/fixtures/inicial-completa.json');

/** What a declaration publishes that the filters read: the oracle keeps it next to what the product stores. */
interface Facts {
  nombre: string;
  primerApellido: string;
  segundoApellido: string;
  ente: string;
  entidad: string;
  municipio: string;
  orden: string;
  escolaridad: string;
  income: number;
  /** valorAdquisicion of each public inmueble. */
  va: number[];
}

const NOMBRES = ['María José', 'José Luis', 'Juan', 'Ana María', 'Luis Ángel', 'Mariana'];
const APELLIDOS = ['Hernández', 'García', 'Muñoz', 'López'];
const ENTES = ['Secretaría de Finanzas', 'Secretaría de Educación', 'Instituto de Pensiones', 'Congreso del Estado'];
const ENTIDADES = ['14', '09', '15'];
// Amounts around a bucket's edges (a bucket spans 1 %): 100 000 and 100 500 share one, 101 000 does not.
const INCOMES = [0, 0.5, 1, 99_999, 100_000, 100_500, 100_999.99, 101_000, 250_000, 1_000_000, 1_000_001, 7_500_000];
// None, one, equal, far apart (a range between them matches none), three, two in one bucket.
const VALUES = [[], [500_000], [2_380_000], [500_000, 500_000], [300_000, 3_000_000], [300_000, 1_200_000, 9_000_000], [1_000_000, 1_005_000], []];

function factsOf(i: number): Facts {
  return {
    nombre: NOMBRES[i % NOMBRES.length]!,
    primerApellido: APELLIDOS[(i >> 1) % APELLIDOS.length]!,
    segundoApellido: APELLIDOS[(i >> 2) % APELLIDOS.length]!,
    ente: ENTES[i % 3 === 0 ? 0 : i % ENTES.length]!,
    entidad: ENTIDADES[i % 2 === 0 ? 0 : (i >> 2) % ENTIDADES.length]!,
    municipio: i % 5 === 0 ? '001' : '039',
    orden: i % 7 === 0 ? 'FEDERAL' : 'ESTATAL',
    escolaridad: i % 4 === 0 ? 'MAES' : 'LIC',
    income: INCOMES[(i * 7) % INCOMES.length]!,
    va: VALUES[(i * 3) % VALUES.length]!,
  };
}

/** The PDN's range: `{min: N > 0, max: 0}` means at least N (S1-NOTES a.4). */
function within(v: number, r: { min: number | null; max: number | null }): boolean {
  return (r.min === null || v >= r.min) && (r.max === null || (r.max === 0 && (r.min ?? 0) > 0) || v <= r.max);
}

/** The full S1 item of the fixture with these facts in place of its own. */
function itemOf(s1Id: string, f: Facts): Record<string, unknown> {
  const item = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));
  item.id = s1Id;
  const sp = item.declaracion.situacionPatrimonial;
  sp.datosGenerales.nombre = f.nombre;
  sp.datosGenerales.primerApellido = f.primerApellido;
  sp.datosGenerales.segundoApellido = f.segundoApellido;
  const empleo = sp.datosEmpleoCargoComision;
  empleo.nombreEntePublico = f.ente;
  empleo.nivelOrdenGobierno = f.orden;
  empleo.domicilioMexico.entidadFederativa.clave = f.entidad;
  empleo.domicilioMexico.municipioAlcaldia.clave = f.municipio;
  sp.datosCurricularesDeclarante.escolaridad[0].nivel.clave = f.escolaridad;
  sp.ingresos.ingresoMensualNetoDeclarante.valor = f.income;
  // The fixture's only public inmueble (the declarant's own), once per value.
  const own = sp.bienesInmuebles.bienInmueble[1];
  sp.bienesInmuebles.bienInmueble = f.va.map((valor) => ({ ...own, valorAdquisicion: { ...own.valorAdquisicion, valor } }));
  sp.bienesInmuebles.ninguno = f.va.length === 0;
  return item;
}

/**
 * totalRows of one-condition and name searches comes from s1_search_counts (migrations 1764754000000 and 1764758000000), not from
 * counting the matches. These searches are compared with an oracle kept here from what was
 * published, through publication, correction and reservation, per institution and platform-wide.
 */
describe('S1 totalRows from precomputed counts', () => {
  let database: TestDatabase;
  let module: TestingModule;
  let uow: UnitOfWork;
  let owner: Client;
  const published = new Map<string, { institution: string; facts: Facts }>();
  const filingOf = new Map<string, string>();

  const searches: Array<{ label: string; body: Record<string, unknown>; matches: (f: Facts) => boolean }> = [
    ...['maria', 'jose', 'luis angel', 'an', 'zz'].map((v) => ({ label: `nombres ${v}`, body: { query: { nombres: v } }, matches: (f: Facts) => searchText(f.nombre).includes(v) })),
    { label: 'primerApellido muñoz', body: { query: { primerApellido: 'Muñoz' } }, matches: (f) => searchText(f.primerApellido).includes('munoz') },
    // Several name conditions: the full-name counts (migration 1764758000000), each part matched alone.
    ...[
      { nombres: 'maria', primerApellido: 'garcia' },
      { nombres: 'Luis', primerApellido: 'Muñoz' },
      { nombres: 'jose', primerApellido: 'hernandez', segundoApellido: 'lopez' },
      { nombres: 'an', segundoApellido: 'garcia' },
      { primerApellido: 'z', segundoApellido: 'a' },
      { nombres: 'juan', primerApellido: 'juan' },
    ].map((q) => ({
      label: `nombre completo ${JSON.stringify(q)}`,
      body: { query: q },
      matches: (f: Facts) =>
        ([['nombres', f.nombre], ['primerApellido', f.primerApellido], ['segundoApellido', f.segundoApellido]] as const).every(
          ([key, value]) => !(key in q) || searchText(value).includes(searchText((q as Record<string, string>)[key]!)),
        ),
    })),
    { label: 'ente secretaria', body: { query: { datosEmpleoCargoComision: { nombreEntePublico: 'Secretaría' } } }, matches: (f) => searchText(f.ente).includes('secretaria') },
    ...ENTIDADES.map((e) => ({ label: `entidad ${e}`, body: { query: { datosEmpleoCargoComision: { entidadFederativa: e } } }, matches: (f: Facts) => f.entidad === e })),
    { label: 'municipio 1', body: { query: { datosEmpleoCargoComision: { municipioAlcaldia: 1 } } }, matches: (f) => f.municipio === '001' },
    { label: 'orden federal', body: { query: { datosEmpleoCargoComision: { nivelOrdenGobierno: 'federal' } } }, matches: (f) => f.orden === 'FEDERAL' },
    { label: 'escolaridad MAES', body: { query: { escolaridadNivel: 'MAES' } }, matches: (f) => f.escolaridad === 'MAES' },
    ...[
      { min: 100_000, max: 100_999.99 },
      { min: 100_000, max: 100_500 },
      { min: 100_500, max: 100_500 },
      { min: 100_001, max: 1_000_000 },
      { min: 1, max: 100_000 },
      { min: 0, max: 0.5 },
      { min: null, max: 101_000 },
      { min: 100_500, max: null },
      { min: 250_000, max: 0 }, // the PDN's "at least"
      { min: 1_000_000, max: 250_000 },
    ].map((r) => ({ label: `ingresos ${r.min}–${r.max}`, body: { query: { totalIngresosNetos: r } }, matches: (f: Facts) => within(f.income, r) })),
    ...[
      { min: 1_000_000, max: 2_500_000 },
      { min: 500_000, max: 500_000 },
      { min: 1_000_000, max: 1_004_000 },
      { min: 1_001_000, max: 1_004_000 },
      { min: 400_000, max: 1_100_000 },
      { min: null, max: 400_000 },
      { min: 1_100_000, max: null },
      { min: 1_000_000, max: 0 },
      { min: 3_000_000, max: 1_000_000 },
    ].map((r) => ({ label: `valor de inmuebles ${r.min}–${r.max}`, body: { query: { bienesInmuebles: { valorAdquisicion: r } } }, matches: (f: Facts) => f.va.some((v) => within(v, r)) })),
  ];

  async function totals(scope: 'A' | 'B' | 'shared'): Promise<Record<string, number>> {
    const service = module.get(S1QueryService);
    const out: Record<string, number> = {};
    for (const s of searches) {
      const body = { page: 1, pageSize: 1, ...s.body };
      const page =
        scope === 'shared'
          ? await uow.inPublic(() => service.search({ kind: 'shared' }, body))
          : await uow.inTenant(scope === 'A' ? A : B, () => service.search({ kind: 'institution', institutionId: scope === 'A' ? A : B }, body));
      out[s.label] = page.pagination.totalRows;
    }
    return out;
  }

  function expected(scope: 'A' | 'B' | 'shared'): Record<string, number> {
    const rows = [...published.values()].filter((p) => scope === 'shared' || p.institution === (scope === 'A' ? A : B));
    return Object.fromEntries(searches.map((s) => [s.label, rows.filter((p) => s.matches(p.facts)).length]));
  }

  async function publish(institution: string, s1Id: string, facts: Facts, opts: { firstVersion: boolean; reserved?: boolean }): Promise<void> {
    const publication = module.get(PublicationService);
    await uow.inTenant(institution, () =>
      publication.sync({ filingId: filingOf.get(institution)!, s1Id, filedAt: new Date('2024-05-20T17:00:00Z'), tipo: 'INICIAL', reserved: !!opts.reserved, document: itemOf(s1Id, facts), firstVersion: opts.firstVersion }),
    );
    if (opts.reserved) published.delete(s1Id);
    else published.set(s1Id, { institution, facts });
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    owner = new Client({ connectionString: database.url });
    await owner.connect();
    await owner.query(`INSERT INTO institutions (id, slug, name, s1_shared) VALUES ($1, 'alfa', 'Alfa', true), ($2, 'beta', 'Beta', true)`, [A, B]);
    const user = (await owner.query(`INSERT INTO users (email, password_hash, nombre, primer_apellido) VALUES ('x@prueba.mx', 'x', 'X', 'X') RETURNING id`)).rows[0].id;
    // One filing row stands behind the publications of each institution: the counts read publications only.
    for (const inst of [A, B]) {
      const decl = (await owner.query(`INSERT INTO declarations (institution_id, user_id, tipo, declaracion_completa, period_key, status) VALUES ($1, $2, 'INICIAL', true, 'x', 'PRESENTADA') RETURNING id`, [inst, user])).rows[0].id;
      const filing = await owner.query(
        `INSERT INTO filings (institution_id, declaration_id, user_id, s1_id, folio, folio_year, folio_seq, tipo, declaracion_completa, actualizacion_conflicto_interes, filed_at, document, canonical_json, sha256, nombres, primer_apellido)
         VALUES ($1, $2, $3, repeat($4, 24), 'F-1', 2024, 1, 'INICIAL', true, false, now(), '{}', '{}', repeat('0', 64), 'x', 'x') RETURNING id`,
        [inst, decl, user, inst === A ? 'a' : 'b'],
      );
      filingOf.set(inst, filing.rows[0].id);
    }
    module = await Test.createTestingModule({
      imports: [VerazConfigModule.forRoot(testConfig(database.appUrl)), ClsModule.forRoot({ global: true }), DatabaseModule.forRoot({ url: database.appUrl, entities: [] }), TenancyModule, PublicationModule],
      providers: [S1QueryRepository, S1QueryService],
    }).compile();
    uow = module.get(UnitOfWork);
  });

  afterAll(async () => {
    await module?.close();
    await owner?.end();
    await database?.drop();
  });

  const id = (n: number) => n.toString(16).padStart(24, '0');

  it('are exact after publication, in each institution and platform-wide', async () => {
    for (let i = 0; i < 48; i++) await publish(A, id(i + 1), factsOf(i), { firstVersion: true });
    // Beta holds the same values: none of them may count for Alfa.
    for (let i = 0; i < 12; i++) await publish(B, id(1000 + i), factsOf(i * 5), { firstVersion: true });
    const a = await totals('A');
    expect(a).toEqual(expected('A'));
    // The searches are not trivial: most match some rows and not all of them.
    expect(Object.values(a).filter((n) => n > 0 && n < 48).length).toBeGreaterThan(searches.length / 2);
    expect(await totals('B')).toEqual(expected('B'));
    expect(await totals('shared')).toEqual(expected('shared'));
  });

  it('stay exact after corrections and reservations', async () => {
    // A correction changes every counted field; another changes nothing the filters read.
    for (let i = 0; i < 10; i++) await publish(A, id(i + 1), factsOf(i + 17), { firstVersion: false });
    await publish(A, id(20), factsOf(19), { firstVersion: false });
    // Reserved by the Comité: withdrawn from publication.
    for (const n of [3, 11, 25, 30, 47]) await publish(A, id(n), factsOf(n - 1), { firstVersion: false, reserved: true });
    await publish(B, id(1003), factsOf(15), { firstVersion: false, reserved: true });
    expect(await totals('A')).toEqual(expected('A'));
    expect(await totals('B')).toEqual(expected('B'));
    expect(await totals('shared')).toEqual(expected('shared'));
    // And the counts agree with the rows themselves, value by value.
    const drift = await owner.query(
      `SELECT c.facet, c.value, c.n, (SELECT count(*) FROM s1_search_keys k WHERE k.institution_id = c.institution_id AND k.entidad_federativa = c.value) AS rows
         FROM s1_search_counts c WHERE c.facet = 'entidad_federativa' AND c.n <> (SELECT count(*) FROM s1_search_keys k WHERE k.institution_id = c.institution_id AND k.entidad_federativa = c.value)`,
    );
    expect(drift.rows).toEqual([]);
  });

  it('page exactly the rows they count for name searches (names looked up, or checked row by row when broad)', async () => {
    const service = module.get(S1QueryService);
    for (const s of searches.filter((x) => x.label.startsWith('nombre'))) {
      const page = await uow.inTenant(A, () => service.search({ kind: 'institution', institutionId: A }, { page: 1, pageSize: 200, ...s.body }));
      const ids = page.results.map((d) => (JSON.parse(String(d)) as { id: string }).id).sort();
      const expectedIds = [...published].filter(([, p]) => p.institution === A && s.matches(p.facts)).map(([id]) => id).sort();
      expect({ search: s.label, ids }).toEqual({ search: s.label, ids: expectedIds });
    }
  });

  it('are readable by the app but not writable', async () => {
    const app = new Client({ connectionString: database.appUrl });
    await app.connect();
    try {
      expect(Number((await app.query(`SELECT count(*) AS n FROM s1_search_counts WHERE institution_id = $1`, [A])).rows[0].n)).toBeGreaterThan(0);
      await expect(app.query(`UPDATE s1_search_counts SET n = n + 1 WHERE institution_id = $1`, [A])).rejects.toThrow(/permission denied/);
      await expect(app.query(`INSERT INTO s1_search_counts (institution_id, facet, value, n) VALUES ($1, 'entidad_federativa', '99', 5)`, [A])).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
    }
  });
});
