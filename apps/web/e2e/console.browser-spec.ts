import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import { curpCheckDigit, rfcCheckDigit } from '@veraz/accounts';
import { makeTemporaryDataDir } from '@veraz/db';
import { createTestDatabase, freePort, linkToken, type RunningServer, startServer, type TestDatabase, waitForMail } from '@veraz/testing';
import { jsonApi, launchChromium, screenshotPath } from './browser';

type Json = Record<string, any>;

const FIXTURE = path.resolve(__dirname, '../../../libs/standards/test/fixtures/inicial-simplificada.json');
const PASSWORD = 'Declaro-con-verdad-2026';
const DAY = 86_400_000;
/** A calendar date (YYYY-MM-DD) in Mexico City, where legal deadlines are counted. */
const mexicoDate = (instant: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(instant);

const curp = (curp16: string) => `${curp16}0${curpCheckDigit(`${curp16}0`)}`;
const PEOPLE = [
  { curp: curp('SAVA880412MDFLLN'), nombres: 'Ana', primerApellido: 'Salas', segundoApellido: 'Vela', email: 'ana.salas@demo.gob.mx' },
  { curp: curp('TOBE850716HJCRNR'), nombres: 'Bernardo', primerApellido: 'Torres', segundoApellido: 'Beltrán', email: 'bernardo.torres@demo.gob.mx' },
  { curp: curp('UECA910228MNLRRM'), nombres: 'Carmen', primerApellido: 'Uribe', segundoApellido: 'Cano', email: 'carmen.uribe@demo.gob.mx' },
];

/**
 * The institution console end to end, as its people use it: the admin imports the roster, the
 * invitations go out, one official files, the comptroller's dashboard counts it, the deadline passes
 * (the server restarts with its deadline clock moved), the omisos export names the others, and a
 * requerimiento is generated that /verificar recognises as sealed.
 */
describe('institution console in Chromium: roster → invitations → filing → dashboard → omisos → requerimiento', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let base: string;
  let port: number;
  const dataDir = makeTemporaryDataDir('veraz-console-');
  const { api, login } = jsonApi(() => base);

  const start = async (extra: Record<string, string> = {}) => {
    server = await startServer({
      ...database.env,
      REDIS_URL: process.env.REDIS_URL,
      VERAZ_DATA_DIR: dataDir,
      PORT: String(port),
      QUEUE_PREFIX: `console${process.pid}`,
      PUBLIC_URL: base,
      ...extra,
    });
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    port = await freePort();
    base = `http://localhost:${port}`;
    await start();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function signIn(page: Page, email: string, password: string) {
    await page.goto(`${base}/ingresar`);
    await page.getByLabel('Correo electrónico').fill(email);
    await page.getByLabel('Contraseña').fill(password);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.getByRole('heading', { level: 1, name: /^Hola, / }).waitFor();
  }

  /** The dashboard's total for one state, read as the comptroller reads it. */
  async function stateTotal(page: Page, label: string): Promise<number> {
    const item = page.getByRole('list', { name: 'Totales por estado' }).getByRole('listitem').filter({ hasText: label });
    return Number((await item.locator('.stat-value').innerText()).replace(/\D/g, ''));
  }

  it('goes from an empty roster to sealed requerimientos for the officials who did not file', async () => {
    const accounts = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-accounts.json'), 'utf8')) as Array<{ email: string; password: string; role: string }>;
    const admin = accounts.find((a) => a.role === 'ADMIN_INSTITUCION')!;
    const revisor = accounts.find((a) => a.role === 'REVISOR')!;
    // They took office 16 days ago: each owes an INICIAL within 60 natural days.
    const alta = mexicoDate(new Date(Date.now() - 16 * DAY));
    const csv = [
      'CURP,Nombres,Primer apellido,Segundo apellido,Correo,Puesto,Área,Nivel,Fecha de alta,Motivo',
      ...PEOPLE.map((p) => `${p.curp},${p.nombres},${p.primerApellido},${p.segundoApellido},${p.email},Analista,Tesorería,simplificada,${alta},alta`),
    ].join('\n');

    const context = await browser.newContext({ locale: 'es-MX', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      // 1. The admin imports the roster: preview first, then apply.
      await signIn(page, admin.email, admin.password);
      await page.locator('nav').getByRole('link', { name: 'Padrón' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Padrón' }).waitFor();
      await page.getByLabel('Archivo CSV del padrón').setInputFiles({ name: 'padron.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      await page.getByRole('button', { name: 'Revisar archivo' }).click();
      await page.getByRole('heading', { name: 'Vista previa de padron.csv' }).waitFor();
      expect(await page.getByTestId('conteo-NUEVA').innerText()).toBe('3');
      await page.getByRole('button', { name: 'Aplicar 3 filas' }).click();
      await page.getByText(/Importación aplicada: 3 personas/).waitFor();
      await page.screenshot({ path: screenshotPath('consola-padron'), fullPage: true });

      // 2. The invitations go out, one per person, to the roster's e-mail.
      const adminToken = await login(admin.email, admin.password);
      let invitations: Array<{ id: string; email: string }> = [];
      for (let i = 0; i < 100 && invitations.length < PEOPLE.length; i++) {
        invitations = (await api<{ items: Array<{ id: string; email: string }> }>('GET', '/api/invitations?limit=200', adminToken)).items.filter((inv) => PEOPLE.some((p) => p.email === inv.email));
        if (invitations.length < PEOPLE.length) await new Promise((r) => setTimeout(r, 200));
      }
      expect(invitations.map((inv) => inv.email).sort()).toEqual(PEOPLE.map((p) => p.email).sort());
      const mails = await Promise.all(invitations.map((inv) => waitForMail(dataDir, inv.id, 60_000)));
      const ana = PEOPLE[0]!;
      const anaMail = mails[invitations.findIndex((inv) => inv.email === ana.email)]!;

      // The comptroller's dashboard before anyone files: nothing presented yet.
      const reviewerContext = await browser.newContext({ locale: 'es-MX', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
      const reviewer = await reviewerContext.newPage();
      await signIn(reviewer, revisor.email, revisor.password);
      await reviewer.locator('nav').getByRole('link', { name: 'Tablero de cumplimiento' }).first().click();
      await reviewer.getByRole('heading', { level: 1, name: 'Tablero de cumplimiento' }).waitFor();
      const onTimeBefore = await stateTotal(reviewer, 'Presentada en tiempo');
      const pendingBefore = await stateTotal(reviewer, 'Pendiente');
      expect(pendingBefore).toBeGreaterThanOrEqual(PEOPLE.length);

      // 3. Ana joins with her CURP and files her INICIAL.
      const filerContext = await browser.newContext({ locale: 'es-MX' });
      const filer = await filerContext.newPage();
      await filer.goto(`${base}/invitacion/${linkToken(anaMail, 'invitacion')}`);
      const rfc = ana.curp.slice(0, 10);
      await filer.locator('#registro-nombre').fill(ana.nombres);
      await filer.locator('#registro-primerApellido').fill(ana.primerApellido);
      await filer.locator('#registro-curp').fill(ana.curp);
      await filer.locator('#registro-rfc').fill(rfc);
      await filer.locator('#registro-homoclave').fill(`K2${rfcCheckDigit(`${rfc}K2`)}`);
      await filer.locator('#registro-password').fill(PASSWORD);
      await filer.locator('#registro-confirmation').fill(PASSWORD);
      await filer.getByRole('button', { name: 'Crear cuenta y aceptar' }).click();
      await filer.getByRole('heading', { level: 1, name: /^Hola, / }).waitFor({ timeout: 15_000 });
      // Her home page lists the INICIAL she owes, with its due date.
      await filer.getByText('Declaración inicial').first().waitFor();
      await filer.screenshot({ path: screenshotPath('consola-declarante-obligaciones'), fullPage: true });
      const token = await login(ana.email, PASSWORD);
      const reference = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as { declaracion: { situacionPatrimonial: Record<string, Json> } };
      const sections = reference.declaracion.situacionPatrimonial;
      const draft = await api<{ id: string; sections: Array<{ name: string; version: number }> }>('POST', '/api/declarations', token, { tipo: 'INICIAL', fechaTomaPosesion: alta });
      const versionOf = (name: string) => `"${draft.sections.find((s) => s.name === name)?.version ?? 0}"`;
      for (const [name, data] of Object.entries(sections)) {
        const body = name === 'datosEmpleoCargoComision' ? { ...data, fechaTomaPosesion: alta } : data;
        await api('PUT', `/api/declarations/${draft.id}/sections/${name}`, token, body, { 'If-Match': versionOf(name) });
      }
      await api('POST', `/api/declarations/${draft.id}/sign`, token, { password: PASSWORD, aceptaProtesta: true });
      await filerContext.close();

      // 4. The dashboard counts it (the filing recomputes her obligations in a job).
      let onTime = onTimeBefore;
      for (let i = 0; i < 60 && onTime === onTimeBefore; i++) {
        await new Promise((r) => setTimeout(r, 500));
        await reviewer.reload();
        await reviewer.getByRole('list', { name: 'Totales por estado' }).waitFor();
        onTime = await stateTotal(reviewer, 'Presentada en tiempo');
      }
      expect(onTime).toBe(onTimeBefore + 1);
      expect(await stateTotal(reviewer, 'Pendiente')).toBe(pendingBefore - 1);
      await reviewer.screenshot({ path: screenshotPath('consola-tablero-antes-del-plazo'), fullPage: true });
      await reviewerContext.close();

      // 5. The deadline passes: the server restarts with its deadline clock 61 days ahead.
      await server.stop();
      await start({ VERAZ_CLOCK: new Date(Date.now() + 61 * DAY).toISOString() });
      const later = await browser.newContext({ locale: 'es-MX', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
      const oic = await later.newPage();
      await signIn(oic, revisor.email, revisor.password);
      await oic.locator('nav').getByRole('link', { name: 'Tablero de cumplimiento' }).first().click();
      await oic.getByRole('heading', { level: 1, name: 'Tablero de cumplimiento' }).waitFor();
      expect(await stateTotal(oic, 'Omisa')).toBeGreaterThanOrEqual(2);
      await oic.screenshot({ path: screenshotPath('consola-tablero-vencido'), fullPage: true });
      const [download] = await Promise.all([oic.waitForEvent('download'), oic.getByRole('button', { name: 'Descargar omisos en CSV' }).click()]);
      const exported = path.join(dataDir, 'omisos.csv');
      await download.saveAs(exported);
      const rows = parse(fs.readFileSync(exported, 'utf8'), { bom: true, columns: true }) as Array<Record<string, string>>;
      // Only the two who did not file, each for their INICIAL.
      const ours = rows.map((r) => Object.values(r).join(' ')).filter((line) => PEOPLE.some((p) => line.includes(`${p.nombres} ${p.primerApellido}`)));
      expect(ours).toHaveLength(2);
      expect(ours.every((line) => line.includes('Declaración inicial'))).toBe(true);
      expect(ours.join('\n')).toContain('Bernardo Torres');
      expect(ours.join('\n')).toContain('Carmen Uribe');

      // 6. The requerimientos for the two omisos, one downloaded and verified as sealed.
      await oic.locator('nav').getByRole('link', { name: 'Requerimientos' }).first().click();
      await oic.getByRole('heading', { level: 1, name: 'Requerimientos' }).waitFor();
      // The list loads after the heading: wait for the two omisos before choosing them.
      for (const name of ['Bernardo Torres Beltrán', 'Carmen Uribe Cano']) await oic.getByLabel(`Seleccionar a ${name}`).check();
      expect(await oic.getByLabel('Seleccionar a Ana Salas Vela').count()).toBe(0);
      await oic.getByRole('button', { name: 'Generar requerimientos (2)' }).click();
      await oic.getByText('Se generaron 2 requerimientos.').waitFor({ timeout: 90_000 });
      const table = oic.getByRole('table', { name: 'Requerimientos, su notificación y su plazo' });
      const first = table.getByRole('rowheader').first();
      await first.waitFor();
      const folio = (await first.innerText()).trim();
      const [letter] = await Promise.all([oic.waitForEvent('download'), oic.getByRole('button', { name: `Descargar PDF de ${folio}` }).click()]);
      const file = path.join(dataDir, 'requerimiento.pdf');
      await letter.saveAs(file);
      const form = new FormData();
      form.append('archivo', new Blob([fs.readFileSync(file)], { type: 'application/pdf' }), 'requerimiento.pdf');
      const verified = await (await fetch(`${base}/verificar?formato=json`, { method: 'POST', body: form })).json();
      expect(verified).toMatchObject({ documento: 'REQUERIMIENTO', registrado: true, firmaValida: true, folio });
      await oic.screenshot({ path: screenshotPath('consola-requerimientos'), fullPage: true });
      await later.close();
    } finally {
      await context.close();
    }
  }, 600_000);
});
