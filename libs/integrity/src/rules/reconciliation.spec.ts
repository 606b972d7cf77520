import { DEFAULT_THRESHOLDS } from '../engine/default-thresholds';
import { pesos } from '../engine/money';
import { scoreFiling, selfCheck } from '../engine/score';
import type { ScoringInput } from '../engine/types';
import { filing, inmueble, inversion, money, mueble, scoringInput, vehiculo, type FilingSpec } from '../testing/fixtures';
import { reconciliationRule } from './reconciliation';

/** 2022: a department, a Mazda CX-5, an oil painting and a payroll account (folio F-1). */
const previous = filing({
  id: 'prev',
  folio: 'F-1',
  fecha: '2022-12-31',
  inmuebles: [inmueble()],
  vehiculos: [vehiculo()],
  muebles: [mueble()],
  inversiones: [inversion('MODIFICACIÓN', 100_000)],
});

/** 2023 (folio F-2): the same items unless the scenario changes them. */
function current(spec: FilingSpec = {}) {
  return filing({
    id: 'cur',
    folio: 'F-2',
    fecha: '2023-12-31',
    inmuebles: [inmueble()],
    vehiculos: [vehiculo()],
    muebles: [mueble()],
    inversiones: [inversion('MODIFICACIÓN', 100_000)],
    ...spec,
  });
}

const run = (input: ScoringInput, code: string) => reconciliationRule.evaluate(input).filter((r) => r.code === code);

const versa = (overrides: Record<string, unknown>) =>
  vehiculo({ marca: 'Nissan', modelo: 'Versa Advance', anio: 2022, numeroSerieRegistro: '3N1CN8AE2NL812345', valorAdquisicion: money(310_000), ...overrides });

describe('BIEN_SIN_ADQUISICION', () => {
  it('fires for an asset that was not in the previous filing and is not marked AGREGAR, with help for the filer', () => {
    const input = scoringInput(current({ vehiculos: [vehiculo(), versa({ tipoOperacion: 'SIN_CAMBIOS', fechaAdquisicion: '2023-04-02' })] }), previous);
    const [result] = run(input, 'BIEN_SIN_ADQUISICION');
    expect(result.severity).toBe('MEDIA');
    expect(result.explanation).toBe(
      'El vehículo Nissan Versa Advance 2022 (Vehículos, elemento 2 del folio F-2) no está en la declaración anterior ' +
        '(MODIFICACIÓN folio F-1 al 31/12/2022), pero se reporta con la operación «SIN_CAMBIOS» en lugar de «AGREGAR»: ' +
        'no se declara cuándo ni cómo se adquirió.',
    );
    expect(result.sources[0]).toEqual({ filingId: 'cur', folio: 'F-2', section: 'vehiculos', item: 1, field: 'tipoOperacion' });
    expect(result.help).toEqual({
      message:
        'El vehículo Nissan Versa Advance 2022 aparece por primera vez respecto de tu declaración anterior (folio F-1) y está ' +
        'marcado como «SIN_CAMBIOS». Si lo adquiriste en el periodo, márcalo como «Agregar»; si no, puedes explicarlo en aclaraciones.',
      section: 'vehiculos',
      item: 1,
      field: 'tipoOperacion',
    });
  });

  it('words the help for an account in the feminine', () => {
    const opened = inversion('MODIFICACIÓN', 50_000, { numeroCuentaContrato: '4057332198', subTipoInversion: { clave: 'CAHO', valor: 'CUENTA DE AHORRO' } });
    const [result] = run(scoringInput(current({ inversiones: [inversion('MODIFICACIÓN', 100_000), opened] }), previous), 'BIEN_SIN_ADQUISICION');
    expect(result.help?.message).toContain('La inversión CUENTA DE AHORRO en BBVA México');
    expect(result.help?.message).toContain('marcada como «SIN_CAMBIOS». Si la adquiriste en el periodo, márcala como «Agregar»');
  });

  it('fires for an AGREGAR acquired before the previous filing, where it was missing', () => {
    const input = scoringInput(current({ vehiculos: [vehiculo(), versa({ tipoOperacion: 'AGREGAR', fechaAdquisicion: '2021-05-01' })] }), previous);
    const [result] = run(input, 'BIEN_SIN_ADQUISICION');
    expect(result.explanation).toContain('se reporta como adquirido el 01/05/2021, antes de la declaración anterior (MODIFICACIÓN folio F-1 al 31/12/2022)');
    expect(result.help).toMatchObject({ section: 'vehiculos', item: 1, field: 'fechaAdquisicion' });
  });

  it('is silent for a purchase of the period, for a corrected item that still matches, and without comparable sections', () => {
    const bought = current({ vehiculos: [vehiculo(), versa({ tipoOperacion: 'AGREGAR', fechaAdquisicion: '2023-05-01' })] });
    expect(run(scoringInput(bought, previous), 'BIEN_SIN_ADQUISICION')).toEqual([]);
    // MODIFICAR with a corrected value and address: the folio real still identifies it.
    const corrected = current({ inmuebles: [inmueble({ tipoOperacion: 'MODIFICAR', valorAdquisicion: money(2_480_000), domicilioMexico: { calle: 'López Cotilla' } })] });
    expect(run(scoringInput(corrected, previous), 'BIEN_SIN_ADQUISICION')).toEqual([]);
    const simplifiedBefore = filing({ id: 'prev', fecha: '2022-12-31', completa: false });
    expect(run(scoringInput(current({ vehiculos: [versa({})] }), simplifiedBefore), 'BIEN_SIN_ADQUISICION')).toEqual([]);
  });
});

