import { screenshotPath } from './browser';
import { homoclave, useFilerStack, validCurp } from './filer-flow';

// axe-core's own bundle, evaluated in the page (the app's CSP forbids injecting a script tag).
const AXE_SOURCE: string = require('axe-core').source;

/** The filer's form with the keyboard alone, on a phone, and checked by axe-core. */
describe('filer web app with the keyboard, in Chromium', () => {
  const filer = useFilerStack('filer-keys');
  const { invitedPage, register, startDeclaration } = filer;

  it('completes a section with the keyboard alone, and the main pages have no serious accessibility violation', async () => {
    const email = 'teclado@e2e.gob.mx';
    const { link, setLevel, context, page } = await invitedPage(email, 'JEFE_DEPARTAMENTO_O_SUPERIOR');
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
});
