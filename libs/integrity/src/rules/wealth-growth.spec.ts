import { DEFAULT_THRESHOLDS } from '../engine/default-thresholds';
import { pesos, rateTable } from '../engine/money';
import { scoreFiling } from '../engine/score';
import { personA, personB } from '../testing/examples';
import { adeudo, filing, inmueble, inversion, money, scoringInput } from '../testing/fixtures';
import { missingRatesRule } from './missing-rates';
import { wealthGrowthRule } from './wealth-growth';

const MINE = new Set(['CRECIMIENTO_NO_EXPLICADO', 'TIPO_DE_CAMBIO_FALTANTE', 'ACTIVOS_VS_INGRESO', 'ADEUDOS_VS_INGRESO_Y_ACTIVOS', 'SALTO_LIQUIDEZ',
  'BIEN_SIN_ADQUISICION', 'BIEN_DESAPARECE_SIN_BAJA', 'COMPRA_SIN_VALOR', 'VENTA_SIN_INGRESO']);

/** 2022: a department, 100,000 in the bank, a 1,000,000 mortgage; 1,200,000 of net income a year. */
const previous = filing({
  id: 'prev',
  folio: 'F-2023-0007',
  fecha: '2022-12-31',
  inmuebles: [inmueble()],
  inversiones: [inversion('MODIFICACIÓN', 100_000)],
  adeudos: [adeudo('MODIFICACIÓN', 1_000_000)],
});

/** 2023: the same, plus a house bought in cash for `price`, 150,000 in the bank and 900,000 owed. */
function withHouse(price: number | Record<string, unknown>) {
  return filing({
    id: 'cur',
    folio: 'F-2024-0042',
    fecha: '2023-12-31',
    inmuebles: [
      inmueble(),
      inmueble({
        tipoOperacion: 'AGREGAR',
        tipoInmueble: { clave: 'CASA', valor: 'CASA' },
        valorAdquisicion: typeof price === 'number' ? money(price) : price,
        fechaAdquisicion: '2023-06-01',
        formaPago: 'CONTADO',
        datoIdentificacion: 'Escritura pública 22,118 de la Notaría Pública 3 de Zapopan; folio real 5520113',
        domicilioMexico: { calle: 'Av. Acueducto', numeroExterior: '4300', codigoPostal: '45116' },
      }),
    ],
    inversiones: [inversion('MODIFICACIÓN', 150_000)],
    adeudos: [adeudo('MODIFICACIÓN', 900_000)],
  });
}