describe('BIEN_DESAPARECE_SIN_BAJA', () => {
  it('fires for an asset of the previous filing that is gone without a BAJA', () => {
    const [result] = run(scoringInput(current({ vehiculos: [] }), previous), 'BIEN_DESAPARECE_SIN_BAJA');
    expect(result.explanation).toBe(
      'El vehículo Mazda CX-5 i Grand Touring 2019 (Vehículos, elemento 1 del folio F-1, MODIFICACIÓN folio F-1 al 31/12/2022) ' +
        'no aparece en esta declaración (MODIFICACIÓN folio F-2 al 31/12/2023) ni se reporta con la operación «BAJA».',
    );
    expect(result.sources[0]).toEqual({ filingId: 'prev', folio: 'F-1', section: 'vehiculos', item: 0, field: null });
    expect(result.help?.message).toContain('Si ya no lo tienes, agrégalo con la operación «Baja» y su motivo');
    expect(result.help).toMatchObject({ section: 'vehiculos', item: null });
  });

  it('is silent when the asset is reported as BAJA, when the new filing is an INICIAL, and for an item the previous filing already gave BAJA', () => {
    const sold = current({
      vehiculos: [vehiculo({ tipoOperacion: 'BAJA', motivoBaja: { clave: 'DNC', valor: 'DONACIÓN' } })],
    });
    expect(run(scoringInput(sold, previous), 'BIEN_DESAPARECE_SIN_BAJA')).toEqual([]);
    const reentry = current({ tipo: 'INICIAL', fecha: '2024-03-01', vehiculos: [], inversiones: [inversion('INICIAL', 100_000)] });
    expect(run(scoringInput(reentry, previous), 'BIEN_DESAPARECE_SIN_BAJA')).toEqual([]);
    const goneBefore = filing({ id: 'prev', folio: 'F-1', fecha: '2022-12-31', inmuebles: [inmueble()], vehiculos: [vehiculo({ tipoOperacion: 'BAJA' })], muebles: [mueble()], inversiones: [inversion('MODIFICACIÓN', 100_000)] });
    expect(run(scoringInput(current({ vehiculos: [] }), goneBefore), 'BIEN_DESAPARECE_SIN_BAJA')).toEqual([]);
  });
});

describe('COMPRA_SIN_VALOR', () => {
  const withNew = (overrides: Record<string, unknown>) => current({ vehiculos: [vehiculo(), versa({ tipoOperacion: 'AGREGAR', ...overrides })] });

  it('fires for a purchase of the period without a value (MEDIA), and BAJA for an inheritance', () => {
    const [result] = run(scoringInput(withNew({ fechaAdquisicion: '2023-10-21', valorAdquisicion: money(0) }), previous), 'COMPRA_SIN_VALOR');
    expect(result.severity).toBe('MEDIA');
    expect(result.explanation).toContain(`El vehículo Nissan Versa Advance 2022 (Vehículos, elemento 2 del folio F-2), adquirido el 21/10/2023, tiene valor de adquisición ${pesos(0)} (forma de adquisición CPV)`);
    expect(result.explanation).toContain('El periodo empieza el 31/12/2022 (MODIFICACIÓN folio F-1 al 31/12/2022)');
    expect(result.help).toMatchObject({ section: 'vehiculos', item: 1, field: 'valorAdquisicion' });
    const inherited = withNew({ fechaAdquisicion: '2023-10-21', valorAdquisicion: undefined, formaAdquisicion: { clave: 'HRN', valor: 'HERENCIA' } });
    expect(run(scoringInput(inherited, previous), 'COMPRA_SIN_VALOR')).toMatchObject([{ severity: 'BAJA' }]);
  });

  it('is silent with a value, and for an acquisition before the period', () => {
    expect(run(scoringInput(withNew({ fechaAdquisicion: '2023-10-21' }), previous), 'COMPRA_SIN_VALOR')).toEqual([]);
    expect(run(scoringInput(withNew({ fechaAdquisicion: '2022-06-01', valorAdquisicion: money(0) }), previous), 'COMPRA_SIN_VALOR')).toEqual([]);
  });
});

