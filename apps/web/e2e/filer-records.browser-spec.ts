import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { makeTemporaryDataDir } from '@veraz/db';
import { type RunningServer, type TestDatabase } from '@veraz/testing';
import { screenshotPath, startWebStack, stopWebStack } from './browser';

interface DemoAccount {
  email: string;
  password: string;
  role: string;
  nombre: string;
}

const mexicoDate = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
const daysAgo = (n: number) => mexicoDate(new Date(Date.now() - n * 86_400_000));

/** A filer uploads the SAT's acuse of the annual return, then files an aviso por cambio de ente and downloads its sealed acuse. */
describe('filer records in Chromium', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let base: string;
  let filer: DemoAccount;
  const dataDir = makeTemporaryDataDir('veraz-web-registros-');

  beforeAll(async () => {
    ({ database, server, browser, base } = await startWebStack(dataDir, 'registros'));
    const accounts: DemoAccount[] = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-accounts.json'), 'utf8'));
    filer = accounts.find((a) => a.role === 'DECLARANTE')!;
  });
  afterAll(() => stopWebStack({ browser, server, database }, dataDir));

  it('uploads a constancia, files an aviso and downloads its acuse, which /verificar recognises', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([612, 792]);
    const pdfPath = path.join(dataDir, 'acuse-anual-sat.pdf');
    fs.writeFileSync(pdfPath, await pdf.save());
    const lastYear = Number(mexicoDate(new Date()).slice(0, 4)) - 1;

    const context = await browser.newContext({ locale: 'es-MX', acceptDownloads: true });
    const page = await context.newPage();
    try {
      await page.goto(`${base}/ingresar`);
      await page.getByLabel('Correo electrónico').fill(filer.email);
      await page.getByLabel('Contraseña').fill(filer.password);
      await page.getByRole('button', { name: 'Ingresar' }).click();
      await page.getByRole('heading', { level: 1, name: /^Hola, / }).waitFor();

      await page.goto(`${base}/declaraciones`);
      const records = page.getByRole('region', { name: 'Avisos y constancias' });
      await records.getByRole('link', { name: 'Constancias de la declaración fiscal' }).click();
      await page.getByRole('heading', { level: 1, name: 'Constancias de la declaración fiscal' }).waitFor();
      expect(await page.getByLabel(/Ejercicio fiscal/).inputValue()).toBe(String(lastYear));
      await page.getByLabel(/Acuse del SAT/).setInputFiles(pdfPath);
      await page.getByRole('button', { name: 'Subir constancia' }).click();
      await page.getByText(`Guardamos tu constancia del ejercicio ${lastYear} (acuse-anual-sat.pdf).`).waitFor();
      await page.getByRole('cell', { name: /^acuse-anual-sat\.pdf/ }).waitFor();
      await page.screenshot({ path: screenshotPath('constancias-fiscal'), fullPage: true });

      await page.goto(`${base}/declaraciones/aviso`);
      await page.getByRole('heading', { level: 1, name: 'Aviso por cambio de ente público' }).waitFor();
      await page.getByLabel(/Empleo, cargo o comisión/).fill('Jefa de departamento de presupuesto');
      await page.getByLabel(/Área de adscripción/).fill('Dirección de Finanzas');
      await page.getByLabel(/Nivel del empleo/).fill('O11');
      await page.getByLabel(/Fecha de toma de posesión/).fill(daysAgo(10));
      await page.getByLabel(/Ente público anterior/).fill('Secretaría de Movilidad');
      // More than 60 days: the server says an INICIAL is due, on the field.
      await page.getByLabel(/Fecha de conclusión/).fill(daysAgo(90));
      await page.getByLabel(/^Contraseña/).fill(filer.password);
      await page.getByRole('button', { name: 'Presentar aviso' }).click();
      await page.getByRole('alert').getByRole('link', { name: /Fecha de conclusión del encargo anterior: .*declaración inicial/ }).waitFor();
      await page.screenshot({ path: screenshotPath('aviso-error'), fullPage: true });

      await page.getByLabel(/Fecha de conclusión/).fill(daysAgo(20));
      await page.getByRole('button', { name: 'Presentar aviso' }).click();
      await page.getByRole('heading', { name: 'Aviso presentado' }).waitFor();
      const folio = (await page.locator('dd').first().innerText()).trim();
      expect(folio).toMatch(/^[A-Z0-9-]+-\d{4}-AV-000001$/);
      await page.screenshot({ path: screenshotPath('aviso-presentado'), fullPage: true });

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar acuse' }).click()]);
      expect(download.suggestedFilename()).toBe(`acuse-${folio}.pdf`);
      const acuse = fs.readFileSync((await download.path())!);
      expect(acuse.subarray(0, 5).toString()).toBe('%PDF-');

      const form = new FormData();
      form.append('archivo', new Blob([acuse], { type: 'application/pdf' }), 'acuse.pdf');
      const verified = await (await fetch(`${base}/verificar?formato=json`, { method: 'POST', body: form })).json();
      expect(verified).toMatchObject({ registrado: true, firmaValida: true, folio });

      await page.goto(`${base}/verificar/${folio}`);
      await page.getByText('El folio corresponde a un aviso por cambio de ente público presentado').waitFor();
      await page.screenshot({ path: screenshotPath('aviso-verificado'), fullPage: true });

      await page.goto(`${base}/declaraciones`);
      await page.getByRole('region', { name: 'Avisos y constancias' }).getByText(`Folio ${folio}`).waitFor();
      await page.screenshot({ path: screenshotPath('mis-declaraciones-avisos'), fullPage: true });
    } finally {
      await context.close();
    }
  }, 180_000);
});