describe('CRECIMIENTO_NO_EXPLICADO', () => {
  it('fires when net worth rises by far more than the income could save, and shows every figure and its origin', () => {
    const [flag] = wealthGrowthRule.evaluate(scoringInput(withHouse(3_000_000), previous));
    expect(flag.code).toBe('CRECIMIENTO_NO_EXPLICADO');
    // Rise 3,150,000; savings 1,200,000 − 30 % = 840,000; unexplained 2,310,000 > 6 months (600,000): over twice.
    expect(flag.severity).toBe('ALTA');
    expect(flag.explanation).toContain(`pasó de ${pesos(1_480_000)} (MODIFICACIÓN folio F-2023-0007 al 31/12/2022)`);
    expect(flag.explanation).toContain(`a ${pesos(4_630_000)} (MODIFICACIÓN folio F-2024-0042 al 31/12/2023)`);
    expect(flag.explanation).toContain(`aumentó ${pesos(3_150_000)}`);
    expect(flag.explanation).toContain(`${pesos(1_200_000)} en ingresos.ingresoAnualNetoDeclarante del folio F-2024-0042`);
    expect(flag.explanation).toContain(`${pesos(360_000)} (30 % del ingreso)`);
    expect(flag.explanation).toContain(`El aumento no explicado, ${pesos(2_310_000)}, supera el umbral de 6 meses de ingreso`);
    expect(flag.explanation).toContain(`Bienes inmuebles ${pesos(2_380_000)} → ${pesos(5_380_000)}`);
    expect(flag.figures).toContainEqual({ label: 'Aumento no explicado', value: 2_310_000 });
    expect(flag.figures).toContainEqual({ label: 'Umbral (6 meses de ingreso)', value: 600_000 });
    expect(flag.explanation).toContain(`(${pesos(600_000)})`);
    expect(flag.sources).toContainEqual({ filingId: 'prev', folio: 'F-2023-0007', section: 'bienesInmuebles', item: null, field: 'valorAdquisicion' });
    expect(flag.sources).toContainEqual({ filingId: 'cur', folio: 'F-2024-0042', section: 'ingresos', item: null, field: 'ingresoAnualNetoDeclarante' });
  });

  it('is ALTA just over the threshold and silent just under it', () => {
    // Unexplained 610,000 against a threshold of 600,000 (six months of 1,200,000 a year).
    expect(wealthGrowthRule.evaluate(scoringInput(withHouse(1_300_000), previous))).toMatchObject([{ severity: 'ALTA' }]);
    // Unexplained 590,000: a near miss.
    expect(wealthGrowthRule.evaluate(scoringInput(withHouse(1_280_000), previous))).toEqual([]);
  });

  it('follows the institution’s thresholds', () => {
    const strict = { ...DEFAULT_THRESHOLDS, crecimientoMesesDeIngreso: 3 };
    expect(wealthGrowthRule.evaluate(scoringInput(withHouse(1_280_000), previous, { thresholds: strict }))).toHaveLength(1);
  });

  it('does not evaluate without a needed rate, and says which rate is missing', () => {
    const current = withHouse(money(170_000, 'USD'));
    const input = scoringInput(current, previous);
    expect(wealthGrowthRule.evaluate(input)).toEqual([]);
    const [notice] = missingRatesRule.evaluate(input);
    expect(notice).toMatchObject({ code: 'TIPO_DE_CAMBIO_FALTANTE', severity: 'INFORMATIVA' });
    expect(notice.explanation).toContain('Falta el tipo de cambio USD 2023');
    expect(notice.explanation).toContain('No se pudo evaluar: «Crecimiento del patrimonio mayor que los ingresos declarados»');
    expect(notice.figures).toEqual([{ label: 'Tipo de cambio faltante', value: 'USD 2023' }]);
    expect(notice.sources).toContainEqual({ filingId: 'cur', folio: 'F-2024-0042', section: 'bienesInmuebles', item: 1, field: 'valorAdquisicion' });
    // The notice adds nothing to the score.
    expect(scoreFiling(input).flags.filter((f) => f.code === 'CRECIMIENTO_NO_EXPLICADO')).toEqual([]);
  });

  it('converts a foreign purchase with the loaded rate of its acquisition year', () => {
    const input = scoringInput(withHouse(money(170_000, 'USD')), previous, {
      rates: rateTable([{ currency: 'USD', year: 2023, mxnPerUnit: 17.76 }]),
    });
    const [flag] = wealthGrowthRule.evaluate(input);
    // 170,000 USD × 17.76 = 3,019,200 pesos.
    expect(flag.explanation).toContain(`Bienes inmuebles ${pesos(2_380_000)} → ${pesos(5_399_200)}`);
    expect(missingRatesRule.evaluate(input)).toEqual([]);
  });

  it('compares only the sections both filings carry (a simplified filing has no assets)', () => {
    const simplified = filing({ id: 'cur', fecha: '2023-12-31', completa: false });
    expect(wealthGrowthRule.evaluate(scoringInput(simplified, previous))).toEqual([]);
    expect(wealthGrowthRule.evaluate(scoringInput(personB.modificacion(), personB.inicial()))).toEqual([]);
  });

  it('needs a previous filing of the person', () => {
    expect(wealthGrowthRule.evaluate(scoringInput(withHouse(30_000_000)))).toEqual([]);
  });

  it("finds nothing to flag in the reference person's explained growth (a sold car, a sold plot into a fund)", () => {
    const inicial = personA.inicial();
    const modificacion = personA.modificacion();
    const conclusion = personA.conclusion();
    for (const input of [scoringInput(inicial), scoringInput(modificacion, inicial), scoringInput(conclusion, modificacion)]) {
      expect(scoreFiling(input).flags.filter((flag) => MINE.has(flag.code))).toEqual([]);
    }
  });
});
