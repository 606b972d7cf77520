import { pesos, rateTable } from '../engine/money';
import { adeudo, filing, inmueble, inversion, money, scoringInput } from '../testing/fixtures';
import { missingRatesRule } from './missing-rates';
import { proportionsRule } from './proportions';

const codes = (input: Parameters<typeof proportionsRule.evaluate>[0]) => proportionsRule.evaluate(input).map((f) => f.code);

describe('ACTIVOS_VS_INGRESO', () => {
  /** A department (2,380,000) and 100,000 in the bank. */
  const withIncome = (ingreso: number) =>
    filing({ folio: 'F-2024-0100', ingreso, inmuebles: [inmueble()], inversiones: [inversion('MODIFICACIÓN', 100_000)], adeudos: [] });

  it('fires when assets exceed ten times the annual income, with the figures, threshold and sources', () => {
    const [flag] = proportionsRule.evaluate(scoringInput(withIncome(240_000)));
    expect(flag).toMatchObject({ code: 'ACTIVOS_VS_INGRESO', severity: 'MEDIA' });
    expect(flag.explanation).toContain(`Los activos del declarante suman ${pesos(2_480_000)} (MODIFICACIÓN folio F-2024-0100 al 31/12/2023;`);
    expect(flag.explanation).toContain(`Bienes inmuebles ${pesos(2_380_000)}; Inversiones y cuentas ${pesos(100_000)}`);
    expect(flag.explanation).toContain('10.3 veces su ingreso neto anual');
    expect(flag.explanation).toContain(`${pesos(240_000)} en ingresos.ingresoAnualNetoDeclarante del folio F-2024-0100`);
    expect(flag.explanation).toContain(`El umbral es 10 veces el ingreso anual (${pesos(2_400_000)})`);
    expect(flag.figures).toContainEqual({ label: 'Umbral (10 veces el ingreso anual)', value: 2_400_000 });
    expect(flag.sources).toContainEqual({ filingId: expect.any(String), folio: 'F-2024-0100', section: 'inversiones', item: null, field: 'saldoDiciembreAnterior' });
  });

  it('is ALTA at twice the threshold, and silent just under it', () => {
    expect(proportionsRule.evaluate(scoringInput(withIncome(100_000)))).toMatchObject([{ code: 'ACTIVOS_VS_INGRESO', severity: 'ALTA' }]);
    expect(codes(scoringInput(withIncome(250_000)))).not.toContain('ACTIVOS_VS_INGRESO');
  });

  it("annualises an INICIAL's monthly income", () => {
    const inicial = filing({ tipo: 'INICIAL', ingreso: 20_000, inmuebles: [inmueble()], inversiones: [inversion('INICIAL', 100_000)] });
    const [flag] = proportionsRule.evaluate(scoringInput(inicial));
    expect(flag.explanation).toContain(`${pesos(240_000)} (${pesos(20_000)} al mes × 12; ${pesos(20_000)} en ingresos.ingresoMensualNetoDeclarante`);
  });

  it('is not evaluated when an asset needs a missing rate, and the notice names it', () => {
    const current = filing({ ingreso: 240_000, inmuebles: [inmueble()], inversiones: [inversion('MODIFICACIÓN', 0, { saldoDiciembreAnterior: money(9_000, 'USD') })] });
    expect(codes(scoringInput(current))).toEqual([]);
    const [notice] = missingRatesRule.evaluate(scoringInput(current));
    expect(notice.explanation).toContain('Falta el tipo de cambio USD 2023');
    expect(notice.explanation).toContain('«Activos muy altos frente al ingreso anual»');
    const twoMissing = filing({ ingreso: 240_000, inmuebles: [inmueble({ valorAdquisicion: money(10_000, 'EUR') })], inversiones: [inversion('MODIFICACIÓN', 0, { saldoDiciembreAnterior: money(9_000, 'USD') })] });
    expect(missingRatesRule.evaluate(scoringInput(twoMissing))[0].explanation).toContain('Faltan los tipos de cambio EUR 2019, USD 2023 para convertir');
    // With the rate loaded it is evaluated: 2,380,000 + 9,000 × 17.76 = 2,539,840 > 2,400,000.
    const rates = rateTable([{ currency: 'USD', year: 2023, mxnPerUnit: 17.76 }]);
    const [flag] = proportionsRule.evaluate(scoringInput(current, null, { rates }));
    expect(flag.explanation).toContain(pesos(2_539_840));
  });
});

