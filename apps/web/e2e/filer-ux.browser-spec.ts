import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { curpCheckDigit, rfcCheckDigit } from '@veraz/accounts';
import { makeTemporaryDataDir } from '@veraz/db';
import { linkToken, mailRecipient, type RunningServer, type TestDatabase, waitForMail } from '@veraz/testing';
import { jsonApi, screenshotPath, startWebStack, stopWebStack } from './browser';
import { fillSection } from './filer-fill';
import { FIXTURES, PASSWORD, registerFiler, type Json, type Level } from './filer-flow';

const PHONE = { width: 390, height: 844 };

function person(nombre: string, primerApellido: string, curp16: string, rfc10: string) {
  const curp17 = `${curp16}0`;
  return { nombre, primerApellido, curp: curp17 + curpCheckDigit(curp17), rfc: rfc10, homoclave: `K7${rfcCheckDigit(`${rfc10}K7`)}` };
}

/** What a filer notices besides the data: console, focus, phone width, where the acuse goes, no dead end. */
describe('what a filer notices, in Chromium', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let base: string;
  let admin: { email: string; password: string };
  const dataDir = makeTemporaryDataDir('veraz-filerux-');

  const client = jsonApi(() => base);
  const api = client.api;
  const login = (email: string, password = PASSWORD) => client.login(email, password);

  async function signIn(page: Page, email: string, password: string) {
    await page.goto(`${base}/ingresar`);
    await page.getByLabel('Correo electrónico').fill(email);
    await page.getByLabel('Contraseña').fill(password);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.getByRole('heading', { level: 1, name: /^Hola, / }).waitFor();
  }

  /** The admin invites through the web form, choosing the level there when given. */
  async function inviteInBrowser(email: string, level: Level | null): Promise<string> {
    const context = await browser.newContext({ locale: 'es-MX' });
    const page = await context.newPage();
    try {
      await signIn(page, admin.email, admin.password);
      await page.goto(`${base}/invitaciones`);
      await page.getByLabel('Correo electrónico').fill(email);
      if (level) await page.getByLabel(/^Nivel de empleo/).selectOption(level);
      else {
        // Without a level the form refuses: an admin who cannot choose one now invites through the API.
        await page.getByRole('button', { name: 'Enviar invitación' }).click();
        await page.getByText('Elige el nivel de empleo de quien declarará.').first().waitFor();
        const token = await login(admin.email, admin.password);
        const invitation = await api<{ id: string }>('POST', '/api/invitations', token, { email, roles: ['DECLARANTE'] });
        return `/invitacion/${linkToken(await waitForMail(dataDir, invitation.id), 'invitacion')}`;
      }
      await page.getByRole('button', { name: 'Enviar invitación' }).click();
      await page.getByRole('heading', { name: `Invitación enviada a ${email}` }).waitFor();
      const list = await api<{ items: Array<{ id: string; email: string; employmentLevel: string | null }> }>('GET', '/api/invitations?limit=200', await login(admin.email, admin.password));
      const invitation = list.items.find((i) => i.email === email)!;
      expect(invitation.employmentLevel).toBe(level);
      return `/invitacion/${linkToken(await waitForMail(dataDir, invitation.id), 'invitacion')}`;
    } finally {
      await context.close();
    }
  }

  const register = async (page: Page, link: string, who: ReturnType<typeof person>) => registerFiler(page, base, await login(admin.email, admin.password), link, who);

  /** Console errors and failed responses of a page, as a person with the developer tools open would see them. */
  function watchConsole(page: Page): string[] {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`consola: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`excepción: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
    });
    return problems;
  }

  async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: 'es-MX' });
    return { context, page: await context.newPage() };
  }

  beforeAll(async () => {
    ({ database, server, browser, base } = await startWebStack(dataDir, 'filerux'));
    const accounts = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-accounts.json'), 'utf8')) as Array<{ email: string; password: string; role: string }>;
    admin = accounts.find((a) => a.role === 'ADMIN_INSTITUCION')!;
  });

  afterAll(() => stopWebStack({ browser, server, database }, dataDir));

  it('a first visit logs no error in the console: with no session the check answers without an error status', async () => {
    const { context, page } = await newPage();
    const problems = watchConsole(page);
    try {
      const checked = page.waitForResponse((r) => r.url().endsWith('/api/auth/refresh'));
      await page.goto(`${base}/`);
      expect((await checked).status()).toBe(204);
      await page.getByRole('heading', { level: 1, name: 'Ingresar a Veraz' }).waitFor();
      await page.goto(`${base}/ingresar`);
      await page.getByRole('heading', { level: 1, name: 'Ingresar a Veraz' }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('a filer invited with a level starts at once; «Guardar y continuar» opens the next section at its top; on a phone nothing is wider than the screen', async () => {
    const email = 'paola.rios@e2e.gob.mx';
    const link = await inviteInBrowser(email, 'JEFE_DEPARTAMENTO_O_SUPERIOR');
    const { context, page } = await newPage();
    try {
      await register(page, link, person('Paola', 'Ríos', 'RIXP880305MJCSXL', 'RIPA880305'));
      // No dead end: nothing on the home page says she must wait.
      await page.getByRole('link', { name: 'Mis declaraciones' }).first().waitFor();
      await expect(page.getByTestId('sin-nivel').count()).resolves.toBe(0);

      await page.getByRole('link', { name: 'Mis declaraciones' }).first().click();
      await page.getByRole('link', { name: 'Nueva declaración' }).first().click();
      await page.getByRole('radio', { name: /inicial/i }).check();
      await page.getByLabel(/Fecha de toma de posesión/).fill('2026-01-16');
      await page.getByRole('button', { name: /Iniciar/ }).click();
      // Datos generales arrives prefilled from the account, so the draft may open further on; the test
      // starts from it, as a filer checking the prefilled data would.
      await page.waitForURL(/\/secciones\//);
      await page.goto(page.url().replace(/\/secciones\/[^/]+$/, '/secciones/datosGenerales'));

      const completa = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'inicial-completa.json'), 'utf8')) as { declaracion: { situacionPatrimonial: Record<string, Json> } };
      await page.locator('#seccion-titulo').waitFor();
      await fillSection(page, completa.declaracion.situacionPatrimonial.datosGenerales!);
      await page.getByRole('button', { name: 'Guardar y continuar' }).scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
      await page.getByRole('button', { name: 'Guardar y continuar' }).click();
      await page.waitForURL(/\/secciones\/domicilioDeclarante$/, { timeout: 15_000 });
      await page.locator('#seccion-titulo', { hasText: 'Domicilio' }).waitFor();
      // The next section opens at its top, with the focus on its heading (a screen reader announces it).
      await expect(page.evaluate(() => window.scrollY)).resolves.toBe(0);
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('seccion-titulo');

      // On a wide screen the links show inline, with no «Menú» button.
      await expect(page.getByRole('button', { name: 'Menú' }).isVisible()).resolves.toBe(false);
      await expect(page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Mis declaraciones' }).isVisible()).resolves.toBe(true);

      // On a phone: the header is one short line, and editing an item of any list keeps the page within the screen.
      await page.setViewportSize(PHONE);
      const declarationUrl = page.url().replace(/\/secciones\/.*$/, '');
      const wide: string[] = [];
      let measured = 0;
      const reference = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'inicial-completa.json'), 'utf8')) as { declaracion: Record<string, Json> };
      for (const section of [...Object.keys(reference.declaracion.situacionPatrimonial!), ...Object.keys(reference.declaracion.interes!)]) {
        await page.goto(`${declarationUrl}/secciones/${section}`);
        await page.locator('#seccion-titulo').waitFor();
        // Everything above the form (site header and the declaration's own line) fits in about 100 px.
        const frame = await page.locator('.declaration-header').boundingBox();
        if (section === 'datosGenerales') await page.screenshot({ path: screenshotPath('telefono-cabecera') });
        expect(frame!.y + frame!.height).toBeLessThanOrEqual(110);
        const add = page.locator('button.add-item').first();
        if ((await add.count()) === 0) continue;
        await add.click();
        await page.locator('.list-item.open').first().waitFor();
        measured += 1;
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > PHONE.width) {
          // Name the innermost elements that stick out, so a failure says what to fix.
          const culprits = await page.evaluate((limit) => {
            const out: string[] = [];
            for (const el of Array.from(document.querySelectorAll('main *'))) {
              const box = el.getBoundingClientRect();
              if (box.right <= limit + 0.5 || Array.from(el.children).some((c) => c.getBoundingClientRect().right > limit + 0.5)) continue;
              out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.split(' ').join('.')}` : ''} (${Math.round(box.right)} px)`);
            }
            return out.slice(0, 4);
          }, PHONE.width);
          wide.push(`${section}: ${width} px — ${culprits.join(', ')}`);
          await page.screenshot({ path: screenshotPath(`telefono-ancho-${section}`), fullPage: true });
        }
        if (section === 'bienesInmuebles') await page.screenshot({ path: screenshotPath('telefono-inmueble'), fullPage: true });
      }
      expect(measured).toBeGreaterThanOrEqual(10);
      expect(wide).toEqual([]);
      // The menu folds behind «Menú» and still reaches every link.
      await expect(page.getByRole('navigation', { name: 'Principal' }).isVisible()).resolves.toBe(false);
      await page.getByRole('button', { name: 'Menú' }).click();
      await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Mis declaraciones' }).waitFor();
      await page.screenshot({ path: screenshotPath('telefono-menu-abierto') });
    } finally {
      await context.close();
    }
  }, 300_000);

  it('a filer without a level is told why on the home page, and the members page marks them for the admin', async () => {
    const email = 'ulises.vega@e2e.gob.mx';
    const link = await inviteInBrowser(email, null);
    const { context, page } = await newPage();
    try {
      await register(page, link, person('Ulises', 'Vega', 'VEXU910818HJCGXL', 'VEUL910818'));
      const notice = page.getByRole('region', { name: 'Aún no puedes iniciar tu declaración' });
      await notice.waitFor();
      await expect(notice.innerText()).resolves.toContain('Tu institución aún no registra tu nivel de empleo');
      await page.screenshot({ path: screenshotPath('inicio-sin-nivel'), fullPage: true });
    } finally {
      await context.close();
    }

    const adminPage = await newPage();
    try {
      await signIn(adminPage.page, admin.email, admin.password);
      await adminPage.page.goto(`${base}/miembros`);
      const row = adminPage.page.getByRole('row', { name: /Ulises Vega/ });
      await row.getByText('Falta nivel de empleo').waitFor();
      await adminPage.page.getByTestId('faltan-niveles').waitFor();
      await adminPage.page.screenshot({ path: screenshotPath('miembros-sin-nivel'), fullPage: true });
      // Once the admin records it, the mark goes away and the filer can start.
      await row.getByLabel(/Nivel de empleo de Ulises Vega/).selectOption('INFERIOR_A_JEFE_DEPARTAMENTO');
      await row.getByRole('button', { name: /Guardar nivel/ }).click();
      await adminPage.page.getByText('Nivel de Ulises Vega guardado.').waitFor();
      await expect(row.getByText('Falta nivel de empleo').count()).resolves.toBe(0);
    } finally {
      await adminPage.context.close();
    }
    const token = await login(email);
    await expect(api<{ canStart: boolean }>('GET', '/api/declarations/readiness', token)).resolves.toMatchObject({ canStart: true });
  }, 300_000);

  it('the sign dialog names where the acuse goes, and the acuse reaches the account and the personal e-mail of datos generales', async () => {
    const email = 'ofelia.mora@e2e.gob.mx';
    const link = await inviteInBrowser(email, 'INFERIOR_A_JEFE_DEPARTAMENTO');
    const { context, page } = await newPage();
    try {
      await register(page, link, person('Ofelia', 'Mora', 'MOXO870211MJCRXF', 'MOOF870211'));
      // The sections of the simplified reference filing, saved through the API.
      const token = await login(email);
      const reference = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'inicial-simplificada.json'), 'utf8')) as { declaracion: { situacionPatrimonial: Record<string, Json> } };
      const sections = reference.declaracion.situacionPatrimonial;
      const personal = (sections.datosGenerales!.correoElectronico as { personal: string }).personal;
      const fecha = (sections.datosEmpleoCargoComision as { fechaTomaPosesion: string }).fechaTomaPosesion;
      const draft = await api<{ id: string; sections: Array<{ name: string; version: number }> }>('POST', '/api/declarations', token, { tipo: 'INICIAL', fechaTomaPosesion: fecha });
      // Datos generales and the employment section start prefilled (version 1); the rest are empty.
      const versionOf = (name: string) => `"${draft.sections.find((s) => s.name === name)?.version ?? 0}"`;
      for (const [name, data] of Object.entries(sections)) await api('PUT', `/api/declarations/${draft.id}/sections/${name}`, token, data, { 'If-Match': versionOf(name) });

      await page.goto(`${base}/declaraciones/${draft.id}/revision`);
      await page.getByRole('button', { name: 'Firmar y presentar' }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByTestId('acuse-destino').innerText()).resolves.toBe(`Al firmar te enviaremos el acuse por correo a ${email} y a ${personal}.`);
      await page.screenshot({ path: screenshotPath('firma-destino-acuse') });
      await dialog.getByRole('checkbox', { name: /Acepto/ }).check();
      await dialog.locator('#firma-password').fill(PASSWORD);
      await dialog.getByRole('button', { name: /^Firmar/ }).click();
      await page.waitForURL(/\/presentadas\//);
      const filingId = page.url().split('/').pop()!;

      const mail = await waitForMail(dataDir, `acuse-correo-${filingId}`, 90_000);
      expect(mailRecipient(mail)).toBe(`${email}, ${personal}`);
    } finally {
      await context.close();
    }
  }, 300_000);
});
