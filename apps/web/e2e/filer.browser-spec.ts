import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { curpCheckDigit, rfcCheckDigit } from '@veraz/accounts';
import { makeTemporaryDataDir } from '@veraz/db';
import { linkToken, type RunningServer, type TestDatabase, waitForMail } from '@veraz/testing';
import { addToRoster, jsonApi, screenshotPath, startWebStack, stopWebStack } from './browser';
import { effort, fillSection, resetEffort } from './filer-fill';

// axe-core's own bundle, evaluated in the page (the app's CSP forbids injecting a script tag).
const AXE_SOURCE: string = require('axe-core').source;

type Json = Record<string, unknown>;

interface DemoAccount {
  email: string;
  password: string;
  role: string;
}

const FIXTURES = path.resolve(__dirname, '../../../libs/standards/test/fixtures');
const PASSWORD = 'Declaro-con-verdad-2026';

/** A reference filing's sections, one item per list, plus a co-owned and a foreign property. */
function fixtureSections(file = 'inicial-completa.json'): Array<[string, Json]> {
  const item = JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8')) as { declaracion: Record<string, Record<string, Json>> };
  const sections: Array<[string, Json]> = [];
  for (const group of ['situacionPatrimonial', 'interes']) {
    for (const [name, data] of Object.entries(item.declaracion[group]!)) {
      const copy = structuredClone(data);
      for (const [key, value] of Object.entries(copy)) {
        if (!Array.isArray(value) || !value.length || typeof value[0] !== 'object' || 'clave' in value[0]) continue;
        copy[key] = name === 'bienesInmuebles' ? value.filter((v: Json) => JSON.stringify(v.titular).includes('CTER') || 'domicilioExtranjero' in v).slice(-2) : value.slice(0, 1);
      }
      sections.push([name, copy]);
    }
  }
  return sections;
}

/** A homoclave whose last character is the SAT check digit of the RFC. */
function homoclave(rfc: string, first2: string): string {
  return first2 + rfcCheckDigit(rfc + first2);
}

function validCurp(first16: string): string {
  const first17 = `${first16}0`;
  return first17 + curpCheckDigit(first17);
}

