import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { makeTemporaryDataDir } from '@veraz/db';
import { type RunningServer, type TestDatabase } from '@veraz/testing';
import { jsonApi, screenshotPath, startWebStack, stopWebStack } from './browser';

interface DemoAccount {
  email: string;
  password: string;
  role: string;
}

const FX_FIXTURE = path.resolve(__dirname, '../../../libs/integrity/src/fx-rates/fixtures/sie-sf43718.csv');

/**
 * Integrity intelligence as its users meet it, on the demo seed (filings signed through the real
 * services and scored by the job that follows each signature): the reviewer's risk-ordered queue, a
 * flag's explanation and the person's evolution chart; the admin's thresholds and their re-score; the
 * filer's self-check before signing; the operator's exchange-rate import.
 */
describe('integrity intelligence in Chromium', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let base: string;
  let accounts: DemoAccount[];
  const dataDir = makeTemporaryDataDir('veraz-integrity-');
  const { api, login } = jsonApi(() => base);

  beforeAll(async () => {
    ({ database, server, browser, base } = await startWebStack(dataDir, 'integrity', { publicUrl: false }));
    accounts = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-accounts.json'), 'utf8')) as DemoAccount[];
  });

  afterAll(() => stopWebStack({ browser, server, database }, dataDir));

  const account = (role: string) => accounts.find((a) => a.role === role)!;

  async function signIn(role: string, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
    const { email, password } = account(role);
    const context = await browser.newContext({ locale: 'es-MX', viewport });
    const page = await context.newPage();
    await page.goto(`${base}/ingresar`);
    await page.getByLabel('Correo electrónico').fill(email);
    await page.getByLabel('Contraseña').fill(password);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.getByRole('heading', { level: 1, name: /^Hola, / }).waitFor();
    return { context, page };
  }

  /**
   * The list ordered by risk, reloaded until the scoring jobs have scored every filing on it (never a blind
   * sleep): each person's filings are scored by their own job, so the top row can be ready before the last.
   */
  async function riskQueue(page: Page) {
    await page.goto(`${base}/institucion/declaraciones`);
    await page.getByLabel('Ordenar por').selectOption({ label: 'Mayor riesgo' });
    await page.waitForURL(/orden=riesgo/);
    for (let attempt = 0; ; attempt++) {
      await page.getByText(/Ordenadas de mayor a menor riesgo\./).waitFor();
      const risks = await page.locator('tbody tr td:last-child').allInnerTexts();
      const unscored = risks.filter((risk) => !/^\d+ puntos · (\d+ señal|sin señales)/.test(risk));
      if (risks.length > 0 && unscored.length === 0) break;
      if (attempt > 60) throw new Error(`filings never scored: ${unscored.map((r) => `«${r}»`).join(', ')}`);
      await page.waitForTimeout(1000);
      await page.reload();
    }
    return page.locator('tbody tr').first();
  }

  it('the reviewer opens the riskiest filing, reads a flag with its figures and sees the person’s evolution chart', async () => {
    const { context, page } = await signIn('REVISOR');
    try {
      const top = await riskQueue(page);
      const table = page.getByRole('table', { name: 'Declaraciones presentadas en la institución, de mayor a menor riesgo' });
      await table.waitFor();
      // The admin's complete filings carry the demo's flags; the declarante's simplified ones none.
      expect(await top.innerText()).toContain('José Ángel Muñoz Peña');
      expect(await top.locator('td').last().innerText()).toBe('35 puntos · 3 señales');
      expect(await page.locator('tbody tr').last().locator('td').last().innerText()).toBe('0 puntos · sin señales');
      await page.screenshot({ path: screenshotPath('integridad-cola-riesgo'), fullPage: true });
      const folio = await top.getByRole('link').first().innerText();
      await top.getByRole('link').first().click();

      // «Señales de riesgo»: the rule, its severity, the explanation with the figures, and where they come from.
      const panel = page.getByRole('region', { name: 'Señales de riesgo' });
      await panel.getByText('Puntaje: 35 puntos · 3 señales').waitFor({ timeout: 15_000 });
      expect(await panel.innerText()).toContain('Umbrales versión 1 (vigente)');
      const house = panel.locator('li.risk-flag').filter({ has: page.getByRole('heading', { level: 3, name: /Inmueble con construcción mayor al umbral/ }) });
      expect(await house.innerText()).toContain(`Folio ${folio}, bienes inmuebles, inmueble 1 (CASA): superficie de construcción de 310 m², mayor que el umbral de 300 m²`);
      const figures = await house.locator('dl').innerText();
      expect(figures).toMatch(/Superficie de construcción\s+310 m²/);
      expect(figures).toMatch(/Umbral\s+300 m²/);
      expect(await house.getByRole('link').first().innerText()).toMatch(new RegExp(`Folio ${folio} · .*inmuebles.* · registro 1`, 'i'));
      const loan = panel.locator('li.risk-flag').filter({ has: page.getByRole('heading', { level: 3, name: /Préstamo de una persona física/ }) });
      expect(await loan.innerText()).toContain('ERNESTO IBANEZ CORDOBA');
      expect(await loan.locator('dl').innerText()).toMatch(/Monto original\s+\$150,000/);
      await page.screenshot({ path: screenshotPath('integridad-declaracion'), fullPage: true });
      await panel.screenshot({ path: screenshotPath('integridad-senales') });
      const filingUrl = page.url();

      // The person's evolution: the chart drawn, and its table with the same figures.
      await panel.getByRole('link', { name: 'Ver la evolución patrimonial de José Ángel Muñoz Peña' }).click();
      await page.getByRole('heading', { level: 1, name: 'Evolución patrimonial de José Ángel Muñoz Peña' }).waitFor();
      // The menu still says where the reviewer is: under the institution's filings.
      const filingsLink = page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Declaraciones de la institución' });
      expect(await filingsLink.getAttribute('aria-current')).toBe('page');
      const canvas = page.locator('figure canvas');
      await canvas.waitFor();
      expect(await canvas.getAttribute('aria-label')).toContain('3 declaraciones, del 16 de enero de 2023 al 15 de octubre de 2024');
      await expect(inkedPixels(page)).resolves.toBeGreaterThan(2000);
      const rows = page.getByRole('table', { name: /Activos, adeudos, ingreso y patrimonio neto por declaración/ }).locator('tbody tr');
      expect(await rows.count()).toBe(3);
      const first = await rows.first().innerText();
      expect(first).toContain('$5,985,200');
      expect(first).toContain('$1,742,000');
      expect(first).toContain('$4,243,200');
      expect(first).toContain('Préstamo de una persona física');
      expect(await rows.last().innerText()).toContain('$4,914,300');
      await page.mouse.move(0, 0); // no hover left over from the click in the screenshots
      await page.screenshot({ path: screenshotPath('integridad-evolucion'), fullPage: true });
      await page.locator('figure').screenshot({ path: screenshotPath('integridad-grafica') });

      // The same two pages on a phone.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      await page.locator('figure canvas').waitFor();
      await expect(inkedPixels(page)).resolves.toBeGreaterThan(1000);
      await page.screenshot({ path: screenshotPath('integridad-evolucion-movil'), fullPage: true });
      await page.locator('figure').screenshot({ path: screenshotPath('integridad-grafica-movil') });
      await page.goto(filingUrl);
      await page.getByRole('region', { name: 'Señales de riesgo' }).getByText('Puntaje: 35 puntos · 3 señales').waitFor({ timeout: 15_000 });
      await page.getByRole('region', { name: 'Señales de riesgo' }).screenshot({ path: screenshotPath('integridad-senales-movil') });
    } finally {
      await context.close();
    }
  }, 180_000);

  it('the admin raises a threshold: «Versión 2 guardada», the re-score reaches its end, and the filing drops that flag', async () => {
    const { context, page } = await signIn('ADMIN_INSTITUCION');
    try {
      await page.goto(`${base}/institucion/umbrales`);
      await page.getByRole('heading', { level: 2, name: 'Versión 1 (vigente)' }).waitFor();
      const field = page.getByLabel('Superficie de construcción (m²)');
      expect(await field.inputValue()).toBe('300');
      await field.fill('350');
      await page.getByRole('button', { name: 'Guardar umbrales' }).click();
      await page.getByText(/^Versión 2 guardada\./).waitFor();
      const progress = page.getByTestId('recalculo');
      await progress.getByText('Todas las declaraciones tienen ya su puntaje con la versión 2.').waitFor({ timeout: 60_000 });
      expect(await progress.getByRole('progressbar').evaluate((bar: HTMLProgressElement) => bar.value)).toBe(100);
      await page.getByRole('heading', { level: 2, name: 'Versión 2 (vigente)' }).waitFor();
      await page.screenshot({ path: screenshotPath('integridad-umbrales'), fullPage: true });
    } finally {
      await context.close();
    }

    // The reviewer now reads the version 2 score, without the 310 m² house; version 1 stays readable.
    const reviewer = await signIn('REVISOR');
    try {
      const top = await riskQueue(reviewer.page);
      expect(await top.locator('td').last().innerText()).toBe('30 puntos · 2 señales');
      await top.getByRole('link').first().click();
      const panel = reviewer.page.getByRole('region', { name: 'Señales de riesgo' });
      await panel.getByText('Umbrales versión 2 (vigente)').waitFor({ timeout: 15_000 });
      expect(await panel.getByRole('heading', { level: 3, name: /Inmueble con construcción mayor al umbral/ }).count()).toBe(0);
      await panel.getByText('Evaluaciones anteriores (1)').click();
      expect(await panel.locator('.risk-history').innerText()).toContain('Umbrales versión 1: 35 puntos, 3 señales');
    } finally {
      await reviewer.context.close();
    }
  }, 180_000);

  it('the filer sees «Revisión de consistencia» on «Revisar y firmar», and can sign', async () => {
    const filer = account('DECLARANTE');
    const token = await login(filer.email, filer.password);
    // This year's MODIFICACIÓN, started from last year's; only the income is new, and its salary is the
    // monthly figure typed where the annual one goes (10,400 for the year), the slip the self-check is for.
    const draft = await api<{ id: string; sections: Array<{ name: string; version: number }> }>('POST', '/api/declarations', token, { tipo: 'MODIFICACIÓN', anioReportado: 2024 });
    const pesos = (valor: number) => ({ valor, moneda: 'MXN' });
    const ingresos = {
      remuneracionAnualCargoPublico: pesos(10_400),
      otrosIngresosAnualesTotal: pesos(1_300),
      actividadFinanciera: { remuneracionTotal: pesos(1_300), actividades: [{ remuneracion: pesos(1_300), tipoInstrumento: { clave: 'CAP', valor: 'CAPITAL' } }] },
      ingresoAnualNetoDeclarante: pesos(11_700),
      totalIngresosAnualesNetos: pesos(11_700),
    };
    const version = draft.sections.find((s) => s.name === 'ingresos')?.version ?? 0;
    await api('PUT', `/api/declarations/${draft.id}/sections/ingresos`, token, ingresos, { 'If-Match': `"${version}"` });
    const { context, page } = await signIn('DECLARANTE');
    try {
      await page.goto(`${base}/declaraciones/${draft.id}/revision`);
      await page.getByRole('heading', { level: 1, name: 'Revisar y firmar' }).waitFor();
      const check = page.getByRole('region', { name: 'Revisión de consistencia' });
      await check.getByText('Puedes firmar aunque haya avisos.').waitFor({ timeout: 15_000 });
      const hints = await check.innerText();
      expect(hints).toContain('Tu remuneración por el cargo público equivale a $867 al mes, menos de lo habitual.');
      expect(hints).not.toMatch(/riesgo|señal|puntaje|umbral/i);
      await check.getByRole('link', { name: /^Revisar Ingresos/ }).waitFor();
      await check.getByRole('link', { name: /^Escribir una aclaración en Ingresos/ }).waitFor();
      await page.screenshot({ path: screenshotPath('integridad-autorrevision'), fullPage: true });
      expect(await page.getByRole('button', { name: 'Firmar y presentar' }).isEnabled()).toBe(true);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('the operator imports Banco de México’s FIX series and sees the yearly rates', async () => {
    const { context, page } = await signIn('OPERADOR');
    try {
      await page.goto(`${base}/plataforma/tipos-de-cambio`);
      await page.getByRole('heading', { level: 1, name: 'Tipos de cambio' }).waitFor();
      await page.getByText('Aún no hay tipos de cambio.', { exact: false }).waitFor();
      await page.getByLabel('Archivo CSV').setInputFiles(FX_FIXTURE);
      await page.getByRole('button', { name: 'Importar tipos de cambio' }).click();
      await page.getByText(/^Se importaron \d+ tipos? de cambio anual/).waitFor();
      const loaded = page.getByRole('table', { name: /Un tipo de cambio por año y moneda/ });
      await loaded.waitFor();
      const text = await loaded.locator('tbody').innerText();
      expect(text).toMatch(/2024\s+USD\s+\d+\.\d{4}/);
      await page.screenshot({ path: screenshotPath('integridad-tipos-de-cambio'), fullPage: true });
    } finally {
      await context.close();
    }
  }, 120_000);
});

/** Pixels of the chart's canvas that carry ink: a drawn chart, not an empty box. */
function inkedPixels(page: Page): Promise<number> {
  return page.locator('figure canvas').evaluate((canvas: HTMLCanvasElement) => {
    const { width, height } = canvas;
    const data = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
    return inked;
  });
}
