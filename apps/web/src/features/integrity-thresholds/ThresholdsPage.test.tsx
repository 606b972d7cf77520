import type { IntegrityThresholds, IntegrityThresholdsView, RescoreRunView, ThresholdVersionView } from '@veraz/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { field, jsonResponse, makeSession, mockFetch, renderApp } from '../../test/helpers';
import { brandsOf, parseNumber, toThresholds, toValues } from './thresholdFields';

const THRESHOLDS: IntegrityThresholds = {
  crecimientoMesesDeIngreso: 6,
  costoDeVidaProporcion: 0.3,
  activosVecesIngresoAnual: 10,
  adeudosProporcion: 0.6,
  liquidezVeces: 3,
  liquidezMesesDeIngreso: 6,
  ventaSaldosProporcion: 0.5,
  construccionM2: 300,
  inmueblesPorAnio: 2,
  marcasDeLujo: ['Ferrari', 'Porsche'],
  ingresoExtraProporcion: 0.5,
  sectoresDeLaInstitucion: ['SERVFIN'],
  salarioMensualMinimo: 5_000,
  salarioMensualMaximo: 400_000,
};
const V1: ThresholdVersionView = { version: 1, thresholds: THRESHOLDS, createdAt: '2026-01-05T16:00:00.000Z', createdBy: null };
const VIEW: IntegrityThresholdsView = { current: V1, history: [V1], rescore: null };
const admin = makeSession({ roles: ['ADMIN_INSTITUCION'] });
const reviewer = makeSession({ roles: ['REVISOR'] });
const notFound = () => jsonResponse(404, { statusCode: 404, code: 'NO_ENCONTRADO', message: 'No se encontró.' });

function run(state: RescoreRunView['state'], done: number): RescoreRunView {
  return { id: 'run-2', thresholdVersion: 2, state, total: 2000, done, startedAt: '2026-03-01T10:00:00.000Z', finishedAt: state === 'TERMINADA' ? '2026-03-01T10:05:00.000Z' : null };
}

describe('threshold values', () => {
  it('shows shares as percentages and sends them back as shares, brands one per line without repeats', () => {
    const values = toValues(THRESHOLDS);
    expect(values.costoDeVidaProporcion).toBe('30');
    expect(values.marcasDeLujo).toBe('Ferrari\nPorsche');
    expect(toThresholds(values)).toEqual(THRESHOLDS);
    expect(brandsOf(' Ferrari \n\nferrari\nRolls  Royce')).toEqual(['Ferrari', 'Rolls Royce']);
    expect(parseNumber('1,000,000')).toBe(1_000_000);
    expect(parseNumber('seis')).toBeNaN();
  });
});

