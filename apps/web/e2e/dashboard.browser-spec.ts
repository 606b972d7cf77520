import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import { makeTemporaryDataDir } from '@veraz/db';
import { insertObligation, insertRosterPerson, type RunningServer, type TestDatabase } from '@veraz/testing';
import { screenshotPath, startWebStack, stopWebStack } from './browser';

const AREAS = ['Dirección General de Administración y Finanzas', 'Unidad de Asuntos Jurídicos', 'Órgano Interno de Control', 'Dirección de Tecnologías de la Información'];

/**
 * The comptroller's dashboard in Chromium, over a roster written into the demo institution: the
 * numbers, the charts (looked at in the screenshots at 1280 and 390 px), the table fallback opened
 * from the keyboard, an export downloaded, and the export found in the bitácora by name.
 */
describe('dashboard in Chromium', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let base: string;
  let revisor: { email: string; password: string };
  const year = new Date().getFullYear();
  const dataDir = makeTemporaryDataDir('veraz-dashboard-');

  beforeAll(async () => {
    ({ database, server, browser, base } = await startWebStack(dataDir, 'dashboard'));
    const accounts: Array<{ email: string; password: string; role: string }> = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-accounts.json'), 'utf8'));
    revisor = accounts.find((a) => a.role === 'REVISOR')!;
    await seedRoster(database.url, revisor.email, year);
  });
  afterAll(() => stopWebStack({ browser, server, database }, dataDir));

  async function signIn(page: Page) {
    await page.goto(`${base}/ingresar`);
    await page.getByLabel('Correo electrónico').fill(revisor.email);
    await page.getByLabel('Contraseña').fill(revisor.password);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.getByRole('heading', { level: 1, name: /^Hola, / }).waitFor();
  }

  it('shows the counts, charts with their tables, and downloads the omisos', async () => {
    const context = await browser.newContext({ locale: 'es-MX', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    try {
      await signIn(page);
      await page.locator('nav').getByRole('link', { name: 'Tablero de cumplimiento' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Tablero de cumplimiento' }).waitFor();
      // 40 people: 20 modificaciones in time, 8 late, 12 omisas; 12 iniciales omisas in March.
      const totals = await page.getByRole('list', { name: 'Totales por estado' }).innerText();
      expect(totals.replace(/\s+/g, ' ')).toContain('24 Omisa 8 Presentada extemporánea 0 Pendiente 20 Presentada en tiempo');
      await page.getByText(`Declaraciones de modificación de mayo de ${year}`, { exact: false }).first().waitFor();
      expect(await page.getByRole('progressbar').getAttribute('value')).toBe('20');
      // Every chart drew on its canvas, labelled for screen readers.
      await page.waitForFunction(() => document.querySelectorAll('.chart-canvas canvas').length === 3);
      const labels = await page.locator('.chart-canvas canvas').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
      expect(labels[1]).toContain('Obligaciones por área de adscripción. 4 áreas; la de más omisos es');

      // The table fallback opens with the keyboard.
      const area = page.getByRole('figure', { name: 'Obligaciones por área de adscripción' });
      await area.getByText('Ver los datos en tabla').focus();
      await page.keyboard.press('Enter');
      const firstRow = area.getByRole('table').getByRole('row').nth(1);
      await firstRow.waitFor();
      expect((await firstRow.innerText()).replace(/\s+/g, ' ')).toBe(`${AREAS[3]} 0 5 2 6 13`);
      await page.screenshot({ path: screenshotPath('tablero-1280'), fullPage: true });

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar omisos en CSV' }).click()]);
      const today = await page.evaluate(() => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(new Date()));
      expect(download.suggestedFilename()).toBe(`omisos-${today}.csv`);
      const csv = fs.readFileSync((await download.path())!, 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const lines = csv.slice(1).trim().split('\n');
      expect(lines[0]).toBe('Nombre,CURP,Área de adscripción,Puesto,Obligación,Fecha límite,Fecha de presentación,Días de atraso,Requerimiento (folio),Requerimiento notificado,Requerimiento vence');
      expect(lines).toHaveLength(25);
      await page.getByText(`Descarga lista: omisos-${today}.csv.`).waitFor();

      // The export is in the bitácora, under the reviewer's name.
      await page.goto(`${base}/bitacora`);
      await page.getByLabel('Acción').selectOption({ label: 'Exportación de omisos, extemporáneos o requerimientos (CSV o Excel)' });
      await page.getByRole('button', { name: 'Filtrar' }).click();
      // The unfiltered list also starts with her export: wait for the filtered answer to replace it.
      await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1, undefined, { timeout: 30_000 });
      await page.locator('tbody tr').first().getByText('Lucía Ibarra Cabrera').waitFor();
      await page.screenshot({ path: screenshotPath('bitacora-filtrada-1280'), fullPage: true });
    } finally {
      await context.close();
    }
  }, 180_000);

  it('stays legible on a phone', async () => {
    const context = await browser.newContext({ locale: 'es-MX', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    try {
      await signIn(page);
      await page.goto(`${base}/institucion/tablero`);
      await page.waitForFunction(() => document.querySelectorAll('.chart-canvas canvas').length === 3);
      // No sideways scrolling of the page: charts fit the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: screenshotPath('tablero-390'), fullPage: true });
      await page.getByRole('figure', { name: 'Obligaciones por área de adscripción' }).screenshot({ path: screenshotPath('tablero-390-areas') });
    } finally {
      await context.close();
    }
  }, 180_000);
});

/** 40 people in four áreas of the demo institution, with this year's obligations. */
async function seedRoster(ownerUrl: string, revisorEmail: string, year: number): Promise<void> {
  const db = new Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    const { rows } = await db.query(`SELECT m.institution_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1`, [revisorEmail]);
    const institutionId = rows[0].institution_id as string;
    for (let i = 0; i < 40; i++) {
      const area = AREAS[i % 4]!;
      const personId = await insertRosterPerson(db, {
        institutionId, curp: `PRUE${String(800101 + i).padStart(6, '0')}HDFRRR${String(i).padStart(2, '0')}`, nombres: `Persona ${i + 1}`, primerApellido: 'Prueba', area, puesto: 'Analista',
      });
      // Per área of 10: 5 in time, 2 late, 3 omisas (modificación, due 31 May); the last 3 also owe their inicial.
      const k = Math.floor(i / 4);
      const state = k < 5 ? 'PRESENTADA_EN_TIEMPO' : k < 7 ? 'PRESENTADA_EXTEMPORANEA' : 'OMISA';
      const metOn = state === 'PRESENTADA_EN_TIEMPO' ? `${year}-05-15` : state === 'PRESENTADA_EXTEMPORANEA' ? `${year}-06-10` : null;
      await insertObligation(db, { institutionId, personId, kind: 'MODIFICACIÓN', periodKey: String(year - 1), dueDate: `${year}-05-31`, state, metOn });
      if (state === 'OMISA') await insertObligation(db, { institutionId, personId, kind: 'INICIAL', periodKey: `${year}-01-15`, dueDate: `${year}-03-16`, state: 'OMISA' });
    }
  } finally {
    await db.end();
  }
}
