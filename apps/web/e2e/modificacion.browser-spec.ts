import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { curpCheckDigit, rfcCheckDigit } from '@veraz/accounts';
import { makeTemporaryDataDir } from '@veraz/db';
import { validateResponse } from '@veraz/standards';
import { linkToken, type RunningServer, type TestDatabase, waitForMail } from '@veraz/testing';
import { addToRoster, jsonApi, screenshotPath, startWebStack, stopWebStack } from './browser';
import { addItem, fillSection } from './filer-fill';

type Json = Record<string, any>;

const FIXTURE = path.resolve(__dirname, '../../../libs/standards/test/fixtures/modificacion-completa.json');
const PASSWORD = 'Declaro-con-verdad-2026';

/** The account the filer adds this year: a payroll account of their own. */
const NEW_ACCOUNT: Json = {
  tipoInversion: { clave: 'BANC' },
  subTipoInversion: { clave: 'CNOM' },
  titular: [{ clave: 'DEC' }],
  numeroCuentaContrato: '7788990011',
  localizacionInversion: { pais: 'MX', institucionRazonSocial: 'Banco Mercantil del Norte, S.A.', rfc: 'BMN930209927' },
  saldoDiciembreAnterior: { valor: 18250, moneda: 'MXN' },
};

const opsOf = (list: Json[] | undefined) => (list ?? []).map((item) => item.tipoOperacion);

