import type { InstitutionSettingsView } from '@veraz/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { field, jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';
import { checkOffsets, parseOffsets } from './offsets';

const SETTINGS: InstitutionSettingsView = {
  slug: 'sefin',
  name: 'Secretaría de Finanzas',
  hasLogo: false,
  signingLegalText: null,
  reminderOffsets: [30, 7, 1],
  requiresTaxConstancia: false,
  certificate: {
    commonName: 'SEFIN SELLO',
    organization: 'Secretaría de Finanzas',
    notBefore: '2026-01-01T00:00:00.000Z',
    notAfter: '2028-01-01T00:00:00.000Z',
    fingerprintSha256: 'ab'.repeat(32),
    selfSigned: true,
  },
};
const admin = makeSession({ roles: ['ADMIN_INSTITUCION'] });

describe('reminder offsets text', () => {
  it('reads comma, semicolon or space separated days and applies the API rule', () => {
    expect(parseOffsets('30, 7;1  2')).toEqual([30, 7, 1, 2]);
    expect(parseOffsets('')).toEqual([]);
    expect(checkOffsets('30, 7, 1')).toBe(true);
    expect(checkOffsets('')).toBe(true);
    expect(checkOffsets('30, 0')).toMatch(/entre 1 y 365/);
    expect(checkOffsets('366')).toMatch(/entre 1 y 365/);
    expect(checkOffsets('siete')).toMatch(/entre 1 y 365/);
    expect(checkOffsets('7, 30, 7')).toBe('El día 7 está repetido.');
  });
});

describe('InstitutionSettingsPage', () => {
  it('shows the current settings and certificate, checks offsets before sending and saves them', async () => {
    const { fetch, calls } = mockFetch((call) => {
      if (call.method === 'GET' && call.path === '/api/institution/settings') return jsonResponse(200, SETTINGS);
      if (call.method === 'PUT' && call.path === '/api/institution/settings') {
        const body = call.body as InstitutionSettingsView;
        return jsonResponse(200, { ...SETTINGS, ...body, reminderOffsets: [...body.reminderOffsets].sort((a, b) => b - a) });
      }
      return jsonResponse(404, { statusCode: 404, code: 'NO_ENCONTRADO', message: 'x' });
    });
    const { user } = renderApp('/institucion/configuracion', { fetch, session: admin });

    const cert = await screen.findByTestId('certificado-actual');
    expect(cert.textContent).toContain('SEFIN SELLO');
    expect(cert.textContent).toContain('De prueba (autofirmado)');
    expect(cert.textContent).toContain('ab'.repeat(32));
    const offsets = field('Días de recordatorio');
    expect(offsets.value).toBe('30, 7, 1');

    await user.clear(offsets);
    await user.type(offsets, '15, 15');
    await user.click(screen.getByRole('button', { name: 'Guardar configuración' }));
    expect((await screen.findByRole('alert')).textContent).toContain('El día 15 está repetido.');
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    await user.clear(offsets);
    await user.type(offsets, '3, 15');
    await user.type(field('Texto legal al firmar'), 'Aviso de privacidad de la Secretaría.');
    await user.click(screen.getByLabelText('Exigir la constancia de presentación de la declaración fiscal'));
    await user.click(screen.getByRole('button', { name: 'Guardar configuración' }));

    expect(await screen.findByText('Se guardó la configuración.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      name: 'Secretaría de Finanzas',
      signingLegalText: 'Aviso de privacidad de la Secretaría.',
      reminderOffsets: [3, 15],
      requiresTaxConstancia: true,
    });
    await waitFor(() => expect(field('Días de recordatorio').value).toBe('15, 3'));
  });

  it('puts the server’s field errors on their fields: an offset, a bad PNG, a wrong passphrase', async () => {
    const { fetch, calls } = mockFetch((call) => {
      if (call.method === 'GET') return jsonResponse(200, SETTINGS);
      if (call.path === '/api/institution/settings') {
        return jsonResponse(400, { statusCode: 400, code: 'VALIDACION', message: 'Revisa la configuración de la institución.', errors: [{ path: 'reminderOffsets[0]', message: 'debe ser un número entero de días entre 1 y 365' }] });
      }
      if (call.path === '/api/institution/logo') {
        return jsonResponse(400, { statusCode: 400, code: 'VALIDACION', message: 'El logotipo no es válido.', errors: [{ path: 'archivo', message: 'el logotipo debe ser una imagen PNG' }] });
      }
      return jsonResponse(400, { statusCode: 400, code: 'VALIDACION', message: 'No se pudo importar el certificado.', errors: [{ path: 'passphrase', message: 'La contraseña del archivo .p12 no es correcta.' }] });
    });
    const { user } = renderApp('/institucion/configuracion', { fetch, session: admin });

    await user.click(await screen.findByRole('button', { name: 'Guardar configuración' }));
    const general = (await screen.findByText('No se guardó la configuración')).closest('.error-summary')!;
    expect(general.textContent).toContain('Debe ser un número entero de días entre 1 y 365.');

    await user.upload(field('Logotipo (PNG)'), new File(['GIF89a'], 'logo.png', { type: 'image/png' }));
    await user.click(screen.getByRole('button', { name: 'Subir logotipo' }));
    expect((await screen.findByText('No se guardó el logotipo')).closest('.error-summary')!.textContent).toContain('El logotipo debe ser una imagen PNG.');
    const logoCall = calls.find((c) => c.path === '/api/institution/logo');
    expect(logoCall?.method).toBe('PUT');

    const p12 = new File([new Uint8Array([0x30, 0x82])], 'sello.p12', { type: 'application/x-pkcs12' });
    await user.upload(field('Archivo .p12'), p12);
    await user.type(field('Contraseña del .p12'), 'no es');
    await user.click(screen.getByRole('button', { name: 'Importar certificado' }));
    const certSection = screen.getByRole('region', { name: 'Certificado de sello' });
    expect((await within(certSection).findByText('No se importó el certificado')).closest('.error-summary')!.textContent).toContain('La contraseña del archivo .p12 no es correcta.');
    // The passphrase is not left in the page.
    expect(field('Contraseña del .p12').value).toBe('');
  });

  it('previews the logo fetched with the session and refuses an oversized one before sending', async () => {
    const { fetch, calls } = mockFetch((call) => {
      if (call.path === '/api/institution/settings') return jsonResponse(200, { ...SETTINGS, hasLogo: true });
      if (call.path === '/api/institution/logo' && call.method === 'GET') return new Response(new Uint8Array([0x89, 0x50]), { status: 200, headers: { 'Content-Type': 'image/png' } });
      return jsonResponse(500, { statusCode: 500, code: 'X', message: 'x' });
    });
    const { user } = renderApp('/institucion/configuracion', { fetch, session: admin });

    const img = (await screen.findByTestId('logo-actual')) as HTMLImageElement;
    await waitFor(() => expect(img.getAttribute('src')).toMatch(/^data:image\/png;base64,/));
    expect(calls.find((c) => c.path === '/api/institution/logo')?.authorization).toBe(`Bearer ${admin.accessToken}`);
    await user.upload(field('Logotipo (PNG)'), new File([new Uint8Array(300 * 1024)], 'grande.png', { type: 'image/png' }));
    await user.click(screen.getByRole('button', { name: 'Subir logotipo' }));
    expect((await screen.findByText('No se guardó el logotipo')).closest('.error-summary')!.textContent).toContain('El logotipo debe pesar como máximo 256 KB.');
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
  });
});
