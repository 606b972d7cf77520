import type { DeclarationView, SignDeclarationRequest } from '@veraz/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { field, jsonResponse, makeSession, mockFetch, renderApp, type FetchCall } from '../../test/helpers';
import { completeDeclaration, DECLARATION_ID, errorResponse, FILING_ID, filingView, OTHER_FILING_ID } from './testData';

const REVIEW = `/declaraciones/${DECLARATION_ID}/revision`;
const SIGN = `/api/declarations/${DECLARATION_ID}/sign`;

function serve(view: DeclarationView, signAnswers: Array<() => Response>) {
  let attempt = 0;
  return mockFetch((call) => {
    if (call.path === `/api/declarations/${DECLARATION_ID}`) return jsonResponse(200, view);
    if (call.path === SIGN) return signAnswers[Math.min(attempt++, signAnswers.length - 1)]!();
    if (call.path === `/api/filings/${FILING_ID}`) return jsonResponse(200, filingView());
    return jsonResponse(404, { statusCode: 404, code: 'X', message: 'x' });
  });
}

const signBodies = (calls: FetchCall[]) => calls.filter((c) => c.path === SIGN).map((c) => c.body as SignDeclarationRequest);

async function openDialog(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Firmar y presentar' }));
  return screen.getByRole('dialog', { name: 'Firmar y presentar tu declaración' });
}