describe('a MODIFICACIÓN built from the previous filing, in Chromium', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let base: string;
  const dataDir = makeTemporaryDataDir('veraz-modificacion-');

  const { api, login } = jsonApi(() => base);

  beforeAll(async () => {
    ({ database, server, browser, base } = await startWebStack(dataDir, 'modif'));
  });

  afterAll(() => stopWebStack({ browser, server, database }, dataDir));

  /**
   * Opens a section from the sidebar once the page is done loading and saving: in CI's pass through
   * PgBouncer a click made while the copy's first answers were still arriving once left the page where
   * it was (2026-12-07). If it still does not move, a second click, as the filer would.
   */
  async function open(page: Page, label: RegExp, name: string) {
    const link = page.getByRole('navigation', { name: 'Secciones de la declaración' }).getByRole('link', { name: label }).first();
    const url = new RegExp(`/secciones/${name}$`);
    await page.waitForLoadState('networkidle');
    await link.click();
    const moved = await page.waitForURL(url, { timeout: 10_000 }).then(() => true, () => false);
    if (!moved) {
      await link.click();
      await page.waitForURL(url);
    }
    await page.locator('#seccion-titulo').waitFor();
  }

  const item = (page: Page, noun: string, n: number) => page.locator('.list-item').filter({ has: page.getByRole('heading', { level: 4, name: new RegExp(`^${noun} ${n}\\b`) }) });

  it('sells a property (BAJA with motivo), edits a vehicle (MODIFICAR), adds an account (AGREGAR), keeps the rest SIN_CAMBIOS, in the signed document and in S1', async () => {
    const accounts = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-accounts.json'), 'utf8')) as Array<{ email: string; password: string; role: string }>;
    const admin = accounts.find((a) => a.role === 'ADMIN_INSTITUCION')!;
    const adminToken = await login(admin.email, admin.password);
    const email = 'marisol.ortega@e2e.gob.mx';
    const invitation = await api<{ id: string }>('POST', '/api/invitations', adminToken, { email, roles: ['DECLARANTE'] });
    const link = `/invitacion/${linkToken(await waitForMail(dataDir, invitation.id), 'invitacion')}`;

    const context = await browser.newContext({ locale: 'es-MX' });
    const page = await context.newPage();
    try {
      // Registration through the invitation, the level set by the admin.
      await page.goto(`${base}${link}`);
      const curp17 = 'OEXM800101MJCRRR0';
      const rfc = 'OEXM800101';
      await addToRoster(base, adminToken, { curp: curp17 + curpCheckDigit(curp17), nombre: 'Marisol', primerApellido: 'Ortega' });
      await page.locator('#registro-nombre').fill('Marisol');
      await page.locator('#registro-primerApellido').fill('Ortega');
      await page.locator('#registro-curp').fill(curp17 + curpCheckDigit(curp17));
      await page.locator('#registro-rfc').fill(rfc);
      await page.locator('#registro-homoclave').fill(`K2${rfcCheckDigit(`${rfc}K2`)}`);
      await page.locator('#registro-password').fill(PASSWORD);
      await page.locator('#registro-confirmation').fill(PASSWORD);
      await page.getByRole('button', { name: 'Crear cuenta y aceptar' }).click();
      await page.getByRole('heading', { level: 1, name: /^Hola, / }).waitFor({ timeout: 15_000 });
      const members = await api<{ items: Array<{ id: string; email: string }> }>('GET', '/api/members?limit=200', adminToken);
      await api('PUT', `/api/members/${members.items.find((m) => m.email === email)!.id}/employment-level`, adminToken, { employmentLevel: 'JEFE_DEPARTAMENTO_O_SUPERIOR' });

      // Last year's MODIFICACIÓN, filed through the API from the reference filing.
      const token = await login(email, PASSWORD);
      const reference = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as { declaracion: Record<string, Record<string, Json>> };
      const draft = await api<{ id: string; sections: Array<{ name: string; version: number }> }>('POST', '/api/declarations', token, { tipo: 'MODIFICACIÓN', anioReportado: 2023, prefill: false });
      // Datos generales and the employment section start prefilled (version 1); the rest are empty.
      const versionOf = (name: string) => `"${draft.sections.find((s) => s.name === name)?.version ?? 0}"`;
      for (const group of Object.values(reference.declaracion)) {
        for (const [name, data] of Object.entries(group)) await api('PUT', `/api/declarations/${draft.id}/sections/${name}`, token, data, { 'If-Match': versionOf(name) });
      }
      await api('POST', `/api/declarations/${draft.id}/sign`, token, { password: PASSWORD, aceptaProtesta: true });
      const before = reference.declaracion.situacionPatrimonial;

      // This year's, started from it in the browser.
      await page.getByRole('link', { name: 'Mis declaraciones' }).first().click();
      await page.getByRole('link', { name: 'Nueva declaración' }).first().click();
      await page.getByRole('radio', { name: /modificación/i }).check();
      await page.getByLabel(/Año que reportas/).fill('2024');
      await page.getByRole('checkbox', { name: /Partir de mi última declaración presentada/ }).waitFor();
      await page.getByRole('button', { name: /Iniciar/ }).click();
      await page.waitForURL(/\/declaraciones\/[0-9a-f-]+\/secciones\//);
      const nav = page.getByRole('navigation', { name: 'Secciones de la declaración' });
      // An untouched copy says so.
      await expect(nav.getByRole('link', { name: /Vehículos/ }).first().innerText()).resolves.toContain('Sin cambios');

      // The property sold: «Dar de baja», not «Quitar», and the motivo.
      await open(page, /Bienes inmuebles/, 'bienesInmuebles');
      const sold = item(page, 'Inmueble', 2);
      await expect(sold.getByRole('button', { name: /^Quitar/ }).count()).resolves.toBe(0);
      await sold.getByRole('button', { name: 'Dar de baja inmueble 2' }).click();
      await sold.locator('#campo-bienInmueble-1-motivoBaja').selectOption('VNT');
      await sold.locator('h4 .badge', { hasText: 'Baja' }).waitFor();
      await page.getByText('Inmueble 2: se da de baja').waitFor();
      await page.screenshot({ path: screenshotPath('modificacion-baja-inmueble'), fullPage: true });

      // The vehicle edited: «Modificado», with the value before and after.
      await open(page, /Vehículos/, 'vehiculos');
      const car = item(page, 'Vehículo', 2);
      await car.locator('h4 .badge', { hasText: 'Sin cambios' }).waitFor();
      await car.getByRole('button', { name: 'Editar vehículo 2' }).click();
      const previousModel = (before.vehiculos!.vehiculo as Json[]).find((v) => v.tipoOperacion === 'AGREGAR')!.modelo as string;
      await car.locator('#campo-vehiculo-1-modelo').fill('Mazda 3 Hatchback');
      await car.locator('h4 .badge', { hasText: 'Modificado' }).waitFor();
      const changes = page.getByRole('region', { name: 'Cambios respecto de tu declaración anterior' });
      await changes.getByText(`antes ${previousModel}`).waitFor();
      await expect(changes.textContent().then((t) => t!.replace(/\s+/g, ' '))).resolves.toContain(`Vehículo 2 › Modelo: antes ${previousModel} → ahora Mazda 3 Hatchback`);
      await page.screenshot({ path: screenshotPath('modificacion-vehiculo-modificado'), fullPage: true });

      // The account added: AGREGAR.
      await open(page, /Inversiones/, 'inversiones');
      const carried = await page.locator('.list-item').count();
      await addItem(page, 'inversion', carried, NEW_ACCOUNT);
      await item(page, 'Inversión', carried + 1).locator('h4 .badge', { hasText: 'Agregar (nuevo)' }).waitFor();

      // Income is of the year reported: captured anew.
      await open(page, /Ingresos netos/, 'ingresos');
      await fillSection(page, before.ingresos!);
      await page.getByRole('button', { name: /^Guardar y continuar$/ }).click();
      await page.waitForURL((url) => !url.pathname.endsWith('/ingresos'), { timeout: 15_000 });

      await page.getByRole('link', { name: /Revisar y firmar/ }).first().click();
      const review = page.getByRole('region', { name: 'Cambios respecto de tu declaración anterior' });
      await review.getByText('Vehículo 2: modificado').waitFor();
      const reviewText = (await review.textContent())!.replace(/\s+/g, ' ');
      expect(reviewText).toContain('Inmueble 2: se da de baja');
      expect(reviewText).toContain(`Inversión ${carried + 1}: se agrega (nuevo)`);
      await page.screenshot({ path: screenshotPath('modificacion-revision'), fullPage: true });
      await page.getByRole('button', { name: 'Firmar y presentar' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('checkbox', { name: /Acepto/ }).check();
      await dialog.locator('#firma-password').fill(PASSWORD);
      await dialog.getByRole('button', { name: /^Firmar/ }).click();
      await page.waitForURL(/\/presentadas\//, { timeout: 30_000 });
      const filingId = page.url().split('/presentadas/')[1]!.split(/[?#]/)[0]!;

      // The signed document: each operation as the standard means it, valid against the OAS.
      const filing = await api<{ document: Json }>('GET', `/api/filings/${filingId}`, token);
      const doc = filing.document;
      expect(validateResponse('MODIFICACIÓN', { pagination: { pageSize: 1, page: 1, totalRows: 1, hasNextPage: false }, results: [doc] })).toEqual([]);
      const now = doc.declaracion.situacionPatrimonial;
      const inmuebles = now.bienesInmuebles.bienInmueble as Json[];
      expect(opsOf(inmuebles)).toEqual(['SIN_CAMBIOS', 'BAJA', 'SIN_CAMBIOS', 'SIN_CAMBIOS', 'SIN_CAMBIOS']);
      expect(inmuebles[1]).toEqual({ ...(before.bienesInmuebles!.bienInmueble as Json[])[1], tipoOperacion: 'BAJA', motivoBaja: { clave: 'VNT', valor: 'VENTA' } });
      expect(opsOf(now.vehiculos.vehiculo)).toEqual(['SIN_CAMBIOS', 'MODIFICAR']);
      expect(now.vehiculos.vehiculo[1].modelo).toBe('Mazda 3 Hatchback');
      expect(opsOf(now.inversiones.inversion)).toEqual([...Array(carried).fill('SIN_CAMBIOS'), 'AGREGAR']);
      expect(now.inversiones.inversion[carried].numeroCuentaContrato).toBe(NEW_ACCOUNT.numeroCuentaContrato);
      // Everything else was left as it was.
      const others: string[] = [];
      for (const [name, section] of Object.entries({ ...now, ...doc.declaracion.interes } as Record<string, Json>)) {
        if (['bienesInmuebles', 'vehiculos', 'inversiones', 'ingresos'].includes(name)) continue;
        for (const value of [section, ...Object.values(section).filter(Array.isArray).flat()]) {
          if (value && typeof value === 'object' && value.tipoOperacion && value.tipoOperacion !== 'SIN_CAMBIOS') others.push(`${name}: ${value.tipoOperacion}`);
        }
      }
      expect(others).toEqual([]);

      // The S1 publication the PDN queries shows the same operations on the public items.
      const credential = await api<Json>('POST', '/api/s1-clients', adminToken, { label: 'PDN' });
      const tokenBody = new URLSearchParams({ grant_type: 'password', username: credential.username, password: credential.password, client_id: credential.client_id, client_secret: credential.client_secret });
      const basic = `Basic ${Buffer.from(`${credential.client_id}:${credential.client_secret}`).toString('base64')}`;
      const s1Token = (await (await fetch(credential.token_url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: basic }, body: tokenBody })).json()) as { access_token: string };
      let published: Json | undefined;
      for (let attempt = 0; attempt < 60 && !published; attempt++) {
        const page1 = await api<{ results: Json[] }>('POST', credential.url, s1Token.access_token, { page: 1, pageSize: 10, query: { id: doc.id } });
        published = page1.results.find((r) => r.id === doc.id);
        if (!published) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(published).toBeDefined();
      const pub = published!.declaracion.situacionPatrimonial;
      // Only the filer's own goods are public: the property sold and the vehicle edited are.
      expect((pub.bienesInmuebles.bienInmueble as Json[]).filter((i) => i.tipoOperacion === 'BAJA')).toEqual([expect.objectContaining({ motivoBaja: { clave: 'VNT', valor: 'VENTA' } })]);
      expect(opsOf(pub.vehiculos.vehiculo)).toContain('MODIFICAR');
      expect(opsOf(pub.inversiones.inversion).at(-1)).toBe('AGREGAR');
    } finally {
      await context.close();
    }
  }, 400_000);
});
