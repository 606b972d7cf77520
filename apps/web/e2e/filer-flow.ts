import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { curpCheckDigit, rfcCheckDigit } from '@veraz/accounts';
import { makeTemporaryDataDir } from '@veraz/db';
import { linkToken, waitForMail } from '@veraz/testing';
import { addToRoster, jsonApi, screenshotPath, startWebStack, stopWebStack, type WebStack } from './browser';
import { fillSection } from './filer-fill';

export type Json = Record<string, unknown>;

interface DemoAccount {
  email: string;
  password: string;
  role: string;
}

export const FIXTURES = path.resolve(__dirname, '../../../libs/standards/test/fixtures');
export const PASSWORD = 'Declaro-con-verdad-2026';

/** A reference filing's sections, one item per list, plus a co-owned and a foreign property. */
export function fixtureSections(file = 'inicial-completa.json'): Array<[string, Json]> {
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
export function homoclave(rfc: string, first2: string): string {
  return first2 + rfcCheckDigit(rfc + first2);
}

export function validCurp(first16: string): string {
  const first17 = `${first16}0`;
  return first17 + curpCheckDigit(first17);
}

export type Level = 'JEFE_DEPARTAMENTO_O_SUPERIOR' | 'INFERIOR_A_JEFE_DEPARTAMENTO';
export type Registrant = { nombre: string; primerApellido: string; segundoApellido?: string; curp: string; rfc: string; homoclave: string };

/** The admin puts the person on the roster; then they open their invitation link and create their account. */
export async function registerFiler(page: Page, base: string, adminToken: string, link: string, person: Registrant): Promise<void> {
  await addToRoster(base, adminToken, person);
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

/**
 * For the suite it is called in: a web stack with the demo seed (its own database, server, data folder
 * and Chromium), and the steps a new filer takes in it, from the admin's invitation to a section saved.
 */
export function useFilerStack(name: string) {
  let stack: WebStack;
  let admin: DemoAccount;
  const dataDir = makeTemporaryDataDir(`veraz-${name}-`);
  const { api, login } = jsonApi(() => stack.base);

  beforeAll(async () => {
    stack = await startWebStack(dataDir, name);
    const accounts = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-accounts.json'), 'utf8')) as DemoAccount[];
    admin = accounts.find((a) => a.role === 'ADMIN_INSTITUCION')!;
  });

  afterAll(() => stopWebStack(stack ?? {}, dataDir));

  /** A new filer invited by the admin, with the employment level recorded; the link comes from the e-mail sent to them. */
  async function invite(email: string, level: Level): Promise<{ link: string; setLevel: () => Promise<void> }> {
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

  const register = async (page: Page, link: string, person: Registrant) => registerFiler(page, stack.base, await login(admin.email, admin.password), link, person);

  /** A browser page of its own for a new filer invited by the admin (see invite). */
  async function invitedPage(email: string, level: Level, options: BrowserContextOptions = {}) {
    const invited = await invite(email, level);
    const context = await stack.browser.newContext({ locale: 'es-MX', ...options });
    return { ...invited, context, page: await context.newPage() };
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

  return { stack: () => stack, dataDir, api, login, invitedPage, register, startDeclaration, completeSection };
}
