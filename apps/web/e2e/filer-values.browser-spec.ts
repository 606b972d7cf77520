import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { curpCheckDigit, rfcCheckDigit } from '@veraz/accounts';
import { makeTemporaryDataDir } from '@veraz/db';
import { linkToken, type RunningServer, type TestDatabase, waitForMail } from '@veraz/testing';
import { addToRoster, screenshotPath, startWebStack, stopWebStack } from './browser';

const PASSWORD = 'Declaro-con-verdad-2026';
const HOMOCLAVE = `Q1${rfcCheckDigit('VALA880214Q1')}`;
/** The same homoclave with a check digit that does not correspond. */
const WRONG_HOMOCLAVE = `Q1${HOMOCLAVE[2] === '1' ? '2' : '1'}`;

/** Issue 14: a malformed CURP, RFC, e-mail, phone and postal code, refused by the form as typed and by the API. */
describe('value checks in the filer form, in Chromium', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let base: string;
  const dataDir = makeTemporaryDataDir('veraz-values-');

  async function call(method: string, url: string, token: string | null, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
    const response = await fetch(`${base}${url}`, { method, headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }
  const login = async (email: string, password: string) => (await call('POST', '/api/auth/login', null, { email, password })).body.accessToken as string;

  beforeAll(async () => {
    ({ database, server, browser, base } = await startWebStack(dataDir, 'values'));
  });

  afterAll(() => stopWebStack({ browser, server, database }, dataDir));

  /** A filer invited by the demo admin, registered through the invitation page, with a level. */
  async function newFiler(page: Page, email: string): Promise<string> {
    const accounts = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-accounts.json'), 'utf8')) as Array<{ email: string; password: string; role: string }>;
    const admin = accounts.find((a) => a.role === 'ADMIN_INSTITUCION')!;
    const adminToken = await login(admin.email, admin.password);
    const invitation = (await call('POST', '/api/invitations', adminToken, { email, roles: ['DECLARANTE'] })).body as { id: string };
    await page.goto(`${base}/invitacion/${linkToken(await waitForMail(dataDir, invitation.id), 'invitacion')}`);
    const curp17 = 'VAXL880214MDFLXR0';
    await addToRoster(base, adminToken, { curp: curp17 + curpCheckDigit(curp17), nombre: 'Laura', primerApellido: 'Valle' });
    for (const [field, value] of Object.entries({ nombre: 'Laura', primerApellido: 'Valle', curp: curp17 + curpCheckDigit(curp17), rfc: 'VALA880214', homoclave: HOMOCLAVE, password: PASSWORD, confirmation: PASSWORD })) {
      await page.locator(`#registro-${field}`).fill(value);
    }
    await page.getByRole('button', { name: 'Crear cuenta y aceptar' }).click();
    await page.getByRole('heading', { level: 1, name: /^Hola, / }).waitFor({ timeout: 15_000 });
    const members = (await call('GET', '/api/members?limit=200', adminToken)).body as { items: Array<{ id: string; email: string }> };
    await call('PUT', `/api/members/${members.items.find((m) => m.email === email)!.id}/employment-level`, adminToken, { employmentLevel: 'JEFE_DEPARTAMENTO_O_SUPERIOR' });
    return login(email, PASSWORD);
  }

  it('flags each malformed value next to its field as typed, keeps the section from «Completa», and the API refuses the same values', async () => {
    const context = await browser.newContext({ locale: 'es-MX' });
    const page = await context.newPage();
    try {
      const token = await newFiler(page, 'laura.valle@e2e.gob.mx');
      await page.getByRole('link', { name: 'Mis declaraciones' }).first().click();
      await page.getByRole('link', { name: 'Nueva declaración' }).first().click();
      await page.getByRole('radio', { name: /inicial/i }).check();
      await page.getByLabel(/Fecha de toma de posesión/).fill('2026-10-01');
      await page.getByRole('button', { name: /Iniciar/ }).click();
      await page.waitForURL(/\/declaraciones\/[0-9a-f-]+\/secciones\//);
      const declarationId = /declaraciones\/([0-9a-f-]+)\//.exec(page.url())![1]!;
      const nav = page.getByRole('navigation', { name: 'Secciones de la declaración' });
      const generalesLink = nav.getByRole('link', { name: /Datos generales/ }).first();
      // What the account gave is valid and complete on its own.
      await expect(generalesLink.innerText()).resolves.toContain('Completa');
      await generalesLink.click();
      await page.waitForURL(/\/secciones\/datosGenerales$/);

      const typed: Array<[string, string, RegExp]> = [
        ['curp', 'VAXL880214MDFLXR0', /18 caracteres/],
        ['rfc-homoClave', WRONG_HOMOCLAVE, /dígito verificador/],
        ['correoElectronico-personal', 'maria@', /correo electrónico/],
        ['telefono-casa', '55-1234', /10 dígitos/],
      ];
      for (const [field, value, message] of typed) {
        await page.locator(`#campo-${field}`).fill(value);
        await page.locator(`#campo-${field}`).blur();
        await expect(page.locator(`#campo-${field}-error`).innerText()).resolves.toMatch(message);
        await expect(page.locator(`#campo-${field}`).getAttribute('aria-invalid')).resolves.toBe('true');
      }
      // The refused save leaves the section «En captura», and «Guardar y continuar» stays with the list.
      await page.waitForFunction(() => !document.querySelector('nav[aria-label="Secciones de la declaración"] a[href$="/datosGenerales"]')?.textContent?.includes('Completa'), undefined, { timeout: 10_000 });
      await page.getByRole('button', { name: 'Guardar y continuar' }).click();
      const summary = page.locator('.error-summary');
      await summary.waitFor();
      for (const [, , message] of typed) await expect(summary.innerText()).resolves.toMatch(message);
      expect(page.url()).toMatch(/\/secciones\/datosGenerales$/);
      await page.screenshot({ path: screenshotPath('valores-invalidos'), fullPage: true });

      // The postal code of the declarant's address.
      await nav.getByRole('link', { name: /Domicilio del declarante/ }).first().click();
      await page.locator('#campo-domicilioMexico-codigoPostal').fill('4410');
      await page.locator('#campo-domicilioMexico-codigoPostal').blur();
      await expect(page.locator('#campo-domicilioMexico-codigoPostal-error').innerText()).resolves.toMatch(/5 dígitos/);

      // The review page names the section and what is wrong.
      await page.getByRole('link', { name: /Revisar y firmar/ }).first().click();
      const pending = page.getByRole('region', { name: 'Secciones por completar' });
      await pending.getByRole('link', { name: 'Datos generales' }).waitFor();
      await expect(pending.innerText()).resolves.toMatch(/18 caracteres/);
      await page.screenshot({ path: screenshotPath('revision-valores-invalidos'), fullPage: true });

      // The API refuses the same values, naming the field, and keeps what was saved.
      const draft = (await call('GET', `/api/declarations/${declarationId}`, token)).body as { sections: Array<{ name: string; version: number; data: Record<string, any> }> };
      const generales = draft.sections.find((s) => s.name === 'datosGenerales')!;
      const spoiled: Array<[string, Record<string, unknown>, string]> = [
        ['datosGenerales', { ...generales.data, curp: 'VAXL880214MDFLXR0' }, 'datosGenerales.curp'],
        ['datosGenerales', { ...generales.data, rfc: { rfc: 'VALA880214', homoClave: WRONG_HOMOCLAVE } }, 'datosGenerales.rfc.homoClave'],
        ['datosGenerales', { ...generales.data, correoElectronico: { institucional: 'maria@' } }, 'datosGenerales.correoElectronico.institucional'],
        ['datosGenerales', { ...generales.data, telefono: { casa: '55-1234' } }, 'datosGenerales.telefono.casa'],
        ['domicilioDeclarante', { domicilioMexico: { calle: 'Juárez', codigoPostal: '4410' } }, 'domicilioDeclarante.domicilioMexico.codigoPostal'],
      ];
      for (const [section, body, field] of spoiled) {
        const version = draft.sections.find((s) => s.name === section)!.version;
        const res = await call('PUT', `/api/declarations/${declarationId}/sections/${section}`, token, body, { 'If-Match': `"${version}"` });
        expect([field, res.status, res.body.errors.map((e: { path: string }) => e.path)]).toEqual([field, 400, [field]]);
      }
      const after = (await call('GET', `/api/declarations/${declarationId}`, token)).body as { sections: Array<{ name: string; version: number; status: string }> };
      expect(after.sections.find((s) => s.name === 'datosGenerales')).toMatchObject({ version: generales.version, status: 'completa' });
    } finally {
      await context.close();
    }
  }, 300_000);
});