describe('ADEUDOS_VS_INGRESO_Y_ACTIVOS', () => {
  const owing = (saldo: number) => filing({ folio: 'F-2024-0200', ingreso: 1_200_000, inmuebles: [inmueble()], adeudos: [adeudo('MODIFICACIÓN', saldo)] });

  it('fires when debts exceed 60 % of annual income plus assets', () => {
    const [flag] = proportionsRule.evaluate(scoringInput(owing(2_200_000)));
    expect(flag).toMatchObject({ code: 'ADEUDOS_VS_INGRESO_Y_ACTIVOS', severity: 'MEDIA' });
    expect(flag.explanation).toContain(`Los adeudos del declarante suman ${pesos(2_200_000)} (MODIFICACIÓN folio F-2024-0200`);
    expect(flag.explanation).toContain(`${pesos(1_200_000)} + ${pesos(2_380_000)} = ${pesos(3_580_000)}, cuyo 60 % es ${pesos(2_148_000)}`);
    expect(flag.sources).toContainEqual({ filingId: expect.any(String), folio: 'F-2024-0200', section: 'adeudos', item: null, field: 'saldoInsolutoDiciembreAnterior' });
  });

  it('is silent just under the threshold', () => {
    expect(codes(scoringInput(owing(2_100_000)))).toEqual([]);
  });
});

describe('SALTO_LIQUIDEZ', () => {
  const year = (fecha: string, folio: string, ...inversiones: Array<Record<string, unknown>>) =>
    filing({ id: folio, folio, fecha, ingreso: 1_200_000, inversiones });
  const nomina = (saldo: number) => inversion('MODIFICACIÓN', saldo);

  it('fires when cash triples and grows by six months of income', () => {
    const input = scoringInput(year('2023-12-31', 'F-2', nomina(700_000)), year('2022-12-31', 'F-1', nomina(100_000)));
    const [flag] = proportionsRule.evaluate(input);
    expect(flag).toMatchObject({ code: 'SALTO_LIQUIDEZ', severity: 'MEDIA' });
    expect(flag.explanation).toContain(`pasaron de ${pesos(100_000)} (MODIFICACIÓN folio F-1 al 31/12/2022`);
    expect(flag.explanation).toContain(`a ${pesos(700_000)} (MODIFICACIÓN folio F-2 al 31/12/2023`);
    expect(flag.explanation).toContain(`7 veces lo anterior, un aumento de ${pesos(600_000)}`);
    expect(flag.explanation).toContain(`3 veces el saldo anterior y un aumento de al menos 6 meses de ingreso (${pesos(600_000)}`);
    expect(flag.sources).toContainEqual({ filingId: 'F-1', folio: 'F-1', section: 'inversiones', item: 0, field: 'saldoDiciembreAnterior' });
  });

  it('is silent when the rise is under six months of income, or under three times the balance', () => {
    expect(codes(scoringInput(year('2023-12-31', 'F-2', nomina(690_000)), year('2022-12-31', 'F-1', nomina(100_000))))).toEqual([]);
    expect(codes(scoringInput(year('2023-12-31', 'F-2', nomina(1_100_000)), year('2022-12-31', 'F-1', nomina(400_000))))).toEqual([]);
  });

  it('counts only cash-like investments: company shares are not cash', () => {
    const acciones = (saldo: number) =>
      inversion('MODIFICACIÓN', saldo, {
        tipoInversion: { clave: 'ORPM', valor: 'ORGANIZACIONES PRIVADAS Y/O MERCANTILES' },
        subTipoInversion: { clave: 'ACCI', valor: 'ACCIONES' },
        numeroCuentaContrato: 'Título accionario 014, serie A',
      });
    expect(codes(scoringInput(year('2023-12-31', 'F-2', acciones(900_000)), year('2022-12-31', 'F-1', acciones(0))))).toEqual([]);
    const divisas = (saldo: number, moneda: string) =>
      inversion('MODIFICACIÓN', 0, { tipoInversion: { clave: 'POMM', valor: 'POSESIÓN DE MONEDAS Y/O METALES' }, subTipoInversion: { clave: 'DIVS', valor: 'DIVISAS' }, saldoDiciembreAnterior: money(saldo, moneda) });
    const input = scoringInput(year('2023-12-31', 'F-2', divisas(50_000, 'USD')), year('2022-12-31', 'F-1', divisas(0, 'MXN')));
    expect(codes(input)).toEqual([]);
    expect(missingRatesRule.evaluate(input)[0].explanation).toContain('«Aumento brusco de efectivo o inversiones líquidas»');
    const rates = rateTable([{ currency: 'USD', year: 2023, mxnPerUnit: 17.76 }]);
    expect(codes(scoringInput(input.filing, input.previous, { rates }))).toContain('SALTO_LIQUIDEZ');
  });
});
