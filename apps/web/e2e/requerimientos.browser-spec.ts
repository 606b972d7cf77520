import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { makeTemporaryDataDir } from '@veraz/db';
import { insertObligation, insertRosterPerson } from '@veraz/testing';
import { jsonApi, screenshotPath, startWebStack, stopWebStack, type WebStack } from './browser';

/** The OIC console: two omisos get their sealed requerimientos, one is downloaded and verified, one is marked notified. */
describe('requerimientos console in Chromium', () => {
  let stack: WebStack;
  const dataDir = makeTemporaryDataDir('veraz-web-req-');
  const { api } = jsonApi(() => stack.base);

  beforeAll(async () => {
    stack = await startWebStack(dataDir, 'webreq');
    const owner = new Client({ connectionString: stack.database.url });
    await owner.connect();
    try {
      const institutionId = (await owner.query(`SELECT id FROM institutions WHERE slug = 'demo'`)).rows[0].id as string;
      const omiso = async (curp: string, nombres: string, primerApellido: string, state: 'OMISA') => {
        const personId = await insertRosterPerson(owner, { institutionId, curp, nombres, primerApellido, segundoApellido: 'Soto', email: `${nombres.toLowerCase()}@demo.veraz.mx`, area: 'Tesorería' });
        await insertObligation(owner, { institutionId, personId, kind: 'MODIFICACIÓN', periodKey: '2025', windowStart: '2026-05-01', dueDate: '2026-05-31', state });
      };
      await omiso('GURR800101MDFTSS09', 'Rosa', 'Gutiérrez', 'OMISA');
      await omiso('PELL790202HDFRSS08', 'Luis', 'Pérez', 'OMISA');
      // Ana took office ten days ago: her INICIAL is pending, within its 60 days, so no requerimiento.
      const day = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(new Date(Date.now() + offset * 86_400_000));
      const ana = await insertRosterPerson(owner, { institutionId, curp: 'MAAA850303MDFRNN07', nombres: 'Ana', primerApellido: 'Martínez', segundoApellido: 'Soto', email: 'ana@demo.veraz.mx', area: 'Tesorería', fechaAlta: day(-10) });
      await insertObligation(owner, { institutionId, personId: ana, kind: 'INICIAL', periodKey: day(-10), triggerDate: day(-10), windowStart: day(-10), dueDate: day(50), state: 'PENDIENTE' });
    } finally {
      await owner.end();
    }
  });
  afterAll(() => stopWebStack(stack, dataDir));

  // Folios carry the year of issue (Mexico City), as the requerimiento series numbers them.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(new Date());
  const folio = (n: number) => `DEMO-REQ-${today.slice(0, 4)}-${String(n).padStart(6, '0')}`;

  it('generates for two omisos, downloads one letter that verifies as sealed, and records an in-person notification', async () => {
    const accounts = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-accounts.json'), 'utf8')) as Array<{ role: string; email: string; password: string }>;
    const revisor = accounts.find((a) => a.role === 'REVISOR')!;
    const context = await stack.browser.newContext({ locale: 'es-MX', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(`${stack.base}/ingresar`);
      await page.getByLabel('Correo electrónico').fill(revisor.email);
      await page.getByLabel('Contraseña').fill(revisor.password);
      await page.getByRole('button', { name: 'Ingresar' }).click();
      await page.getByRole('heading', { level: 1, name: /^Hola, / }).waitFor();
      await page.getByRole('link', { name: 'Requerimientos' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Requerimientos' }).waitFor();
      expect(await page.getByLabel('Seleccionar a Ana Martínez Soto').count()).toBe(0);
      await page.screenshot({ path: screenshotPath('requerimientos-omisos'), fullPage: true });

      await page.getByLabel('Seleccionar todas las omisas sin requerimiento').check();
      await page.getByRole('button', { name: 'Generar requerimientos (2)' }).click();
      await page.getByText('Se generaron 2 requerimientos.').waitFor({ timeout: 60_000 });
      const table = page.getByRole('table', { name: 'Requerimientos, su notificación y su plazo' });
      await table.getByRole('rowheader', { name: folio(2) }).waitFor();

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Descargar PDF de ${folio(1)}` }).click()]);
      expect(download.suggestedFilename()).toBe(`requerimiento-${folio(1)}.pdf`);
      const file = path.join(dataDir, 'descargado.pdf');
      await download.saveAs(file);
      const form = new FormData();
      form.append('archivo', new Blob([fs.readFileSync(file)], { type: 'application/pdf' }), 'requerimiento.pdf');
      const verified = await (await fetch(`${stack.base}/verificar?formato=json`, { method: 'POST', body: form })).json();
      expect(verified).toMatchObject({ documento: 'REQUERIMIENTO', registrado: true, firmaValida: true, folio: folio(1) });

      // Paper notification of the second letter, dated today.
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: folio(2) }) });
      await row.getByLabel('Notificado en persona el').fill(today);
      await row.getByRole('button', { name: `Registrar notificación de ${folio(2)}` }).click();
      await row.getByText(/En persona/).waitFor();
      expect(await row.innerText()).toContain('30 días');
      await page.screenshot({ path: screenshotPath('requerimientos-notificado'), fullPage: true });

      const listed = await api<Array<{ folio: string; notifiedBy: string | null }>>('GET', '/api/requerimientos', await jsonApi(() => stack.base).login(revisor.email, revisor.password));
      expect(listed.find((r) => r.folio === folio(2))?.notifiedBy).toBe('EN_PERSONA');
    } finally {
      await context.close();
    }
  }, 180_000);
});
