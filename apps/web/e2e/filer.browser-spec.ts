import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { screenshotPath } from './browser';
import { effort, resetEffort } from './filer-fill';
import { FIXTURES, PASSWORD, fixtureSections, homoclave, useFilerStack, validCurp, type Json } from './filer-flow';

/** A new filer files each kind of declaration through the UI, from the invitation to the acuse. */
describe('filer web app in Chromium', () => {
  const filer = useFilerStack('filer');
  const { dataDir, api, login, invitedPage, register, startDeclaration, completeSection } = filer;

  it('a new filer accepts the invitation, fills a complete INICIAL, survives a reload, signs and downloads the acuse', async () => {
    const email = 'jose.munoz@e2e.gob.mx';
    const { link, setLevel, context, page } = await invitedPage(email, 'JEFE_DEPARTAMENTO_O_SUPERIOR', { acceptDownloads: true });
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
    const { base } = filer.stack();
    const email = 'lucia.pena@e2e.gob.mx';
    const { link, setLevel, context, page } = await invitedPage(email, 'INFERIOR_A_JEFE_DEPARTAMENTO');
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

  it('a first-time filer files a complete MODIFICACIÓN and then a CONCLUSIÓN through the UI', async () => {
    const email = 'rocio.salinas@e2e.gob.mx';
    const { link, setLevel, context, page } = await invitedPage(email, 'JEFE_DEPARTAMENTO_O_SUPERIOR');
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