describe('ThresholdsPage', () => {
  it('lets an admin save a new version and follows the re-score until it ends', async () => {
    let polls = 0;
    const { fetch, calls } = mockFetch((call) => {
      if (call.method === 'GET' && call.path === '/api/integrity/thresholds') return jsonResponse(200, VIEW);
      if (call.method === 'PUT' && call.path === '/api/integrity/thresholds') {
        const { thresholds } = call.body as { thresholds: IntegrityThresholds };
        const v2: ThresholdVersionView = { version: 2, thresholds, createdAt: '2026-03-01T10:00:00.000Z', createdBy: { userId: 'user-1', nombreCompleto: 'Ana López' } };
        return jsonResponse(200, { current: v2, history: [v2, V1], rescore: run('PENDIENTE', 0) });
      }
      if (call.path === '/api/integrity/rescore') {
        polls += 1;
        return jsonResponse(200, polls === 1 ? run('EN_CURSO', 500) : run('TERMINADA', 2000));
      }
      return notFound();
    });
    const { user } = renderApp('/institucion/umbrales', { fetch, session: admin });

    const months = (await screen.findByLabelText(/^Crecimiento no explicado: meses de ingreso/)) as HTMLInputElement;
    expect(months.value).toBe('6');
    expect(document.getElementById(months.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent).toContain('regla de Mongolia: 6');
    expect(field('Costo de vida estimado (% del ingreso)').value).toBe('30');
    // Large amounts read with their thousands separators.
    expect(field('Sueldo mensual neto máximo plausible (pesos)').value).toBe('400,000');
    expect((screen.getByLabelText('SERVICIOS FINANCIEROS') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('row', { name: /1 .*Veraz \(valores iniciales\)/ })).toBeTruthy();

    await user.clear(months);
    await user.type(months, '4');
    await user.clear(field('Costo de vida estimado (% del ingreso)'));
    await user.type(field('Costo de vida estimado (% del ingreso)'), '25');
    await user.type(screen.getByLabelText('Marcas de vehículos de lujo'), '\nBentley');
    await user.click(screen.getByLabelText('CONSTRUCCIÓN'));
    await user.click(screen.getByRole('button', { name: 'Guardar umbrales' }));

    expect(await screen.findByText(/^Versión 2 guardada\./)).toBeTruthy();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      thresholds: { ...THRESHOLDS, crecimientoMesesDeIngreso: 4, costoDeVidaProporcion: 0.25, marcasDeLujo: ['Ferrari', 'Porsche', 'Bentley'], sectoresDeLaInstitucion: ['CONS', 'SERVFIN'] },
    });
    // Progress: waiting, then running, then done.
    expect(await screen.findByRole('progressbar', { name: /500 de 2,000 declaraciones · En curso/ })).toBeTruthy();
    const done = await screen.findByRole('progressbar', { name: /2,000 de 2,000 declaraciones · Terminada/ });
    expect((done as HTMLProgressElement).value).toBe(100);
    const pollsWhenDone = polls;
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(polls).toBe(pollsWhenDone);

    // History, newest first, with who saved it.
    const rows = within(screen.getByRole('region', { name: 'Historial de versiones' })).getAllByRole('row').slice(1);
    expect(rows.map((r) => [r.querySelector('th')?.textContent, r.lastElementChild?.textContent])).toEqual([
      ['2 Vigente', 'Ana López'],
      ['1', 'Veraz (valores iniciales)'],
    ]);
    expect(screen.getByRole('heading', { name: 'Versión 2 (vigente)' })).toBeTruthy();
  });

  it('checks figures before sending and puts the server’s field errors next to their fields', async () => {
    const { fetch, calls } = mockFetch((call) => {
      if (call.method === 'GET') return jsonResponse(200, VIEW);
      return jsonResponse(400, {
        statusCode: 400,
        code: 'VALIDACION',
        message: 'Revisa los umbrales.',
        errors: [
          { path: 'thresholds.liquidezVeces', message: 'debe ser mayor o igual a 1' },
          { path: 'thresholds.marcasDeLujo[2]', message: 'la marca admite hasta 60 caracteres' },
        ],
      });
    });
    const { user } = renderApp('/institucion/umbrales', { fetch, session: admin });

    const max = await screen.findByLabelText(/^Sueldo mensual neto máximo plausible/);
    await user.clear(max);
    await user.type(max, '1000');
    await user.click(screen.getByRole('button', { name: 'Guardar umbrales' }));
    expect((await screen.findByRole('alert')).textContent).toContain('El máximo no puede ser menor que el mínimo.');
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    await user.clear(max);
    await user.type(max, '300000');
    const liquidity = field('Aumento de liquidez (veces)');
    await user.clear(liquidity);
    await user.type(liquidity, '0.5');
    await user.click(screen.getByRole('button', { name: 'Guardar umbrales' }));

    const summary = (await screen.findByText('No se guardaron los umbrales')).closest('.error-summary')!;
    expect(summary.textContent).toContain('Revisa los umbrales.');
    expect(liquidity.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(`${liquidity.id}-error`)?.textContent).toContain('Debe ser mayor o igual a 1.');
    const brands = screen.getByLabelText('Marcas de vehículos de lujo');
    expect(document.getElementById(`${brands.id}-error`)?.textContent).toContain('La marca admite hasta 60 caracteres.');
  });

  it('shows reviewers the thresholds read-only, the re-score in progress and the history', async () => {
    const { fetch, calls } = mockFetch((call) => {
      if (call.path === '/api/integrity/thresholds') return jsonResponse(200, { ...VIEW, rescore: { ...run('FALLIDA', 700), thresholdVersion: 1 } });
      return notFound();
    });
    renderApp('/institucion/umbrales', { fetch, session: reviewer });

    expect(await screen.findByText('Solo una persona administradora de la institución puede cambiar los umbrales.')).toBeTruthy();
    expect(screen.getByTestId('umbral-crecimientoMesesDeIngreso').textContent).toBe('6 meses');
    expect(screen.getByTestId('umbral-costoDeVidaProporcion').textContent).toBe('30 %');
    expect(screen.getByTestId('umbral-salarioMensualMaximo').textContent).toBe('$400,000');
    expect(screen.getByTestId('umbral-construccionM2').textContent).toBe('300 m²');
    expect(screen.getByTestId('umbral-sectoresDeLaInstitucion').textContent).toBe('SERVICIOS FINANCIEROS');
    expect(screen.queryByRole('button', { name: 'Guardar umbrales' })).toBeNull();
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.getByRole('progressbar', { name: /700 de 2,000 declaraciones · Fallida/ })).toBeTruthy();
    expect(screen.getByText(/El recálculo se interrumpió/)).toBeTruthy();
    // A failed run is not followed.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(calls.some((c) => c.path === '/api/integrity/rescore')).toBe(false);
  });

  it('is linked from the institution’s navigation for admins and reviewers only', async () => {
    const { fetch } = mockFetch(() => notFound());
    renderApp('/', { fetch, session: reviewer });
    const nav = await screen.findByRole('navigation', { name: /principal/i });
    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Umbrales de riesgo' }).getAttribute('href')).toBe('/institucion/umbrales'));
  });
});
