import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { makeTemporaryDataDir } from '@veraz/db';
import { type RunningServer, type TestDatabase } from '@veraz/testing';
import { screenshotPath, startWebStack, stopWebStack } from './browser';

// axe-core's own bundle, evaluated in the page (the app's CSP forbids injecting a script tag).
const AXE_SOURCE: string = require('axe-core').source;

interface DemoAccount {
  email: string;
  password: string;
  role: string;
  nombre: string;
}

/** The web shell served by the real product: each demo person signs in and sees their roles. */
describe('web shell in Chromium', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let base: string;
  let accounts: DemoAccount[];
  const dataDir = makeTemporaryDataDir('veraz-web-');

  beforeAll(async () => {
    ({ database, server, browser, base } = await startWebStack(dataDir, 'web', { publicUrl: false }));
    accounts = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-accounts.json'), 'utf8'));
  });

  afterAll(() => stopWebStack({ browser, server, database }, dataDir));

  const expectations: Record<string, { roleText: string; links: string[] }> = {
    ADMIN_INSTITUCION: { roleText: 'Administrador de la institución', links: ['Mis declaraciones', 'Miembros', 'Invitaciones', 'Declaraciones de la institución', 'Tablero de cumplimiento', 'Bitácora'] },
    REVISOR: { roleText: 'Revisor (Órgano Interno de Control)', links: ['Declaraciones de la institución', 'Tablero de cumplimiento', 'Bitácora'] },
    DECLARANTE: { roleText: 'Declarante', links: ['Mis declaraciones'] },
    OPERADOR: { roleText: 'Operador de la plataforma', links: ['Instituciones'] },
  };

  it.each(['ADMIN_INSTITUCION', 'REVISOR', 'DECLARANTE', 'OPERADOR'])('%s signs in, keeps the session on reload and signs out', async (role) => {
    const account = accounts.find((a) => a.role === role)!;
    const context = await browser.newContext({ locale: 'es-MX' });
    const page = await context.newPage();
    try {
      await page.goto(`${base}/`);
      await page.waitForURL(/\/ingresar$/);
      expect(await page.getAttribute('html', 'lang')).toBe('es-MX');
      await page.getByLabel('Correo electrónico').fill(account.email);
      await page.getByLabel('Contraseña').fill(account.password);
      await page.getByRole('button', { name: 'Ingresar' }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(`^Hola, ${account.nombre}`) }).waitFor();
      const main = page.locator('main');
      expect(await main.innerText()).toContain(expectations[role].roleText);
      for (const link of expectations[role].links) await main.getByRole('link', { name: link, exact: false }).first().waitFor();
      await page.screenshot({ path: screenshotPath(`inicio-${role.toLowerCase()}`), fullPage: true });

      await page.reload();
      await page.getByRole('heading', { level: 1, name: /^Hola, / }).waitFor();

      await page.getByRole('button', { name: 'Cerrar sesión' }).click();
      await page.waitForURL(/\/ingresar$/);
      await page.getByText('Cerraste tu sesión.').waitFor();
      await page.goto(`${base}/`);
      await page.waitForURL(/\/ingresar$/);
    } finally {
      await context.close();
    }
  });

  it('shows the admin the institution’s members, and a wrong password in an error summary', async () => {
    const context = await browser.newContext({ locale: 'es-MX' });
    const page = await context.newPage();
    try {
      await page.goto(`${base}/ingresar`);
      await page.getByLabel('Correo electrónico').fill(accounts[0].email);
      await page.getByLabel('Contraseña').fill('no es la contraseña');
      await page.getByRole('button', { name: 'Ingresar' }).click();
      const alert = page.getByRole('alert');
      await alert.getByText('Correo o contraseña incorrectos.').waitFor();
      await page.getByLabel('Contraseña').fill(accounts[0].password);
      await page.getByRole('button', { name: 'Ingresar' }).click();
      await page.getByRole('heading', { level: 1, name: /^Hola, / }).waitFor();
      await page.goto(`${base}/miembros`);
      for (const a of accounts.filter((x) => x.role !== 'OPERADOR')) await page.getByText(a.email).waitFor();
      await page.screenshot({ path: screenshotPath('miembros'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('the reviewer finds a filing by name and downloads its public version; the admin reserves it; no serious accessibility violation', async () => {
    const signIn = async (role: string) => {
      const account = accounts.find((a) => a.role === role)!;
      const context = await browser.newContext({ locale: 'es-MX', acceptDownloads: true });
      const page = await context.newPage();
      await page.goto(`${base}/ingresar`);
      await page.getByLabel('Correo electrónico').fill(account.email);
      await page.getByLabel('Contraseña').fill(account.password);
      await page.getByRole('button', { name: 'Ingresar' }).click();
      await page.getByRole('heading', { level: 1, name: /^Hola, / }).waitFor();
      return { context, page };
    };
    const violations: string[] = [];
    const audit = async (page: import('playwright-core').Page, label: string) => {
      await page.evaluate(AXE_SOURCE);
      const found = (await page.evaluate(() => (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string }> }> } }).axe.run(document, { resultTypes: ['violations'] }))).violations;
      for (const v of found) if (v.impact === 'serious' || v.impact === 'critical') violations.push(`${label}: ${v.id} (${v.impact})`);
    };
    const reviewer = await signIn('REVISOR');
    let folio = '';
    try {
      const { page } = reviewer;
      await page.locator('main').getByRole('link', { name: 'Declaraciones de la institución' }).click();
      await page.getByRole('heading', { level: 1, name: 'Declaraciones de la institución' }).waitFor();
      // The demo filer is María Fernanda Ordóñez Núñez: found without accents or capitals.
      await page.getByRole('searchbox', { name: 'Buscar por folio, nombre, CURP o RFC' }).fill('ordonez nunez');
      await page.getByRole('button', { name: 'Buscar' }).click();
      await page.getByText(/coincide(n)? con «ordonez nunez»/).waitFor();
      const rows = page.locator('tbody tr');
      expect(await rows.count()).toBeGreaterThan(0);
      for (const text of await rows.allInnerTexts()) expect(text).toContain('María Fernanda Ordóñez Núñez');
      const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar estos resultados (CSV)' }).click()]);
      const csvText = fs.readFileSync((await csv.path())!, 'utf8');
      expect(csvText.split('\n').filter((l) => l.includes('María Fernanda Ordóñez Núñez'))).toHaveLength(await rows.count());
      await page.screenshot({ path: screenshotPath('institucion-declaraciones'), fullPage: true });
      await audit(page, 'Declaraciones de la institución');
      await rows.first().getByRole('link').click();
      folio = (await page.getByTestId('folio').innerText()).trim();
      await page.getByText('María Fernanda Ordóñez Núñez', { exact: true }).waitFor();
      expect(await page.getByRole('region', { name: 'Clasificación' }).count()).toBe(0);
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: 'Descargar versión pública' }).click()]);
      expect(download.suggestedFilename()).toContain(folio);
    } finally {
      await reviewer.context.close();
    }

    const admin = await signIn('ADMIN_INSTITUCION');
    try {
      const { page } = admin;
      await page.goto(`${base}/institucion/declaraciones?q=${encodeURIComponent(folio)}`);
      await page.getByRole('link', { name: folio }).click();
      const block = page.getByRole('region', { name: 'Clasificación' });
      await block.getByLabel(/Motivo de la reserva/).fill('Acuerdo CT-07/2026 del Comité de Transparencia');
      await block.getByRole('button', { name: 'Clasificar como reservada' }).click();
      await page.getByText(`El folio ${folio} quedó reservado: no se publica.`).waitFor();
      await page.screenshot({ path: screenshotPath('institucion-reservada'), fullPage: true });
      await audit(page, 'Declaración con su clasificación');
      // Back in the list, its state says it is no longer published.
      await page.getByRole('link', { name: 'Declaraciones de la institución' }).first().click();
      await page.getByRole('searchbox').fill(folio);
      await page.getByRole('button', { name: 'Buscar' }).click();
      await page.locator('tbody tr', { hasText: folio }).getByText('reservada (no se publica)').waitFor();
    } finally {
      await admin.context.close();
    }
    expect(violations).toEqual([]);
  }, 180_000);

  it('is keyboard-first: the first Tab stop skips to the content', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${base}/ingresar`);
      // Tab only once the app has rendered, or it lands on the bare page under load.
      await page.getByRole('link', { name: 'Saltar al contenido' }).waitFor({ state: 'attached' });
      await page.keyboard.press('Tab');
      // Runs in the page, where `document` exists; typed loosely because this file compiles for Node.
      expect(await page.evaluate(() => (globalThis as { document?: { activeElement?: { textContent?: string | null } | null } }).document?.activeElement?.textContent?.trim())).toBe('Saltar al contenido');
    } finally {
      await page.close();
    }
  });
});