describe('VENTA_SIN_INGRESO', () => {
  const soldCar = (spec: FilingSpec = {}) =>
    current({ vehiculos: [vehiculo({ tipoOperacion: 'BAJA', motivoBaja: { clave: 'VNT', valor: 'VENTA' } })], ...spec });
  const enajenacion = (tipo: string, valor: number) => ({
    enajenacionBienes: { remuneracionTotal: money(valor), bienes: [{ remuneracion: money(valor), tipoBienEnajenado: tipo }] },
  });

  it('fires for a sale with no sale income and no matching rise in balances', () => {
    const [result] = run(scoringInput(soldCar(), previous), 'VENTA_SIN_INGRESO');
    expect(result.explanation).toBe(
      'El vehículo Mazda CX-5 i Grand Touring 2019 (Vehículos, elemento 1 del folio F-2) se da de baja por venta, pero la ' +
        'declaración no reporta ingresos por enajenación de vehículos (ingresos.enajenacionBienes). Las inversiones y cuentas ' +
        `del declarante pasaron de ${pesos(100_000)} a ${pesos(100_000)}: el aumento no llega al 50 % de su parte del valor de adquisición (${pesos(365_000)}).`,
    );
    expect(result.help).toMatchObject({ section: 'ingresos', field: 'enajenacionBienes' });
    expect(result.help?.message).toContain('Declaraste la venta del vehículo Mazda CX-5 i Grand Touring 2019, pero no aparece un ingreso');
    expect(result.help?.message).toContain('Si recibiste dinero por la venta, regístralo en los ingresos por enajenación de bienes');
    // The sale of a plot does not explain the sale of a car.
    expect(run(scoringInput(soldCar({ ingresosExtra: enajenacion('INMUEBLE', 445_000) }), previous), 'VENTA_SIN_INGRESO')).toHaveLength(1);
  });

  it('is silent when the sale income is declared, or the balances rose by half the value, or the BAJA is not a sale', () => {
    expect(run(scoringInput(soldCar({ ingresosExtra: enajenacion('VEHICULO', 255_000) }), previous), 'VENTA_SIN_INGRESO')).toEqual([]);
    expect(run(scoringInput(soldCar({ inversiones: [inversion('MODIFICACIÓN', 283_000)] }), previous), 'VENTA_SIN_INGRESO')).toEqual([]);
    const donated = current({ vehiculos: [vehiculo({ tipoOperacion: 'BAJA', motivoBaja: { clave: 'DNC', valor: 'DONACIÓN' } })] });
    expect(run(scoringInput(donated, previous), 'VENTA_SIN_INGRESO')).toEqual([]);
  });

  it('reads the share the balances must cover from the institution’s thresholds', () => {
    // Balances up 183,000 against the car's 365,000: enough at 50 %, not at 60 %.
    const risen = soldCar({ inversiones: [inversion('MODIFICACIÓN', 283_000)] });
    const stricter = { thresholds: { ...DEFAULT_THRESHOLDS, ventaSaldosProporcion: 0.6 } };
    const [result] = run(scoringInput(risen, previous, stricter), 'VENTA_SIN_INGRESO');
    expect(result.explanation).toContain(`pasaron de ${pesos(100_000)} a ${pesos(283_000)}: el aumento no llega al 60 % de su parte del valor de adquisición (${pesos(365_000)}).`);
    expect(result.figures).toContainEqual({ label: 'Umbral: parte del valor cubierta por los saldos', value: '60 %' });
  });
});

describe("the filer's self-check on an unsigned draft", () => {
  it('returns the findings of group 3 as help, and the reviewer sees no help text', () => {
    const draft = { ...current({ vehiculos: [] }), folio: '', filedAt: new Date().toISOString() };
    const hints = selfCheck(scoringInput(draft, previous));
    expect(hints).toContainEqual({
      code: 'BIEN_DESAPARECE_SIN_BAJA',
      message: expect.stringContaining('que declaraste en tu declaración anterior (folio F-1), no aparece en esta'),
      section: 'vehiculos',
      item: null,
      field: null,
    });
    for (const hint of hints) expect(hint.message).not.toMatch(/sospech|irregular|riesgo/i);
    const flags = scoreFiling(scoringInput(draft, previous)).flags;
    expect(flags.find((f) => f.code === 'BIEN_DESAPARECE_SIN_BAJA')?.explanation).toContain('MODIFICACIÓN en borrador al 31/12/2023');
    for (const flag of flags) expect(flag).not.toHaveProperty('help');
  });
});
