import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FilingRiskView } from '@veraz/contracts';
import { jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';
import { FILING_ID, filingView, OTHER_FILING_ID, USER_ID } from '../declarations/testData';

const PAGE = `/institucion/declaraciones/${FILING_ID}`;
const someoneElse = { userId: 'user-9', nombreCompleto: 'Luis Núñez' };
const FOLIO = 'SEFIN-2025-000012';
const PREVIOUS_FOLIO = 'SEFIN-2024-000007';

const filed = {
  declaracion: {
    situacionPatrimonial: {
      bienesInmuebles: {
        ninguno: false,
        bienInmueble: [{ superficieConstruccion: { valor: 450, unidad: 'm2' }, valorAdquisicion: { valor: 8_500_000, moneda: 'MXN' }, fechaAdquisicion: '2025-02-01' }],
      },
    },
  },
};

const current: FilingRiskView = {
  filingId: FILING_ID,
  score: 55,
  thresholdVersion: 3,
  current: true,
  scoredAt: '2026-05-20T16:00:00.000Z',
  flags: [
    {
      code: 'CASA_GRANDE',
      severity: 'MEDIA',
      explanation: 'El inmueble 1 declara 450 m² de construcción; el umbral de la institución es 300 m².',
      figures: [{ label: 'Construcción', value: '450 m²' }],
      sources: [{ filingId: FILING_ID, folio: FOLIO, section: 'bienesInmuebles', item: 0, field: 'superficieConstruccion.valor' }],
    },
    {
      code: 'CRECIMIENTO_NO_EXPLICADO',
      severity: 'ALTA',
      explanation:
        'El patrimonio neto subió $8,200,000 entre el folio SEFIN-2024-000007 y el folio SEFIN-2025-000012; el ingreso neto del periodo fue $900,000 y el costo de vida estimado $270,000: quedan $7,570,000 sin explicar, más que el umbral de 6 meses de ingreso ($450,000).',
      figures: [
        { label: 'Aumento del patrimonio neto', value: 8_200_000 },
        { label: 'Ingreso neto del periodo', value: 900_000 },
        { label: 'Saldo en dólares', value: 12_500.5, currency: 'USD' },
      ],
      sources: [
        { filingId: OTHER_FILING_ID, folio: PREVIOUS_FOLIO, section: 'bienesInmuebles', item: null, field: null },
        { filingId: FILING_ID, folio: FOLIO, section: 'bienesInmuebles', item: 0, field: 'valorAdquisicion.valor' },
      ],
    },
  ],
};
const older: FilingRiskView = { ...current, score: 40, thresholdVersion: 2, current: false, scoredAt: '2026-03-01T16:00:00.000Z', flags: [current.flags[1]!] };

function reviewerFetch(risk: FilingRiskView[]) {
  return mockFetch((call) => {
    if (call.path === `/api/filings/${FILING_ID}`) return jsonResponse(200, filingView({ filer: someoneElse, document: filed }));
    if (call.path === `/api/filings/${FILING_ID}/risk`) return jsonResponse(200, risk);
    return jsonResponse(404, { statusCode: 404, code: 'NO_ENCONTRADO', message: 'No se encontró.' });
  });
}

describe('the filing’s risk flags for reviewers', () => {
  it('explains each flag with its figures and sources, under its threshold version, and keeps older scores', async () => {
    const { fetch } = reviewerFetch([current, older]);
    const { user } = renderApp(PAGE, { fetch, session: makeSession({ roles: ['REVISOR'] }) });

    const panel = await screen.findByRole('region', { name: 'Señales de riesgo' });
    expect(await within(panel).findByText('Puntaje: 55 puntos · 2 señales')).toBeTruthy();
    expect(within(panel).getByText(/Umbrales versión 3 \(vigente\)/)).toBeTruthy();

    // The most severe first, each under its rule's title with its severity in words.
    const headings = within(panel).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Crecimiento del patrimonio mayor que los ingresos declarados Severidad alta', 'Inmueble con construcción mayor al umbral Severidad media']);
    const growth = within(panel).getByText(/quedan \$7,570,000 sin explicar/).closest('li')!;
    const figures = Array.from(growth.querySelectorAll('dt')).map((dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent}`);
    expect(figures).toEqual(['Aumento del patrimonio neto: $8,200,000', 'Ingreso neto del periodo: $900,000', 'Saldo en dólares: USD\u00a012,500.50']);

    // Sources: the previous filing's section (on its own page), and this filing's item (on this page).
    expect(within(growth).getByRole('link', { name: `Folio ${PREVIOUS_FOLIO} · Bienes inmuebles` }).getAttribute('href')).toBe(`/institucion/declaraciones/${OTHER_FILING_ID}#seccion-bienesInmuebles`);
    const here = within(growth).getByRole('link', { name: `Folio ${FOLIO} · Bienes inmuebles · registro 1` });
    expect(here.getAttribute('href')).toBe(`${PAGE}#seccion-bienesInmuebles-1`);
    const content = screen.getByRole('region', { name: 'Contenido de la declaración' });
    const section = await within(content).findByText('Bienes inmuebles', { selector: 'summary' });
    expect(section.closest('details')!.open).toBe(false);
    await user.click(here);
    await waitFor(() => expect(section.closest('details')!.open).toBe(true));
    expect(document.activeElement?.id).toBe('seccion-bienesInmuebles-1');

    // The older version's score, on demand.
    const history = within(panel).getByText('Evaluaciones anteriores (1)');
    expect(history.closest('details')!.open).toBe(false);
    await user.click(history);
    expect(within(panel).getByText(/Umbrales versión 2: 40 puntos, 1 señal .*: Crecimiento del patrimonio mayor que los ingresos declarados\./)).toBeTruthy();

    expect(within(panel).getByRole('link', { name: 'Ver la evolución patrimonial de Luis Núñez' }).getAttribute('href')).toBe('/institucion/personas/user-9/evolucion');
  });

  it('says plainly when no rule fired, and when the filing has not been scored yet', async () => {
    const clean = reviewerFetch([{ ...current, score: 0, flags: [] }]);
    const first = renderApp(PAGE, { fetch: clean.fetch, session: makeSession({ roles: ['ADMIN_INSTITUCION'] }) });
    const panel = await screen.findByRole('region', { name: 'Señales de riesgo' });
    expect(await within(panel).findByText('Ninguna regla señaló esta declaración con los umbrales de la versión 3.')).toBeTruthy();
    expect(within(panel).queryByText(/Evaluaciones anteriores/)).toBeNull();
    first.unmount();

    const unscored = reviewerFetch([]);
    renderApp(PAGE, { fetch: unscored.fetch, session: makeSession({ roles: ['REVISOR'] }) });
    expect(await screen.findByText('Esta declaración todavía no se ha evaluado. Se evalúa poco después de presentarse.')).toBeTruthy();
  });

  it('never asks for the flags on the filer’s own page', async () => {
    const { fetch, calls } = mockFetch((call) => (call.path === `/api/filings/${FILING_ID}` ? jsonResponse(200, filingView({ filer: { userId: USER_ID, nombreCompleto: 'Ana López' } })) : jsonResponse(404, {})));
    renderApp(`/presentadas/${FILING_ID}`, { fetch, session: makeSession({ roles: ['DECLARANTE'] }) });
    expect((await screen.findByTestId('folio')).textContent).toBe(FOLIO);
    expect(screen.queryByRole('region', { name: 'Señales de riesgo' })).toBeNull();
    expect(calls.some((c) => c.path.includes('/risk'))).toBe(false);
  });
});
