import type { AddressInfo } from 'node:net';
import { bearer, login, seedWorld, type World } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { DeclarationsApi, LEVEL, type Json } from '../declarations/helpers';
import { publishedOf, seedDataset, type Dataset } from './dataset';
import { PdnClient, type PdnProvider, type S1Page, type WireResponse } from './pdn-client';

/**
 * Stable S1 pages while the data changes (SCALING.md, «Páginas estables»): the PDN's bulk download
 * (bulk-generator: totalRows from {page:1,pageSize:1}, then every page of 200, no retries) runs while
 * the Comité reserves declarations on pages it has read and on pages it has not, declarants correct
 * theirs, reservations are lifted and a new declaration is filed. Everything goes through the
 * product's own HTTP routes; the expected sets come from the dataset's record, not the product's tables.
 */
describe('S1: a bulk scan while declarations are reserved, corrected and published', () => {
  let t: TestApp;
  let world: World;
  let ds: Dataset;
  let pdn: PdnClient;
  let alfa: PdnProvider;
  let admin: string;
  let api: DeclarationsApi;

  beforeAll(async () => {
    t = await startTestApp();
    world = await seedWorld(t);
    // About 1 100 published declarations in one institution: six pages of 200.
    ds = await seedDataset(t, world, { alfa: 700, beta: 3, gamma: 3 });
    await t.app.listen(0, '127.0.0.1');
    pdn = new PdnClient(`http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`);
    admin = (await login(t, world.adminA.email)).token;
    const res = await t.http().post('/api/s1-clients').set(bearer(admin)).send({ label: 'Plataforma Digital Nacional' }).expect(201);
    const { url, token_url, username, password, client_id, client_secret } = res.body;
    alfa = { supplier_id: 'alfa', url, token_url, username, password, client_id, client_secret, scope: '' };
    api = new DeclarationsApi(t, admin);
  }, 480_000);

  afterAll(async () => {
    pdn?.close();
    await t?.close();
  });

  const reserve = (filingId: string, reservada: boolean) =>
    t
      .http()
      .put(`/api/filings/${filingId}/reservation`)
      .set(bearer(admin))
      .send({ reservada, motivo: reservada ? 'Acuerdo del Comité de Transparencia CT-21/2026: riesgo a la seguridad' : 'El Comité revocó la reserva (acuerdo CT-22/2026)' })
      .expect(200);
  const latestFiling = (s1Id: string) => ds.byId.get(s1Id)!.versions.at(-1)!.filingId;
  const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

  /** Every page of a fresh scan at `pageSize`, as the website pages through a provider. */
  async function pages(pageSize: number): Promise<{ totalRows: number; bodies: S1Page[] }> {
    const first = await pdn.search(alfa, { page: 1, pageSize });
    const totalRows = ok(first).pagination.totalRows;
    const bodies = [first.body];
    for (let page = 2; page <= Math.ceil(totalRows / pageSize); page++) bodies.push(ok(await pdn.search(alfa, { page, pageSize })));
    return { totalRows, bodies };
  }

  it('returns every declaration that stayed public exactly once, and a scan after the changes returns exactly the public set', async () => {
    // Two declarants file through HTTP before the scan, to correct their declarations during it.
    const filers = [await api.filer('escaneo.corrige.uno', LEVEL.simplificada), await api.filer('escaneo.corrige.dos', LEVEL.simplificada)];
    const toCorrect = [];
    for (const filer of filers) toCorrect.push({ filer, filing: (await api.file(filer, 'inicial-simplificada')).filing as unknown as Json });

    // The order as a scan before any change sees it: every published declaration once, pages full.
    const initial = await pages(200);
    const order = initial.bodies.flatMap((b) => b.results.map((r) => r.id as string));
    const publicBefore = [...publishedOf(ds, ds.alfa).map((d) => d.s1Id), ...toCorrect.map((c) => c.filing.s1Id as string)];
    expect(initial.totalRows).toBe(publicBefore.length);
    expect(initial.totalRows).toBeGreaterThan(1000);
    expect([...order].sort()).toEqual([...publicBefore].sort());
    expect(initial.bodies.slice(0, -1).map((b) => b.results.length)).toEqual(initial.bodies.slice(0, -1).map(() => 200));

    // Reserved in the middle of the scan: rows of pages 1–2 (read when the change happens) and of pages 3–6 (not yet).
    const corrected = new Set(toCorrect.map((c) => c.filing.s1Id as string));
    const withdrawn = [5, 150, 199, 201, 390, 401, 650, 820, 999].map((i) => order[i]!).filter((id) => !corrected.has(id));
    // Reserved since before the scan, lifted during it: these become public (new to the scan).
    const lifted = ds.declarations.filter((d) => d.institution === ds.alfa && !d.public && d.versions.length === 1).slice(0, 4);
    expect(lifted).toHaveLength(4);
    let filedDuring: Json | null = null;

    const scan = await pdn.bulkDownload(alfa, {
      parallel: 2,
      between: async (batch) => {
        if (batch !== 0) return;
        for (const id of withdrawn) await reserve(latestFiling(id), true);
        for (const { filer, filing } of toCorrect) {
          const draft = await t.http().post(`/api/filings/${filing.id}/corrections`).set(bearer(filer.token)).expect(201);
          const generales = filing.document.declaracion.situacionPatrimonial.datosGenerales;
          await api.save(filer.token, draft.body.id, 'datosGenerales', { ...generales, segundoApellido: 'Corregido' }, 1);
          const version = await api.signed(filer.token, draft.body.id, { notaAclaratoria: 'Corrijo mi segundo apellido.' });
          expect(version.s1Id).toBe(filing.s1Id);
        }
        for (const d of lifted) await reserve(latestFiling(d.s1Id), false);
        filedDuring = (await api.file(await api.filer('escaneo.nueva', LEVEL.simplificada), 'inicial-simplificada')).filing as unknown as Json;
      },
    });
    expect(filedDuring).not.toBeNull();
    const added = [...lifted.map((d) => d.s1Id), filedDuring!.s1Id as string];

    // The PDN's view: every page answered with rows, no row twice, every row that stayed public present.
    expect(scan.totalRows).toBe(publicBefore.length);
    expect(scan.failedPages).toEqual([]);
    expect(scan.pages.map((p) => p.page)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const { response } of scan.pages) expect(response.body.results.length).toBeLessThanOrEqual(200);
    const ids = scan.rows.map((r) => r.id as string);
    expect(duplicates(ids)).toEqual([]);
    const stayed = publicBefore.filter((id) => !withdrawn.includes(id));
    expect(stayed.filter((id) => !ids.includes(id))).toEqual([]);
    // Nothing from elsewhere: a withdrawn row only if its page was read before the reservation.
    expect(ids.filter((id) => !publicBefore.includes(id) && !added.includes(id))).toEqual([]);
    // The rows withdrawn from pages not yet read were not served.
    expect(ids.filter((id) => withdrawn.includes(id) && order.indexOf(id) >= 400)).toEqual([]);

    // A scan that begins after the changes: exactly the public set, each once, totalRows exact.
    const publicAfter = [...stayed, ...added].sort();
    const after = await pdn.bulkDownload(alfa);
    expect(after.failedPages).toEqual([]);
    expect(after.totalRows).toBe(publicAfter.length);
    const afterIds = after.rows.map((r) => r.id as string);
    expect(duplicates(afterIds)).toEqual([]);
    expect([...afterIds].sort()).toEqual(publicAfter);
    // Corrections are served in their new version.
    for (const id of corrected) {
      expect(after.rows.filter((r) => r.id === id).map((r) => r.declaracion.situacionPatrimonial.datosGenerales.segundoApellido)).toEqual(['Corregido']);
    }

    // Withdrawals outnumber the new rows, so places stay free: the website's small pages still cover everything once.
    const small = await pages(10);
    expect(small.totalRows).toBe(publicAfter.length);
    const smallIds = small.bodies.flatMap((b) => b.results.map((r) => r.id as string));
    expect(duplicates(smallIds)).toEqual([]);
    expect([...smallIds].sort()).toEqual(publicAfter);
  }, 300_000);

  function ok(res: WireResponse<S1Page>): S1Page {
    expect([res.status, res.body?.code]).toEqual([200, undefined]);
    return res.body;
  }
});
