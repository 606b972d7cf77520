import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';
import { completeDeclaration, DECLARATION_ID, FILING_ID, declarationView, errorResponse, pdfResponse, stubObjectUrls } from './testData';

let urls: ReturnType<typeof stubObjectUrls>;
beforeEach(() => {
  urls = stubObjectUrls();
});
afterEach(() => urls.restore());

const REVIEW = `/declaraciones/${DECLARATION_ID}/revision`;

describe('ReviewPage', () => {
  it('lists the sections still missing, with readable problems and links, and does not let sign yet', async () => {
    const { fetch } = mockFetch((call) => (call.path === `/api/declarations/${DECLARATION_ID}` ? jsonResponse(200, declarationView()) : jsonResponse(404, { statusCode: 404, code: 'X', message: 'x' })));
    renderApp(REVIEW, { fetch, session: makeSession() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Revisar y firmar' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Revisar y firmar · Veraz'));
    const block = await screen.findByRole('region', { name: 'Secciones por completar' });
    expect(within(block).getByText('Faltan completar 2 secciones antes de firmar:')).toBeTruthy();
    const links = within(block).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Domicilio del declarante', `/declaraciones/${DECLARATION_ID}/secciones/domicilioDeclarante`],
      ['Bienes inmuebles', `/declaraciones/${DECLARATION_ID}/secciones/bienesInmuebles`],
    ]);
    // The section prefix is dropped and the path reads as words.
    // In the form's own words (standards/formulario), not the S1 path.
    expect(await within(block).findByText('Domicilio en México › Código postal: Falta capturar el código postal.')).toBeTruthy();
    expect(within(block).getByText(/Aún no has guardado esta sección/)).toBeTruthy();
    // Complete sections and "Ninguno" are not listed.
    expect(within(block).queryByText('Datos generales')).toBeNull();
    expect(within(block).queryByText('Vehículos')).toBeNull();

    const sign = screen.getByRole('button', { name: 'Firmar y presentar' }) as HTMLButtonElement;
    expect(sign.disabled).toBe(true);
    expect(document.getElementById(sign.getAttribute('aria-describedby')!)?.textContent).toBe('Podrás firmar cuando completes las secciones que faltan.');
  });

  it('opens the watermarked preview in a new tab and offers to download it', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue({} as Window);
    const { fetch, calls } = mockFetch((call) => {
      if (call.path === `/api/declarations/${DECLARATION_ID}`) return jsonResponse(200, completeDeclaration());
      if (call.path === `/api/declarations/${DECLARATION_ID}/preview.pdf`) return pdfResponse('vista-preliminar-modificacion-2025.pdf');
      return jsonResponse(404, { statusCode: 404, code: 'X', message: 'x' });
    });
    const { user } = renderApp(REVIEW, { fetch, session: makeSession() });

    expect(await screen.findByText(/Todas las secciones están completas/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Firmar y presentar' }) as HTMLButtonElement).disabled).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Ver vista preliminar (PDF)' }));
    const link = await screen.findByRole('link', { name: 'Descargar vista preliminar (PDF)' });
    expect(link.getAttribute('href')).toBe('blob:veraz/1');
    expect(link.getAttribute('download')).toBe('vista-preliminar-modificacion-2025.pdf');
    expect(open).toHaveBeenCalledWith('blob:veraz/1', '_blank');
    expect(screen.getByText('La vista preliminar se abrió en una pestaña nueva. También puedes descargarla.')).toBeTruthy();
    expect(await urls.created[0]!.text()).toBe('%PDF-1.7 fake');
    expect(calls.find((c) => c.path.endsWith('preview.pdf'))?.authorization).toBe('Bearer token-1');
    // No frames: the blob could not be shown in one under the CSP.
    expect(document.querySelector('iframe, object, embed')).toBeNull();
  });

  it('explains when the preview could not be generated', async () => {
    const { fetch } = mockFetch((call) => {
      if (call.path === `/api/declarations/${DECLARATION_ID}`) return jsonResponse(200, completeDeclaration());
      return errorResponse(404, 'NO_ENCONTRADO', 'No se encontró la declaración.');
    });
    const { user } = renderApp(REVIEW, { fetch, session: makeSession() });

    await user.click(await screen.findByRole('button', { name: 'Ver vista preliminar (PDF)' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('No se encontró la declaración.'));
    expect(screen.queryByRole('link', { name: 'Descargar vista preliminar (PDF)' })).toBeNull();
  });

  it('shows, per section and item, what changes against the previous filing: field, before and after', async () => {
    const car = { tipoOperacion: 'SIN_CAMBIOS', marca: 'Volkswagen', anio: 2021, valorAdquisicion: { valor: 560000, moneda: 'MXN' } };
    const sold = { tipoOperacion: 'SIN_CAMBIOS', marca: 'Mazda', anio: 2019 };
    const previous = { ninguno: false, vehiculo: [car, sold] };
    const saved = { ninguno: false, vehiculo: [{ ...car, tipoOperacion: 'MODIFICAR', anio: 2022 }, { ...sold, tipoOperacion: 'BAJA', motivoBaja: { clave: 'VNT', valor: 'VENTA' } }, { tipoOperacion: 'AGREGAR', marca: 'Kia' }] };
    const view = completeDeclaration({ prefilledFromFilingId: FILING_ID });
    view.sections = view.sections.map((s) => (s.name === 'vehiculos' ? { ...s, status: 'completa', data: saved } : s));
    const { fetch } = mockFetch((call) => {
      if (call.path === `/api/declarations/${DECLARATION_ID}`) return jsonResponse(200, view);
      if (call.path === `/api/declarations/${DECLARATION_ID}/changes`) {
        return jsonResponse(200, { filingId: FILING_ID, folio: 'DEMO-2025-000001', sections: [{ section: 'vehiculos', change: 'MODIFICADA', previous }] });
      }
      return jsonResponse(404, { statusCode: 404, code: 'X', message: 'x' });
    });
    renderApp(REVIEW, { fetch, session: makeSession() });
    const block = await screen.findByRole('region', { name: 'Cambios respecto de tu declaración anterior' });
    await within(block).findByRole('link', { name: 'Vehículos' });
    const text = block.textContent ?? '';
    expect(text).toContain('Vehículo 1: modificado');
    expect(text).toContain('Vehículo 1 › Año: antes 2021 → ahora 2022');
    expect(text).toContain('Vehículo 2: se da de baja');
    expect(text).toContain('VENTA');
    expect(text).toContain('Vehículo 3: se agrega (nuevo)');
    // Sections that say the same as before are not listed.
    expect(within(block).queryByRole('link', { name: 'Datos generales' })).toBeNull();
  });
});
