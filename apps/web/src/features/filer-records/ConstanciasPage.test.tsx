import type { TaxConstanciaView } from '@veraz/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, makeSession, renderApp } from '../../test/helpers';

const constancia = (over: Partial<TaxConstanciaView> = {}): TaxConstanciaView => ({
  id: 'c-1',
  userId: 'user-1',
  declarante: 'Ana López',
  anioFiscal: 2025,
  declarationId: null,
  nombreArchivo: 'acuse-anual.pdf',
  tamano: 48_000,
  sha256: 'a'.repeat(64),
  subidaEn: '2026-04-20T17:00:00.000Z',
  vigente: true,
  ...over,
});

/** A fetch double that keeps the raw body, so the multipart FormData can be read. */
function fetchWith(handler: (path: string, init: RequestInit) => Response) {
  const calls: Array<{ path: string; method: string; body: unknown }> = [];
  const fn = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ path: String(input), method: init.method ?? 'GET', body: init.body });
    return handler(String(input), init);
  };
  return { fetch: fn as unknown as typeof fetch, calls };
}

describe('ConstanciasPage', () => {
  it('says the institution requires it, uploads the PDF with its year as multipart and lists history', async () => {
    let list = [constancia({ id: 'c-0', vigente: false, nombreArchivo: 'anterior.pdf' })];
    const { fetch, calls } = fetchWith((path, init) => {
      if (path === '/api/tax-constancias' && init.method === 'POST') {
        const created = constancia();
        list = [created, ...list];
        return jsonResponse(201, created);
      }
      if (path === '/api/tax-constancias') return jsonResponse(200, { requerida: true, maxMb: 5, constancias: list });
      return jsonResponse(404, { statusCode: 404, code: 'NO_ENCONTRADO', message: 'No se encontró.' });
    });
    const { user } = renderApp('/declaraciones/constancias', { fetch, session: makeSession({ roles: ['DECLARANTE'] }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Constancias de la declaración fiscal' })).toBeTruthy();
    expect((await screen.findByTestId('constancia-requerida')).textContent).toContain('Tu institución exige la constancia');
    expect(within(await screen.findByRole('table')).getByText('Reemplazada')).toBeTruthy();

    const year = screen.getByLabelText(/Ejercicio fiscal/) as HTMLInputElement;
    await user.clear(year);
    await user.type(year, '2025');
    await user.upload(screen.getByLabelText(/Acuse del SAT/), new File(['%PDF-1.7 acuse'], 'acuse-anual.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: 'Subir constancia' }));

    expect(await screen.findByText('Guardamos tu constancia del ejercicio 2025 (acuse-anual.pdf).')).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toBeInstanceOf(FormData);
    const form = post.body as FormData;
    expect(form.get('anioFiscal')).toBe('2025');
    expect((form.get('archivo') as File).name).toBe('acuse-anual.pdf');
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(3));
    expect(screen.getByText('Vigente')).toBeTruthy();
  });

  it('refuses a file over 5 MB or not a PDF before sending, and shows the server’s Spanish error', async () => {
    const { fetch, calls } = fetchWith((_path, init) => {
      if (init.method === 'POST')
        return jsonResponse(422, {
          statusCode: 422,
          code: 'PDF_ILEGIBLE',
          message: 'El PDF está dañado o incompleto y no se puede abrir.',
          errors: [{ path: 'archivo', message: 'no se puede leer como PDF' }],
        });
      return jsonResponse(200, { requerida: false, maxMb: 5, constancias: [] });
    });
    const { user } = renderApp('/declaraciones/constancias', { fetch, session: makeSession({ roles: ['DECLARANTE'] }) });
    expect(await screen.findByText('Todavía no has subido constancias.')).toBeTruthy();
    expect(screen.queryByTestId('constancia-requerida')).toBeNull();
    const input = screen.getByLabelText(/Acuse del SAT/);
    await user.upload(input, new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'grande.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: 'Subir constancia' }));
    expect((await screen.findAllByText('El archivo pesa más de 5 MB.')).length).toBeGreaterThan(0);
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await user.upload(input, new File(['%PDF-roto'], 'roto.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: 'Subir constancia' }));
    expect(await screen.findByText('El PDF está dañado o incompleto y no se puede abrir.')).toBeTruthy();
    expect(screen.getAllByText('No se puede leer como PDF.').length).toBeGreaterThan(0);
  });
});