describe('filer web app in Chromium', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let base: string;
  let admin: DemoAccount;
  const dataDir = makeTemporaryDataDir('veraz-filer-');

  const { api, login } = jsonApi(() => base);

  /** A new filer invited by the admin, with the employment level recorded; the link comes from the e-mail sent to them. */
  async function invite(email: string, level: 'JEFE_DEPARTAMENTO_O_SUPERIOR' | 'INFERIOR_A_JEFE_DEPARTAMENTO'): Promise<{ link: string; setLevel: () => Promise<void> }> {
    const token = await login(admin.email, admin.password);
    const invitation = await api<{ id: string }>('POST', '/api/invitations', token, { email, roles: ['DECLARANTE'] });
    return {
      link: `/invitacion/${linkToken(await waitForMail(dataDir, invitation.id), 'invitacion')}`,
      setLevel: async () => {
        const members = await api<{ items: Array<{ id: string; email: string }> }>('GET', '/api/members?limit=200', token);
        const member = members.items.find((m) => m.email === email)!;
        await api('PUT', `/api/members/${member.id}/employment-level`, token, { employmentLevel: level });
      },
    };
  }

  async function register(page: Page, link: string, person: { nombre: string; primerApellido: string; segundoApellido?: string; curp: string; rfc: string; homoclave: string }) {
    await addToRoster(base, await login(admin.email, admin.password), person);
    await page.goto(link.startsWith('http') ? link.replace(/^https?:\/\/[^/]+/, base) : `${base}${link}`);
    await page.locator('#registro-nombre').fill(person.nombre);
    await page.locator('#registro-primerApellido').fill(person.primerApellido);
    if (person.segundoApellido) await page.locator('#registro-segundoApellido').fill(person.segundoApellido);
    await page.locator('#registro-curp').fill(person.curp);
    await page.locator('#registro-rfc').fill(person.rfc);
    await page.locator('#registro-homoclave').fill(person.homoclave);
    await page.locator('#registro-password').fill(PASSWORD);
    await page.locator('#registro-confirmation').fill(PASSWORD);
    await page.getByRole('button', { name: 'Crear cuenta y aceptar' }).click();
    await page.getByRole('heading', { level: 1, name: /^Hola, / }).waitFor({ timeout: 15_000 }).catch(async (error) => {
      throw new Error(`No se aceptó la invitación: ${await page.locator('main').innerText()}`, { cause: error });
    });
  }

  async function startDeclaration(page: Page, tipo: RegExp, fill: (page: Page) => Promise<void>) {
    await page.getByRole('link', { name: 'Mis declaraciones' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Mis declaraciones' }).waitFor();
    await page.getByRole('link', { name: 'Nueva declaración' }).first().click();
    await page.getByRole('radio', { name: tipo }).check();
    await fill(page);
    await page.getByRole('button', { name: /Iniciar/ }).click();
    await page.waitForURL(/\/declaraciones\/[0-9a-f-]+\/secciones\//);
  }

  /** Fills the open section and moves on with «Guardar y continuar»; fails with the missing fields when it cannot. */
  async function completeSection(page: Page, name: string, data: Json, check?: () => Promise<void>) {
    // A new draft opens at its first unfinished section, which may lie past a prefilled one.
    if (!page.url().endsWith(`/secciones/${name}`)) await page.goto(page.url().replace(/\/secciones\/[^/]+$/, `/secciones/${name}`));
    await page.waitForURL(new RegExp(`/secciones/${name}$`));
    await page.locator('#seccion-titulo').waitFor();
    await fillSection(page, data);
    await check?.();
    if (name === 'ingresos') await page.screenshot({ path: screenshotPath('ingresos-totales'), fullPage: true });
    const from = page.url();
    await page.getByRole('button', { name: /^Guardar (y continuar|e ir a revisión)$/ }).click();
    const moved = await page.waitForURL((url) => url.toString() !== from, { timeout: 15_000 }).then(
      () => true,
      () => false,
    );
    if (!moved) {
      await page.screenshot({ path: screenshotPath(`seccion-incompleta-${name}`), fullPage: true });
      throw new Error(`La sección ${name} no quedó completa: ${await page.locator('.error-summary').innerText().catch(() => '(sin resumen)')}`);
    }
  }

  beforeAll(async () => {
    ({ database, server, browser, base } = await startWebStack(dataDir, 'filer'));
    const accounts = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-accounts.json'), 'utf8')) as DemoAccount[];
    admin = accounts.find((a) => a.role === 'ADMIN_INSTITUCION')!;
  });

  afterAll(() => stopWebStack({ browser, server, database }, dataDir));

  it('a new filer accepts the invitation, fills a complete INICIAL, survives a reload, signs and downloads the acuse', async () => {
    const email = 'jose.munoz@e2e.gob.mx';
    const { link, setLevel } = await invite(email, 'JEFE_DEPARTAMENTO_O_SUPERIOR');
    const context = await browser.newContext({ locale: 'es-MX', acceptDownloads: true });
    const page = await context.newPage();
    try {
      const curp = validCurp('MUXJ820714HJCXXN');
      await register(page, link, { nombre: 'José Ángel', primerApellido: 'Muñoz', segundoApellido: 'Peña', curp, rfc: 'MUPA820714', homoclave: 'LY3' });
      await setLevel();
      await startDeclaration(page, /inicial/i, async (p) => p.getByLabel(/Fecha de toma de posesión/).fill('2023-01-16'));

      // Datos generales arrive from the account and the employment section from the institution; the
      // draft may open further on when what arrived already completes the section.
      const nav = page.getByRole('navigation', { name: 'Secciones de la declaración' });
      await nav.getByRole('link', { name: /Datos generales/ }).first().click();
      await page.waitForURL(/\/secciones\/datosGenerales$/);
      const prefilled = { nombre: 'José Ángel', primerApellido: 'Muñoz', segundoApellido: 'Peña', curp, 'rfc-rfc': 'MUPA820714', 'rfc-homoClave': 'LY3', 'correoElectronico-institucional': email };
      for (const [field, value] of Object.entries(prefilled)) await expect(page.locator(`#campo-${field}`).inputValue()).resolves.toBe(value);
      await page.screenshot({ path: screenshotPath('inicial-prellenada'), fullPage: true });

      const sections = fixtureSections();
      expect(sections.map(([name]) => name)).toHaveLength(22);
      // The reference filing, as this filer's own: their CURP, account e-mail and institution.
      const generales = sections.find(([n]) => n === 'datosGenerales')![1] as { curp: string; correoElectronico: { institucional: string } };
      generales.curp = curp;
      generales.correoElectronico.institucional = email;
      Object.assign(sections.find(([n]) => n === 'datosEmpleoCargoComision')![1], { nivelOrdenGobierno: 'MUNICIPAL_ALCALDIA', ambitoPublico: 'EJECUTIVO', nombreEntePublico: 'Ayuntamiento de Demostración (datos ficticios)' });
      resetEffort();
      for (const [index, [name, data]] of sections.entries()) {
        // An INICIAL asks for no «Tipo de operación» and no «motivo de baja»: the app sets AGREGAR.
        await completeSection(page, name, data, async () => {
          await expect(page.locator('[id*="tipoOperacion"], [id*="motivoBaja"]').count()).resolves.toBe(0);
          await expect(page.getByText(/Tipo de operación|motivo de (la )?baja/i).count()).resolves.toBe(0);
        });
        if (name === 'bienesInmuebles') await page.screenshot({ path: screenshotPath('captura-vehiculos'), fullPage: true });
        if (index === 7) {
          // Mid-way: a reload keeps everything, read back from the server.
          await page.reload();
          await page.locator('#seccion-titulo').waitFor();
          await page.getByRole('navigation', { name: 'Secciones de la declaración' }).getByRole('link', { name: /Domicilio del declarante/ }).first().click();
          const domicilio = sections.find(([n]) => n === 'domicilioDeclarante')![1] as { domicilioMexico: { calle: string } };
          await expect(page.locator('#campo-domicilioMexico-calle').inputValue()).resolves.toBe(domicilio.domicilioMexico.calle);
          await page.getByRole('navigation', { name: 'Secciones de la declaración' }).getByRole('link', { name: /Actividad|año inmediato anterior/ }).first().click();
        }
      }

      await page.waitForURL(/\/revision$/);
      // Entries and clicks the reference INICIAL takes in the sections (reported in the issue 14 work).
      fs.writeFileSync(screenshotPath('esfuerzo-inicial').replace(/\.png$/, '.json'), JSON.stringify(effort));
      console.log(`Captura de la INICIAL de referencia: ${effort.entries} entradas, ${effort.clicks} clics`);
      await page.screenshot({ path: screenshotPath('revision'), fullPage: true });
      await page.getByRole('button', { name: 'Firmar y presentar' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('checkbox', { name: /Acepto/ }).check();
      await dialog.locator('#firma-password').fill(PASSWORD);
      await page.screenshot({ path: screenshotPath('firma'), fullPage: true });
      await dialog.getByRole('button', { name: /^Firmar/ }).click();
      await page.waitForURL(/\/presentadas\//);
      const folio = (await page.getByTestId('folio').innerText()).trim();
      expect(folio).toMatch(/^[A-Z0-9-]+-\d{4}-\d{6}$/);
      await page.screenshot({ path: screenshotPath('presentada'), fullPage: true });

      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: 'Descargar acuse' }).click()]);
      const file = path.join(dataDir, 'acuse.pdf');
      await download.saveAs(file);
      const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
      expect(text.replace(/\s+/g, ' ')).toContain(folio);
    } finally {
      await context.close();
    }
  }, 300_000);

  it('a simplified MODIFICACIÓN started from the previous filing shows the carried items as «sin cambios»', async () => {
    const email = 'lucia.pena@e2e.gob.mx';
    const { link, setLevel } = await invite(email, 'INFERIOR_A_JEFE_DEPARTAMENTO');
    const context = await browser.newContext({ locale: 'es-MX' });
    const page = await context.newPage();
    try {
      await register(page, link, { nombre: 'Lucía', primerApellido: 'Peña', curp: validCurp('PEXL900512MJCXXC'), rfc: 'PEXL900512', homoclave: homoclave('PEXL900512', 'AB') });
      await setLevel();
      // Her INICIAL of a previous year, filed through the API with the simplified reference filing.
      const token = await login(email, PASSWORD);
      const reference = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'inicial-simplificada.json'), 'utf8')) as { declaracion: { situacionPatrimonial: Record<string, Json> } };
      const patrimonial = reference.declaracion.situacionPatrimonial;
      const fecha = (patrimonial.datosEmpleoCargoComision as { fechaTomaPosesion: string }).fechaTomaPosesion;
      const draft = await api<{ id: string; sections: Array<{ name: string; version: number }> }>('POST', '/api/declarations', token, { tipo: 'INICIAL', fechaTomaPosesion: fecha });
      for (const [name, data] of Object.entries(patrimonial)) {
        const version = draft.sections.find((s) => s.name === name)!.version;
        const saved = await fetch(`${base}/api/declarations/${draft.id}/sections/${name}`, { method: 'PUT', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'If-Match': `"${version}"` }, body: JSON.stringify(data) });
        expect(saved.status).toBe(200);
      }
      await api('POST', `/api/declarations/${draft.id}/sign`, token, { password: PASSWORD, aceptaProtesta: true });

      await startDeclaration(page, /modificación/i, async (p) => {
        await p.getByRole('checkbox', { name: /Partir de mi última declaración presentada/ }).waitFor();
        expect(await p.getByRole('checkbox', { name: /Partir de mi última declaración presentada/ }).isChecked()).toBe(true);
      });
      const nav = page.getByRole('navigation', { name: 'Secciones de la declaración' });
      await nav.getByRole('link', { name: /Datos curriculares/ }).first().click();
      await page.waitForURL(/\/secciones\/datosCurricularesDeclarante$/);
      const items = page.locator('.list-item');
      const carried = (patrimonial.datosCurricularesDeclarante as { escolaridad: unknown[] }).escolaridad.length;
      expect(carried).toBeGreaterThan(0);
      await items.nth(carried - 1).waitFor();
      await expect(items.count()).resolves.toBe(carried);
      for (let i = 0; i < carried; i++) await items.nth(i).locator('h4 .badge', { hasText: 'Sin cambios' }).waitFor();
      await nav.getByText('Sin cambios').first().waitFor();
      await page.screenshot({ path: screenshotPath('modificacion-sin-cambios'), fullPage: true });
    } finally {
      await context.close();
    }
  }, 300_000);

  it('completes a section with the keyboard alone, and the main pages have no serious accessibility violation', async () => {
    const email = 'teclado@e2e.gob.mx';
    const { link, setLevel } = await invite(email, 'JEFE_DEPARTAMENTO_O_SUPERIOR');
    const context = await browser.newContext({ locale: 'es-MX' });
    const page = await context.newPage();
    const violations: string[] = [];
    const audit = async (label: string) => {
      await page.evaluate(AXE_SOURCE);
      const found = (await page.evaluate(() => (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(document, { resultTypes: ['violations'] }))).violations;
      for (const v of found) if (v.impact === 'serious' || v.impact === 'critical') violations.push(`${label}: ${v.id} (${v.impact}) en ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    };
    try {
      await register(page, link, { nombre: 'Tomás', primerApellido: 'Ibarra', curp: validCurp('IXTO850101HDFBXM'), rfc: 'IBTO850101', homoclave: homoclave('IBTO850101', 'XY') });
      await setLevel();
      await page.getByRole('link', { name: 'Mis declaraciones' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Mis declaraciones' }).waitFor();
      await audit('Mis declaraciones');
      await page.getByRole('link', { name: 'Nueva declaración' }).first().click();
      await page.getByRole('radio', { name: /inicial/i }).waitFor();
      await audit('Nueva declaración');
      await startDeclaration(page, /inicial/i, async (p) => p.getByLabel(/Fecha de toma de posesión/).fill('2026-10-01'));
      const nav = page.getByRole('navigation', { name: 'Secciones de la declaración' });
      await nav.getByRole('link', { name: /Domicilio del declarante/ }).first().click();
      await page.locator('#campo-domicilioMexico-calle').waitFor();

      // From the page heading on, only Tab, typing and Enter.
      await page.locator('#seccion-titulo').evaluate((h) => {
        h.setAttribute('tabindex', '-1');
        (h as HTMLElement).focus();
      });
      const typeInto = async (fieldId: string, text: string) => {
        for (let presses = 0; presses < 60; presses++) {
          await page.keyboard.press('Tab');
          if ((await page.evaluate(() => document.activeElement?.id)) === fieldId) {
            await page.keyboard.type(text);
            return;
          }
        }
        throw new Error(`El campo ${fieldId} no se alcanza con Tab`);
      };
      await typeInto('campo-domicilioMexico-calle', 'Avenida Juárez');
      await typeInto('campo-domicilioMexico-numeroExterior', '18');
      await typeInto('campo-domicilioMexico-coloniaLocalidad', 'Centro');
      await typeInto('campo-domicilioMexico-entidadFederativa', 'Jalisco');
      await page.locator('#campo-domicilioMexico-municipioAlcaldia option[value="039"]').waitFor({ state: 'attached' });
      await typeInto('campo-domicilioMexico-municipioAlcaldia', 'Guadalajara');
      await typeInto('campo-domicilioMexico-codigoPostal', '44100');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/secciones\/datosCurricularesDeclarante$/, { timeout: 15_000 });
      await expect(nav.getByRole('link', { name: /Domicilio del declarante/ }).first().innerText()).resolves.toContain('Completa');

      await nav.getByRole('link', { name: /Bienes inmuebles/ }).first().click();
      await page.getByRole('button', { name: 'Agregar inmueble' }).click();
      await audit('Sección con un elemento abierto');
      await page.getByRole('link', { name: /Revisar y firmar/ }).first().click();
      await page.getByRole('heading', { level: 1, name: /Revisar y firmar/ }).waitFor();
      // Opening a section saves nothing, and an added but empty item keeps its section pending.
      const pending = page.getByRole('region', { name: 'Secciones por completar' });
      await pending.getByRole('link', { name: 'Datos curriculares del declarante' }).waitFor();
      await pending.getByRole('link', { name: 'Bienes inmuebles' }).waitFor();
      await pending.getByText(/este elemento está vacío/i).waitFor();
      await audit('Revisión');
      await page.screenshot({ path: screenshotPath('revision-pendientes'), fullPage: true });
      expect(violations).toEqual([]);

      // On a phone the same section fits the screen: no sideways scrolling.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goBack();
      await page.getByRole('button', { name: /Editar inmueble 1|Ocultar inmueble 1/ }).waitFor();
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
      await page.screenshot({ path: screenshotPath('telefono-seccion'), fullPage: true });
    } finally {
      await context.close();
    }
  }, 300_000);

  it('a first-time filer files a complete MODIFICACIÓN and then a CONCLUSIÓN through the UI', async () => {
    const email = 'rocio.salinas@e2e.gob.mx';
    const { link, setLevel } = await invite(email, 'JEFE_DEPARTAMENTO_O_SUPERIOR');
    const context = await browser.newContext({ locale: 'es-MX' });
    const page = await context.newPage();
    const fileAll = async (file: string) => {
      for (const [name, data] of fixtureSections(file)) await completeSection(page, name, data);
      await page.waitForURL(/\/revision$/);
      await page.getByRole('button', { name: 'Firmar y presentar' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('checkbox', { name: /Acepto/ }).check();
      await dialog.locator('#firma-password').fill(PASSWORD);
      await dialog.getByRole('button', { name: /^Firmar/ }).click();
      await page.waitForURL(/\/presentadas\//);
      return (await page.getByTestId('folio').innerText()).trim();
    };
    try {
      await register(page, link, { nombre: 'Rocío', primerApellido: 'Salinas', curp: validCurp('SAXR790303MDFLXC'), rfc: 'SARO790303', homoclave: homoclave('SARO790303', 'K7') });
      await setLevel();
      await startDeclaration(page, /modificación/i, async () => undefined);
      const modificacion = await fileAll('modificacion-completa.json');
      await startDeclaration(page, /conclusión/i, async (p) => {
        await p.getByLabel(/Fecha de conclusión/).fill('2024-10-15');
        await p.getByRole('checkbox', { name: /Partir de mi última declaración presentada/ }).uncheck();
      });
      const conclusion = await fileAll('conclusion-completa.json');
      expect(conclusion).not.toBe(modificacion);
      // Both appear under «Presentadas» with their folios.
      await page.getByRole('link', { name: 'Mis declaraciones' }).first().click();
      await page.getByText(modificacion).first().waitFor();
      await page.getByText(conclusion).first().waitFor();
      await page.screenshot({ path: screenshotPath('mis-declaraciones'), fullPage: true });
    } finally {
      await context.close();
    }
  }, 400_000);
});