describe('SignDialog', () => {
  it('asks for the protest and the password, explains a wrong password and missing sections, then shows the folio', async () => {
    const { fetch, calls } = serve(completeDeclaration(), [
      () => errorResponse(403, 'CONTRASENA_INCORRECTA', 'La contraseña no es correcta; la firma requiere tu contraseña actual.', { errors: [{ path: 'password', message: 'no es correcta' }] }),
      () =>
        errorResponse(422, 'DECLARACION_INCOMPLETA', 'La declaración aún no se puede firmar: revisa las secciones indicadas.', {
          errors: [
            { path: 'bienesInmuebles', message: 'falta capturar la sección «Bienes inmuebles»' },
            { path: 'domicilioDeclarante.domicilioMexico.codigoPostal', message: 'debe tener 5 dígitos' },
          ],
        }),
      () => jsonResponse(201, filingView()),
    ]);
    const { user } = renderApp(REVIEW, { fetch, session: makeSession() });

    const dialog = await openDialog(user);
    expect(within(dialog).getByText(/Declaro bajo protesta de decir verdad que los datos asentados en esta declaración son ciertos/)).toBeTruthy();
    expect(within(dialog).getByText(/artículos 32 y 33 de la Ley General de Responsabilidades Administrativas/)).toBeTruthy();
    expect(within(dialog).getByText('Después de firmar no podrás modificarla; solo podrás presentar una nota aclaratoria.')).toBeTruthy();
    const protesta = within(dialog).getByLabelText(/Acepto la declaración anterior/) as HTMLInputElement;
    // Focus starts on the first field, and the statement describes it.
    expect(document.activeElement).toBe(protesta);
    expect(protesta.getAttribute('aria-describedby')).toContain('firma-protesta');
    expect(field('Contraseña').getAttribute('autocomplete')).toBe('current-password');
    // Not a correction: no nota aclaratoria.
    expect(within(dialog).queryByLabelText(/Nota aclaratoria/)).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Firmar y presentar' }));
    const summary = await within(dialog).findByRole('alert');
    expect(summary.textContent).toContain('Acepta la declaración bajo protesta de decir verdad para firmar.');
    expect(summary.textContent).toContain('Escribe tu contraseña para firmar.');
    expect(signBodies(calls)).toHaveLength(0);

    await user.click(protesta);
    await user.type(field('Contraseña'), 'equivocada');
    await user.click(within(dialog).getByRole('button', { name: 'Firmar y presentar' }));
    await waitFor(() => expect(field('Contraseña').getAttribute('aria-invalid')).toBe('true'));
    const password = field('Contraseña');
    const described = password.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(described.join(' ')).toContain('La contraseña no es correcta.');
    expect(signBodies(calls)[0]).toEqual({ password: 'equivocada', aceptaProtesta: true });

    await user.clear(password);
    await user.type(password, 'correcta-123');
    await user.click(within(dialog).getByRole('button', { name: 'Firmar y presentar' }));
    const blocked = await within(dialog).findByRole('alert');
    await waitFor(() => expect(blocked.textContent).toContain('Aún no puedes firmar: revisa estas secciones'));
    expect(within(blocked).getByRole('link', { name: 'Bienes inmuebles' }).getAttribute('href')).toBe(`/declaraciones/${DECLARATION_ID}/secciones/bienesInmuebles`);
    expect(within(blocked).getByRole('link', { name: 'Domicilio del declarante' })).toBeTruthy();
    // In the form's own words (standards/formulario), not the S1 path.
    await waitFor(() => expect(blocked.textContent).toContain('Domicilio en México › Código postal: Debe tener 5 dígitos.'));
    expect(blocked.textContent).toContain('Falta capturar la sección «Bienes inmuebles».');

    await user.click(within(dialog).getByRole('button', { name: 'Firmar y presentar' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Declaración presentada' })).toBeTruthy();
    expect(await screen.findByText('Tu declaración se presentó con el folio SEFIN-2025-000012. Te enviamos el acuse por correo.')).toBeTruthy();
    expect(screen.getByTestId('folio').textContent).toBe('SEFIN-2025-000012');
    expect(signBodies(calls)[2]).toEqual({ password: 'correcta-123', aceptaProtesta: true });
  });

  it('sends the e.firma files in base64 with the key’s password, and needs all three', async () => {
    const { fetch, calls } = serve(completeDeclaration(), [() => jsonResponse(201, filingView())]);
    const { user } = renderApp(REVIEW, { fetch, session: makeSession() });

    const dialog = await openDialog(user);
    await user.click(within(dialog).getByLabelText(/Acepto la declaración anterior/));
    await user.type(field('Contraseña'), 'correcta-123');
    await user.click(within(dialog).getByText('Firmar también con mi e.firma (SAT)'));
    const cer = within(dialog).getByLabelText('Certificado (.cer)') as HTMLInputElement;
    const key = within(dialog).getByLabelText('Llave privada (.key)') as HTMLInputElement;
    expect(cer.accept).toBe('.cer');
    expect(key.accept).toBe('.key');
    await user.upload(cer, new File([new Uint8Array([0x30, 0x82, 0x01, 0xff])], 'ana.cer'));

    await user.click(within(dialog).getByRole('button', { name: 'Firmar y presentar' }));
    const summary = await within(dialog).findByRole('alert');
    expect(summary.textContent).toContain('Adjunta tu llave privada (.key).');
    expect(summary.textContent).toContain('Escribe la contraseña de tu llave privada.');
    expect(signBodies(calls)).toHaveLength(0);

    await user.upload(key, new File(['llave-privada'], 'ana.key'));
    await user.type(field('Contraseña de la llave privada'), 'clave-fiel');
    await user.click(within(dialog).getByRole('button', { name: 'Firmar y presentar' }));

    expect(await screen.findByTestId('folio')).toBeTruthy();
    expect(signBodies(calls)[0]).toEqual({
      password: 'correcta-123',
      aceptaProtesta: true,
      efirma: { cer: 'MIIB/w==', key: btoa('llave-privada'), passphrase: 'clave-fiel' },
    });
  });

  it('puts an e.firma the server refuses on the e.firma fields', async () => {
    const { fetch } = serve(completeDeclaration(), [
      () => errorResponse(400, 'EFIRMA_INVALIDA', 'La contraseña de la llave privada no es correcta.', { errors: [{ path: 'efirma', message: 'La contraseña de la llave privada no es correcta.' }] }),
    ]);
    const { user } = renderApp(REVIEW, { fetch, session: makeSession() });

    const dialog = await openDialog(user);
    await user.click(within(dialog).getByLabelText(/Acepto la declaración anterior/));
    await user.type(field('Contraseña'), 'correcta-123');
    await user.click(within(dialog).getByText('Firmar también con mi e.firma (SAT)'));
    await user.upload(within(dialog).getByLabelText('Certificado (.cer)'), new File(['c'], 'ana.cer'));
    await user.upload(within(dialog).getByLabelText('Llave privada (.key)'), new File(['k'], 'ana.key'));
    await user.type(field('Contraseña de la llave privada'), 'otra');
    await user.click(within(dialog).getByRole('button', { name: 'Firmar y presentar' }));

    const summary = await within(dialog).findByRole('alert');
    await waitFor(() => expect(within(summary).getByRole('link', { name: 'e.firma: La contraseña de la llave privada no es correcta.' })).toBeTruthy());
    expect((dialog.querySelector('details') as HTMLDetailsElement).open).toBe(true);
  });

  it('requires the nota aclaratoria when the declaration corrects a filing', async () => {
    const correction = completeDeclaration({ correctsFilingId: OTHER_FILING_ID });
    const { fetch, calls } = serve(correction, [() => jsonResponse(201, filingView({ version: 2, notaAclaratoria: 'Corrijo el valor del inmueble.' }))]);
    const { user } = renderApp(REVIEW, { fetch, session: makeSession() });

    const dialog = await openDialog(user);
    const nota = within(dialog).getByLabelText(/Nota aclaratoria/) as HTMLTextAreaElement;
    expect(nota.maxLength).toBe(5000);
    await user.click(within(dialog).getByLabelText(/Acepto la declaración anterior/));
    await user.type(field('Contraseña'), 'correcta-123');
    await user.click(within(dialog).getByRole('button', { name: 'Firmar y presentar' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('Escribe la nota aclaratoria.');

    await user.type(nota, '  Corrijo el valor del inmueble.  ');
    expect(within(dialog).getByText('34 de 5000 caracteres')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Firmar y presentar' }));
    expect(await screen.findByTestId('folio')).toBeTruthy();
    expect(signBodies(calls)[0]).toEqual({ password: 'correcta-123', aceptaProtesta: true, notaAclaratoria: 'Corrijo el valor del inmueble.' });
  });

  it('closes with Escape and returns focus to the sign button', async () => {
    const { fetch, calls } = serve(completeDeclaration(), []);
    const { user } = renderApp(REVIEW, { fetch, session: makeSession() });

    await openDialog(user);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Firmar y presentar' })));
    expect(signBodies(calls)).toHaveLength(0);
  });

  it('names where the acuse goes: the account address and the personal e-mail of datos generales', async () => {
    const base = completeDeclaration();
    const sections = base.sections.map((s) =>
      s.name === 'datosGenerales' ? { ...s, data: { correoElectronico: { institucional: 'ana@sefin.gob.mx', personal: 'ana.lopez@example.com' } } } : s,
    );
    const { fetch } = serve({ ...base, sections }, [() => jsonResponse(201, filingView())]);
    const { user } = renderApp(REVIEW, { fetch, session: makeSession() });

    const dialog = await openDialog(user);
    expect(within(dialog).getByTestId('acuse-destino').textContent).toBe('Al firmar te enviaremos el acuse por correo a ana@sefin.gob.mx y a ana.lopez@example.com.');
  });

  it('names only the account address when datos generales has no other valid personal e-mail', async () => {
    const base = completeDeclaration();
    const sections = base.sections.map((s) => (s.name === 'datosGenerales' ? { ...s, data: { correoElectronico: { personal: 'maria@' } } } : s));
    const { fetch } = serve({ ...base, sections }, [() => jsonResponse(201, filingView())]);
    const { user } = renderApp(REVIEW, { fetch, session: makeSession() });

    const dialog = await openDialog(user);
    expect(within(dialog).getByTestId('acuse-destino').textContent).toBe('Al firmar te enviaremos el acuse por correo a ana@sefin.gob.mx.');
  });
});

describe('SignDialog legal text', () => {
  it('shows the institution’s signing legal text under the protest of truth', async () => {
    const legal = 'Aviso: los datos de esta declaración se tratan conforme al aviso de privacidad de la Secretaría.\n\nSegundo párrafo.';
    const { fetch } = mockFetch((call) => {
      if (call.path === `/api/declarations/${DECLARATION_ID}`) return jsonResponse(200, completeDeclaration());
      if (call.path === '/api/institution/signing-text') return jsonResponse(200, { signingLegalText: legal });
      return jsonResponse(404, { statusCode: 404, code: 'X', message: 'x' });
    });
    const { user } = renderApp(REVIEW, { fetch, session: makeSession() });

    const dialog = await openDialog(user);
    const text = await within(dialog).findByTestId('texto-legal-firma');
    expect(text.textContent).toContain('Aviso de tu institución');
    // Blank lines separate paragraphs.
    expect(text.querySelectorAll('p')).toHaveLength(2);
    expect(text.textContent).toContain('aviso de privacidad de la Secretaría.');
  });
});
