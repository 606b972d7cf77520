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
const previousSpec = {
  id: 'prev',
  folio: 'F-2023-0007',
  fecha: '2022-12-31',
  inmuebles: [inmueble()],
  inversiones: [inversion('MODIFICACIÓN', 100_000)],
  adeudos: [adeudo('MODIFICACIÓN', 1_000_000)],
};
const previous = filing(previousSpec);

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

const SPOUSE = [{ clave: 'CYG', valor: 'CÓNYUGE' }];
const DEC_SPOUSE = [{ clave: 'DEC', valor: 'DECLARANTE' }, ...SPOUSE];

/** The 2023 filing with the cash house titled as `house` says, and the pareja's net income `pareja` (B). */
function spouseHouse(house: Record<string, unknown>, pareja = 0, rest: Record<string, unknown>[] = []) {
  const bought = withHouse(3_000_000);
  const inmuebles = (bought.declaracion.situacionPatrimonial as { bienesInmuebles: { bienInmueble: Record<string, unknown>[] } }).bienesInmuebles.bienInmueble;
  Object.assign(inmuebles[1]!, house);
  inmuebles.push(...rest);
  const ingresos = (bought.declaracion.situacionPatrimonial as { ingresos: Record<string, unknown> }).ingresos;
  ingresos.ingresoAnualNetoParejaDependiente = money(pareja);
  ingresos.totalIngresosAnualesNetos = money(1_200_000 + pareja);
  return bought;
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

  describe('on the household (declarante, pareja y dependientes económicos)', () => {
    it('fires on a cash house titled to the spouse that the declarant-only view misses, and says it is the household', () => {
      const input = scoringInput(spouseHouse({ titular: SPOUSE, porcentajePropiedad: 0 }), previous);
      // The declarant's own share rose only 150,000 (bank +50,000, mortgage −100,000): far under 600,000.
      const [flag, ...rest] = wealthGrowthRule.evaluate(input);
      expect(rest).toEqual([]);
      expect(flag).toMatchObject({ code: 'CRECIMIENTO_NO_EXPLICADO', severity: 'ALTA' });
      expect(flag.explanation).toContain('el patrimonio del hogar: declarante, pareja y dependientes económicos');
      expect(flag.explanation).toContain(`En la parte del propio declarante el aumento, ${pesos(150_000)}, no supera el umbral`);
      expect(flag.explanation).toContain(`El patrimonio del hogar pasó de ${pesos(1_480_000)} (MODIFICACIÓN folio F-2023-0007 al 31/12/2022)`);
      expect(flag.explanation).toContain(`aumentó ${pesos(3_150_000)}`);
      expect(flag.explanation).toContain(`${pesos(1_200_000)} en ingresos.totalIngresosAnualesNetos del folio F-2024-0042`);
      expect(flag.explanation).toContain(`El aumento no explicado, ${pesos(2_310_000)}, supera el umbral de 6 meses de ingreso del hogar (${pesos(600_000)})`);
      expect(flag.figures).toContainEqual({ label: 'Aumento del patrimonio del hogar', value: 3_150_000 });
      expect(flag.figures).toContainEqual({ label: 'Umbral (6 meses de ingreso del hogar)', value: 600_000 });
      expect(flag.sources).toContainEqual({ filingId: 'cur', folio: 'F-2024-0042', section: 'ingresos', item: null, field: 'totalIngresosAnualesNetos' });
      expect(flag.sources).toContainEqual({ filingId: 'cur', folio: 'F-2024-0042', section: 'ingresos', item: null, field: 'ingresoAnualNetoParejaDependiente' });
      // The spouse's house itself, named and linked: where the reviewer looks first.
      expect(flag.explanation).toMatch(/El bien de mayor valor a nombre de la pareja o de dependientes económicos en esta declaración, en la parte que no es del declarante: .*\(Bienes inmuebles, elemento 2 del folio F-2024-0042\): \$3,000,000\./);
      expect(flag.sources).toContainEqual({ filingId: 'cur', folio: 'F-2024-0042', section: 'bienesInmuebles', item: 1, field: 'valorAdquisicion' });
      expect(scoreFiling(input).flags.filter((f) => f.code === 'CRECIMIENTO_NO_EXPLICADO')).toHaveLength(1);
    });

    it('counts the whole of a house the declarant and the spouse own at 50 %', () => {
      const half = spouseHouse({ titular: DEC_SPOUSE, porcentajePropiedad: 50, valorAdquisicion: money(2_000_000) });
      // Declarant: rise 1,150,000, unexplained 310,000 (under 600,000); household: rise 2,150,000, unexplained 1,310,000.
      const [flag] = wealthGrowthRule.evaluate(scoringInput(half, previous));
      expect(flag.explanation).toContain('patrimonio del hogar');
      expect(flag.figures).toContainEqual({ label: 'Aumento no explicado', value: 1_310_000 });
    });

    it("keeps the declarant's explanation when the declarant's own share already exceeds the threshold: one flag", () => {
      const flags = wealthGrowthRule.evaluate(scoringInput(withHouse(3_000_000), previous));
      expect(flags).toHaveLength(1);
      expect(flags[0]!.explanation).toMatch(/^El patrimonio neto del declarante/);
      expect(flags[0]!.explanation).not.toContain('hogar');
    });

    it("is silent when the pareja's declared income explains the spouse's house, and fires just beyond", () => {
      // Household income 2,640,000: unexplained 3,150,000 − 70 % = 1,302,000, under 6 months (1,320,000).
      expect(wealthGrowthRule.evaluate(scoringInput(spouseHouse({ titular: SPOUSE }, 1_440_000), previous))).toEqual([]);
      // 2,600,000: unexplained 1,330,000 over 1,300,000.
      const [flag] = wealthGrowthRule.evaluate(scoringInput(spouseHouse({ titular: SPOUSE }, 1_400_000), previous));
      expect(flag.explanation).toContain(`${pesos(2_600_000)} en ingresos.totalIngresosAnualesNetos`);
    });

    it("does not evaluate the household without the rate of the spouse's foreign purchase, and says so", () => {
      const input = scoringInput(spouseHouse({ titular: SPOUSE, valorAdquisicion: money(170_000, 'USD') }), previous);
      expect(wealthGrowthRule.evaluate(input)).toEqual([]);
      const [notice] = missingRatesRule.evaluate(input);
      expect(notice.explanation).toContain('Falta el tipo de cambio USD 2023');
      expect(notice.sources).toContainEqual({ filingId: 'cur', folio: 'F-2024-0042', section: 'bienesInmuebles', item: 1, field: 'valorAdquisicion' });
    });

    it('leaves out a foreign good without a rate held unchanged in both filings: it adds the same to both', () => {
      const condo = inmueble({ titular: SPOUSE, valorAdquisicion: money(185_000, 'USD'), fechaAdquisicion: '2020-03-02', datoIdentificacion: 'Deed TX' });
      const before = filing({ ...previousSpec, inmuebles: [inmueble(), condo] });
      const input = scoringInput(spouseHouse({ titular: SPOUSE }, 0, [condo]), before);
      const [flag] = wealthGrowthRule.evaluate(input);
      expect(flag.explanation).toContain('Sin contar 185,000 USD de 2020 sin tipo de cambio cargado, iguales en ambas declaraciones');
      expect(flag.figures).toContainEqual({ label: 'Aumento no explicado', value: 2_310_000 });
      expect(missingRatesRule.evaluate(input)).toEqual([]);
    });
  });
});
