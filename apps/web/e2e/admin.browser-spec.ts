import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { curpCheckDigit, rfcCheckDigit } from '@veraz/accounts';
import { makeTemporaryDataDir } from '@veraz/db';
import { generateSelfSignedP12 } from '@veraz/signing';
import { linkToken, type RunningServer, type TestDatabase, waitForMail } from '@veraz/testing';
import { addToRoster, jsonApi, screenshotPath, startWebStack, stopWebStack } from './browser';

type Json = Record<string, any>;
const FIXTURES = path.resolve(__dirname, '../../../libs/standards/test/fixtures');
const PASSWORD = 'Declaro-con-verdad-2026';
const LEGAL_TEXT = 'Los datos personales de esta declaración se tratan conforme al aviso de privacidad del Ayuntamiento.';

/** A real PNG (a colour band), so the preview shows an image. */
function bandPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlib.crc32(body) >>> 0, 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: height }, (_, y) => Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, y < height / 2 ? 0x13 : 0x9d)])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** An institution's admin runs the console: settings, PDN credentials, members; a filer sees the legal text when signing. */
describe('administration, in Chromium', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let base: string;
  let admin: { email: string; password: string };
  const dataDir = makeTemporaryDataDir('veraz-admin-');
  const { api, login } = jsonApi(() => base);

  beforeAll(async () => {
    ({ database, server, browser, base } = await startWebStack(dataDir, 'admin'));
    const accounts = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-accounts.json'), 'utf8')) as Array<{ email: string; password: string; role: string }>;
    admin = accounts.find((a) => a.role === 'ADMIN_INSTITUCION')!;
  });
  afterAll(() => stopWebStack({ browser, server, database }, dataDir));

  async function signedIn(email: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: 'es-MX', permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${base}/ingresar`);
    await page.getByLabel('Correo electrónico').fill(email);
    await page.getByLabel('Contraseña').fill(password);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.getByRole('heading', { level: 1, name: /^Hola, / }).waitFor();
    return { context, page };
  }

  /** A filer invited with a level, registered through the API. */
  async function newFiler(email: string, nombre: string, curp16: string, rfc10: string): Promise<void> {
    const adminToken = await login(admin.email, admin.password);
    const invitation = await api<{ id: string }>('POST', '/api/invitations', adminToken, { email, roles: ['DECLARANTE'], employmentLevel: 'INFERIOR_A_JEFE_DEPARTAMENTO' });
    const token = linkToken(await waitForMail(dataDir, invitation.id), 'invitacion');
    const curp17 = `${curp16}0`;
    // A declarante joins only as a roster row with their CURP.
    await addToRoster(base, adminToken, { curp: curp17 + curpCheckDigit(curp17), nombre, primerApellido: 'Prueba' });
    await api('POST', `/api/invitation-links/${token}/accept`, null, {
      password: PASSWORD, nombre, primerApellido: 'Prueba', curp: curp17 + curpCheckDigit(curp17), rfc: rfc10, homoclave: `K7${rfcCheckDigit(`${rfc10}K7`)}`,
    });
  }

  it('settings: sets reminder offsets and the legal text, uploads a logo, refuses a bad file; the filer reads the text in the sign dialog', async () => {
    const { context, page } = await signedIn(admin.email, admin.password);
    try {
      await page.goto(`${base}/institucion/configuracion`);
      await page.getByRole('heading', { level: 1, name: 'Configuración de la institución' }).waitFor();
      const offsets = page.getByLabel('Días de recordatorio');
      await offsets.fill('15, 15');
      await page.getByRole('button', { name: 'Guardar configuración' }).click();
      await page.getByText('El día 15 está repetido.').first().waitFor();
      await offsets.fill('15, 45, 3');
      await page.getByLabel('Texto legal al firmar').fill(LEGAL_TEXT);
      await page.getByRole('button', { name: 'Guardar configuración' }).click();
      await page.getByText('Se guardó la configuración.').waitFor();
      await expect(offsets.inputValue()).resolves.toBe('45, 15, 3');

      await page.getByLabel('Logotipo (PNG)').setInputFiles({ name: 'logo.gif', mimeType: 'image/png', buffer: Buffer.from('GIF89a no es png') });
      await page.getByRole('button', { name: 'Subir logotipo' }).click();
      await page.getByText('El logotipo debe ser una imagen PNG.').first().waitFor();
      await page.getByLabel('Logotipo (PNG)').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: bandPng(240, 80) });
      await page.getByRole('button', { name: 'Subir logotipo' }).click();
      await page.getByText('Se actualizó el logotipo.').waitFor();
      const logo = page.getByTestId('logo-actual');
      await logo.waitFor();
      await expect(logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).resolves.toBe(240);

      // The sealing certificate from a P12: a wrong passphrase is named on its field, the right one shows the certificate.
      const passphrase = 'frase del sello de prueba';
      const { p12 } = generateSelfSignedP12({ commonName: 'SELLO AYUNTAMIENTO E2E', organization: 'Ayuntamiento', years: 2, passphrase });
      const certificate = page.getByRole('region', { name: 'Certificado de sello' });
      await certificate.getByLabel('Archivo .p12').setInputFiles({ name: 'sello.p12', mimeType: 'application/x-pkcs12', buffer: p12 });
      await certificate.getByLabel('Contraseña del .p12').fill('otra cosa');
      await certificate.getByRole('button', { name: 'Importar certificado' }).click();
      await certificate.getByText('La contraseña del archivo .p12 no es correcta.').first().waitFor();
      await certificate.getByLabel('Contraseña del .p12').fill(passphrase);
      await certificate.getByRole('button', { name: 'Importar certificado' }).click();
      await page.getByText('Se importó el certificado de sello.').waitFor();
      await expect(page.getByTestId('certificado-actual').innerText()).resolves.toContain('SELLO AYUNTAMIENTO E2E');
      await expect(page.locator('body').innerText()).resolves.not.toContain(passphrase);
      await page.screenshot({ path: screenshotPath('admin-configuracion'), fullPage: true });
    } finally {
      await context.close();
    }
    const adminToken = await login(admin.email, admin.password);
    await expect(api('GET', '/api/institution/settings', adminToken)).resolves.toMatchObject({ reminderOffsets: [45, 15, 3], signingLegalText: LEGAL_TEXT, hasLogo: true });

    // A filer with a complete draft opens the sign dialog and reads the institution's text.
    const email = 'lidia.sol@e2e.gob.mx';
    await newFiler(email, 'Lidia', 'SOXL880412MJCLXD', 'SOLI880412');
    const token = await login(email, PASSWORD);
    const reference = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'inicial-simplificada.json'), 'utf8')) as { declaracion: { situacionPatrimonial: Record<string, Json> } };
    const sections = reference.declaracion.situacionPatrimonial;
    const fecha = (sections.datosEmpleoCargoComision as { fechaTomaPosesion: string }).fechaTomaPosesion;
    const draft = await api<{ id: string; sections: Array<{ name: string; version: number }> }>('POST', '/api/declarations', token, { tipo: 'INICIAL', fechaTomaPosesion: fecha });
    const versionOf = (name: string) => `"${draft.sections.find((s) => s.name === name)?.version ?? 0}"`;
    for (const [name, data] of Object.entries(sections)) await api('PUT', `/api/declarations/${draft.id}/sections/${name}`, token, data, { 'If-Match': versionOf(name) });
    const filer = await signedIn(email, PASSWORD);
    try {
      await filer.page.goto(`${base}/declaraciones/${draft.id}/revision`);
      await filer.page.getByRole('button', { name: 'Firmar y presentar' }).click();
      const legal = filer.page.getByRole('dialog').getByTestId('texto-legal-firma');
      await legal.waitFor();
      await expect(legal.innerText()).resolves.toContain(LEGAL_TEXT);
      await filer.page.screenshot({ path: screenshotPath('admin-texto-legal-en-firma') });
    } finally {
      await filer.context.close();
    }
  }, 300_000);

  it('PDN credentials: created, shown once with copy buttons, gone after dismissing, revoked after confirmation', async () => {
    const { context, page } = await signedIn(admin.email, admin.password);
    try {
      await page.goto(`${base}/institucion/credenciales-s1`);
      await page.getByLabel('Nombre de la credencial').fill('PDN pruebas');
      await page.getByRole('button', { name: 'Crear credencial' }).click();
      const shown = page.getByTestId('credencial-nueva');
      await shown.waitFor();
      const secret = (await shown.locator('dt:text-is("client_secret") + dd code').innerText()).trim();
      expect(secret.length).toBeGreaterThan(20);
      await shown.getByRole('button', { name: 'Copiar client_secret' }).click();
      await shown.getByText('client_secret copiado').waitFor();
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(secret);
      await page.screenshot({ path: screenshotPath('admin-credencial-creada'), fullPage: true });
      await shown.getByRole('button', { name: 'Ya los copié' }).click();
      await expect(page.locator('body').innerText()).resolves.not.toContain(secret);
      await page.reload();
      await page.getByRole('row', { name: /PDN pruebas/ }).waitFor();
      await expect(page.locator('body').innerText()).resolves.not.toContain(secret);

      const row = page.getByRole('row', { name: /PDN pruebas/ });
      await expect(row.innerText()).resolves.toContain('Nunca');
      await row.getByRole('button', { name: 'Revocar la credencial PDN pruebas' }).click();
      await row.getByRole('button', { name: 'Sí, revocar la credencial PDN pruebas' }).click();
      await page.getByText(/Se revocó la credencial «PDN pruebas»/).waitFor();
      await row.getByText(/Revocada el/).waitFor();
      await page.screenshot({ path: screenshotPath('admin-credencial-revocada'), fullPage: true });
    } finally {
      await context.close();
    }
  }, 300_000);

  it('members: a deactivated member loses the institution, reactivation gives it back', async () => {
    const email = 'mario.rios@e2e.gob.mx';
    await newFiler(email, 'Mario', 'RIXM900101HJCSXR', 'RIMA900101');
    const { context, page } = await signedIn(admin.email, admin.password);
    try {
      await page.goto(`${base}/miembros`);
      const row = page.getByRole('row', { name: /Mario Prueba/ });
      await row.getByRole('button', { name: 'Desactivar a Mario Prueba' }).click();
      await row.getByRole('button', { name: 'Sí, desactivar a Mario Prueba' }).click();
      await row.getByText('Desactivado', { exact: true }).waitFor();
      await page.screenshot({ path: screenshotPath('admin-miembro-desactivado'), fullPage: true });
      await expect(api('POST', '/api/auth/login', null, { email, password: PASSWORD })).resolves.toMatchObject({ institution: null, roles: [] });

      await row.getByRole('button', { name: 'Reactivar a Mario Prueba' }).click();
      await row.getByRole('button', { name: 'Desactivar a Mario Prueba' }).waitFor();
      await expect(api('POST', '/api/auth/login', null, { email, password: PASSWORD })).resolves.toMatchObject({ roles: ['DECLARANTE'] });
    } finally {
      await context.close();
    }
  }, 300_000);
});
