import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { makeTemporaryDataDir } from '@veraz/db';
import { type RunningServer, type TestDatabase } from '@veraz/testing';
import { screenshotPath, startWebStack, stopWebStack } from './browser';

interface DemoAccount {
  email: string;
  password: string;
  role: string;
}

/**
 * The OIC's reviewer finds the admin's MODIFICACIÓN by surname first, reads a section, sees what it
 * changed against the INICIAL and records «con observaciones» with a note (demo seed filings).
 */
describe('reviewer workbench in Chromium', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let base: string;
  const dataDir = makeTemporaryDataDir('veraz-workbench-');

  beforeAll(async () => {
    ({ database, server, browser, base } = await startWebStack(dataDir, 'workbench', { publicUrl: false }));
  });

  afterAll(() => stopWebStack({ browser, server, database }, dataDir));

  it('opens a MODIFICACIÓN, reads a section, sees its changes and sets «con observaciones» with a note', async () => {
    const accounts = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-accounts.json'), 'utf8')) as DemoAccount[];
    const revisor = accounts.find((a) => a.role === 'REVISOR')!;
    const context = await browser.newContext({ locale: 'es-MX' });
    const page = await context.newPage();
    try {
      await page.goto(`${base}/ingresar`);
      await page.getByLabel('Correo electrónico').fill(revisor.email);
      await page.getByLabel('Contraseña').fill(revisor.password);
      await page.getByRole('button', { name: 'Ingresar' }).click();
      await page.getByRole('heading', { level: 1, name: /^Hola, / }).waitFor();

      await page.goto(`${base}/institucion/declaraciones`);
      await page.getByRole('searchbox', { name: 'Buscar por folio, nombre, CURP o RFC' }).fill('munoz pena jose');
      await page.getByRole('button', { name: 'Buscar' }).click();
      await page.getByText(/coincide(n)? con «munoz pena jose»/).waitFor();
      const filters = page.getByRole('group', { name: 'Filtrar' });
      await filters.getByLabel('Tipo').selectOption({ label: 'Declaración de modificación' });
      await filters.getByRole('button', { name: 'Aplicar filtros' }).click();
      await page.waitForURL(/tipo=MODIFICACI/);
      await page.getByText('1 declaración coincide con «munoz pena jose».').waitFor();
      const row = page.locator('tbody tr');
      expect(await row.innerText()).toContain('José Ángel Muñoz Peña');
      expect(await row.innerText()).toContain('Revisión: sin revisar');
      await page.screenshot({ path: screenshotPath('revision-lista'), fullPage: true });
      await row.getByRole('link').click();

      // A section of the declaration, opened on demand, with the form's labels.
      const content = page.getByRole('region', { name: 'Contenido de la declaración' });
      await content.locator('summary', { hasText: 'Datos generales' }).click();
      const generales = content.locator('details[open]');
      await generales.getByText('MUPA820714HJCXXN04').waitFor();
      expect(await generales.innerText()).toMatch(/CURP/);

      // What it changed against the INICIAL.
      const changes = page.getByRole('region', { name: 'Cambios respecto de la declaración anterior' });
      await changes.getByText(/Comparada con la declaración con folio/).waitFor({ timeout: 15_000 });
      expect(await changes.locator('.change-list li').count()).toBeGreaterThan(0);
      await page.screenshot({ path: screenshotPath('revision-declaracion'), fullPage: true });

      // The review: «con observaciones», assigned to herself, with a note.
      const panel = page.getByRole('region', { name: 'Revisión' });
      await panel.getByLabel('Estado de la revisión').selectOption({ label: 'Con observaciones' });
      await panel.getByLabel('Persona asignada').selectOption({ label: 'Lucía Ibarra Cabrera' });
      await panel.getByRole('button', { name: 'Guardar revisión' }).click();
      await panel.getByText('Revisión guardada: con observaciones.').waitFor();
      await panel.getByLabel('Nueva nota').fill('Falta acreditar el origen del nuevo vehículo.');
      await panel.getByRole('button', { name: 'Agregar nota' }).click();
      await panel.getByText('Falta acreditar el origen del nuevo vehículo.').waitFor();
      expect(await panel.getByTestId('estado-revision').innerText()).toBe('Con observaciones');
      await panel.screenshot({ path: screenshotPath('revision-panel') });

      // Back in the list, the filing reads as reviewed.
      await page.goto(`${base}/institucion/declaraciones?estadoRevision=CON_OBSERVACIONES`);
      await page.getByText('1 declaración cumple los filtros.').waitFor();
      expect(await page.locator('tbody tr').innerText()).toContain('Revisión: con observaciones · Lucía Ibarra Cabrera');
    } finally {
      await context.close();
    }
  }, 180_000);
});
