import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FilingView } from '@veraz/contracts';
import { generateSelfSignedP12 } from '@veraz/signing';
import { runCli } from '@veraz/testing';
import { DeclarationsApi, LEVEL, type Filer } from '../declarations/helpers';
import { bearer, login, seedWorld } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait';
import { binary } from './verification-helpers';

const TRIAL = 'Sello de prueba: la institución aún no registra su certificado oficial';

describe('verification says when an acuse was sealed with the trial certificate', () => {
  let t: TestApp;
  let api: DeclarationsApi;
  let tmp: string;

  async function fileAndFetchAcuse(key: string): Promise<{ filing: FilingView; acuse: Buffer }> {
    const filer: Filer = await api.filer(key, LEVEL.simplificada);
    const { filing } = await api.file(filer, 'inicial-simplificada');
    const acuse = await waitFor(
      async () => {
        const res = await t.http().get(`/api/filings/${filing.id}/documents/acuse`).set(bearer(filer.token)).buffer(true).parse(binary);
        return res.status === 200 ? (res.body as Buffer) : undefined;
      },
      'the acuse',
      30_000,
    );
    return { filing, acuse };
  }
  const byFolio = (folio: string) => t.http().get(`/verificar/${folio}`).set('Accept', 'application/json').expect(200);
  const upload = (content: Buffer, accept = 'application/json') =>
    t.http().post('/verificar').set('Accept', accept).attach('archivo', content, { filename: 'acuse.pdf', contentType: 'application/pdf' }).expect(200);

  beforeAll(async () => {
    t = await startTestApp();
    const world = await seedWorld(t);
    api = new DeclarationsApi(t, (await login(t, world.adminA.email)).token);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-sello-'));
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('marks acuses sealed before the real P12 was imported, and not those sealed after', async () => {
    const before = await fileAndFetchAcuse('antes.del.sello');
    expect((await byFolio(before.filing.folio)).body.selloDePrueba).toBe(true);

    const passphrase = 'frase del sello oficial';
    const { p12 } = generateSelfSignedP12({ commonName: 'Sello Oficial Alfa', organization: 'Institución Alfa', years: 3, passphrase });
    const file = path.join(tmp, 'oficial.p12');
    fs.writeFileSync(file, p12);
    const env = {
      ...t.database.env,
      REDIS_URL: process.env.REDIS_URL,
      VERAZ_DATA_DIR: fs.mkdtempSync(path.join(tmp, 'cli-')),
      VERAZ_SECRET_KEY: t.config.secretKey,
      QUEUE_PREFIX: `vsello${process.pid}`,
      SELLO_PASS: passphrase,
    };
    const imported = await runCli(['institution', 'cert', '--slug', 'alfa', '--p12', file, '--passphrase-env', 'SELLO_PASS'], env);
    expect([imported.code, imported.stderr]).toEqual([0, '']);

    const after = await fileAndFetchAcuse('despues.del.sello');
    const folio = await byFolio(after.filing.folio);
    expect(folio.body.selloDePrueba).toBe(false);
    const uploaded = await upload(after.acuse);
    expect(uploaded.body).toMatchObject({ firmaValida: true, registrado: true, firmante: 'Sello Oficial Alfa', selloDePrueba: false });
    expect(uploaded.body.explicacion).not.toContain(TRIAL);
    const page = await upload(after.acuse, 'text/html');
    expect(page.text).toContain('Certificado oficial registrado por la institución');
    expect(page.text).not.toContain(TRIAL);

    // The older acuse keeps saying it was a trial seal, by folio and as a file.
    expect((await byFolio(before.filing.folio)).body.selloDePrueba).toBe(true);
    const old = await upload(before.acuse);
    expect(old.body).toMatchObject({ firmaValida: true, registrado: true, selloDePrueba: true });
    expect(old.body.explicacion).toContain(TRIAL);
    const oldPage = await t.http().get(`/verificar/${before.filing.folio}`).set('Accept', 'text/html').expect(200);
    expect(oldPage.text).toContain(TRIAL);
  });
});
