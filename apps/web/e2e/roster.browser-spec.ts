import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { makeTemporaryDataDir } from '@veraz/db';
import { curpCheckDigit } from '@veraz/standards';
import { type RunningServer, type TestDatabase } from '@veraz/testing';
import { screenshotPath, startWebStack, stopWebStack } from './browser';

const curp = (curp16: string) => `${curp16}0${curpCheckDigit(`${curp16}0`)}`;

/** The Padrón page: an admin uploads an Excel CSV, reads the preview and its errors, and applies it. */
describe('Padrón page in Chromium', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let base: string;
  const dataDir = makeTemporaryDataDir('veraz-web-roster-');

  beforeAll(async () => {
    ({ database, server, browser, base } = await startWebStack(dataDir, 'webroster'));
  });
  afterAll(() => stopWebStack({ browser, server, database }, dataDir));

  it('uploads, previews the errors, applies, lists and edits', async () => {
    const accounts: Array<{ email: string; password: string; role: string }> = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-accounts.json'), 'utf8'));
    const admin = accounts.find((a) => a.role === 'ADMIN_INSTITUCION')!;
    const csv = [
      'CURP;Nombres;Primer apellido;Segundo apellido;Correo;Puesto;Área;Nivel;Fecha de alta;Motivo',
      `${curp('MOAL800101MDFRLN')};Alondra;Morales;Ibáñez;alondra@demo.gob.mx;Jefa de Departamento;Dirección de Auditoría;completa;15/01/2025;alta`,
      `${curp('CAJU750505HJCSRN')};Julián;Castañeda;;;Analista;Dirección de Auditoría;simplificada;2025-02-01;alta`,
      `${curp('RORE900909MNLSYN')};Renata;Rosales;;;Auxiliar;Dirección Jurídica;becario;2025-03-01;alta`,
    ].join('\r\n');
    const context = await browser.newContext({ locale: 'es-MX', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(`${base}/ingresar`);
      await page.getByLabel('Correo electrónico').fill(admin.email);
      await page.getByLabel('Contraseña').fill(admin.password);
      await page.getByRole('button', { name: 'Ingresar' }).click();
      await page.getByRole('heading', { level: 1, name: /^Hola, / }).waitFor();
      await page.locator('main').getByRole('link', { name: 'Padrón' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Padrón' }).waitFor();
      await page.getByText('No hay personas en el padrón con esos filtros.').waitFor();

      await page.getByLabel('Archivo CSV del padrón').setInputFiles({ name: 'padrón.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'latin1') });
      await page.getByRole('button', { name: 'Revisar archivo' }).click();
      await page.getByRole('heading', { name: 'Vista previa de padrón.csv' }).waitFor();
      expect(await page.getByTestId('conteo-NUEVA').innerText()).toBe('2');
      expect(await page.getByTestId('conteo-ERROR').innerText()).toBe('1');
      const errorRow = page.locator('table').filter({ hasText: 'Filas con errores' }).locator('tbody tr');
      expect(await errorRow.count()).toBe(1);
      expect(await errorRow.first().innerText()).toMatch(/4\s+Renata Rosales\s+Nivel\s+Nivel desconocido/);
      // Nothing is applied before the admin confirms.
      expect(await page.getByText('No hay personas en el padrón con esos filtros.').isVisible()).toBe(true);
      await page.screenshot({ path: screenshotPath('padron-vista-previa'), fullPage: true });

      await page.getByRole('button', { name: 'Aplicar 2 filas (omitir 1 con errores)' }).click();
      await page.getByText('Importación aplicada: 2 personas actualizadas en el padrón. Se omitieron 1 filas con errores.').waitFor();
      const rows = page.locator('table').filter({ has: page.locator('caption', { hasText: 'Personas del padrón' }) }).locator('tbody tr');
      await rows.nth(1).waitFor();
      expect(await rows.count()).toBe(2);
      expect(await rows.nth(0).innerText()).toContain('Julián Castañeda');
      expect(await rows.nth(1).innerText()).toContain('15 de enero de 2025');
      await page.screenshot({ path: screenshotPath('padron-aplicado'), fullPage: true });

      await page.getByRole('button', { name: 'Editar a Julián Castañeda' }).click();
      await page.getByLabel('Movimiento').selectOption('BAJA');
      await page.getByLabel('Fecha de baja').fill('2025-06-30');
      await page.getByRole('button', { name: 'Guardar', exact: true }).click();
      await page.getByText('Se guardó el cambio de Julián Castañeda.').waitFor();
      await rows.filter({ hasText: 'Julián' }).getByText('Baja', { exact: true }).waitFor();
      expect(await rows.filter({ hasText: 'Julián' }).innerText()).toContain('30 de junio de 2025');
      await page.screenshot({ path: screenshotPath('padron-baja'), fullPage: true });
    } finally {
      await context.close();
    }
  }, 180_000);
});
