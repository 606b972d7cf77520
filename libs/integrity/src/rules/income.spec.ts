import { rateTable } from '../engine/money';
import { FOLIO, filing, ingresosModificacion, input, mxn, only } from '../testing/fixtures-b';
import { incomeRule } from './income';

const apoyo = (monthly: number, extra: Record<string, unknown> = {}) => ({
  tipoOperacion: 'SIN_CAMBIOS',
  beneficiarioPrograma: { clave: 'DC', valor: 'DECLARANTE' },
  nombrePrograma: 'Programa de Vivienda',
  tipoApoyo: { clave: 'SUB', valor: 'SUBSIDIO' },
  montoApoyoMensual: mxn(monthly),
  ...extra,
});
const withOtros = (total: number) => ({ ...ingresosModificacion(), otrosIngresosAnualesTotal: mxn(total), otrosIngresos: { remuneracionTotal: mxn(total), ingresos: [{ remuneracion: mxn(total), tipoIngreso: 'Donativo de un particular' }] } });

describe('INGRESO_EXTRAORDINARIO', () => {
  it('adds «otros ingresos», support programmes and gifts, and compares them with half the annual salary', () => {
    const f = filing({ sp: { ingresos: withOtros(200_000) }, interes: { apoyos: { apoyo: [apoyo(10_000)] } } });
    const [flag, ...rest] = only(incomeRule.evaluate(input(f)), 'INGRESO_EXTRAORDINARIO');
    expect(rest).toEqual([]);
    expect(flag!.severity).toBe('MEDIA');
    expect(flag!.explanation).toContain(`Folio ${FOLIO}: ingresos no salariales de $320,000 al año`);
    expect(flag!.explanation).toContain('II.4 otros ingresos, del año 2024, de $200,000 (Donativo de un particular)');
    expect(flag!.explanation).toContain('apoyo 1 «Programa de Vivienda» de $10,000 al mes');
    expect(flag!.explanation).toContain('remuneración anual por el cargo público de $600,000');
    expect(flag!.explanation).toContain('Superan el 50 % del sueldo anual que fija el umbral, es decir $300,000.');
    expect(flag!.sources.map((s) => `${s.section} ${s.item} ${s.field}`)).toEqual([
      'ingresos null remuneracionAnualCargoPublico',
      'ingresos null otrosIngresos.remuneracionTotal',
      'apoyos 0 montoApoyoMensual.valor',
    ]);
  });

  it('does not flag non-salary income at or under the threshold', () => {
    const f = filing({ sp: { ingresos: withOtros(200_000) }, interes: { apoyos: { apoyo: [apoyo(5_000)] } } });
    expect(only(incomeRule.evaluate(input(f)), 'INGRESO_EXTRAORDINARIO')).toEqual([]);
  });

  it('annualises an INICIAL (monthly amounts) and counts prizes of beneficiosPrivados', () => {
    const f = filing({
      tipo: 'INICIAL',
      fecha: '2024-03-01',
      filedAt: '2024-04-10T16:00:00Z',
      sp: { ingresos: { remuneracionMensualCargoPublico: mxn(50_000) } },
      interes: { beneficiosPrivados: { beneficio: [{ tipoBeneficio: { clave: 'S', valor: 'SORTEO' }, otorgante: { nombreRazonSocial: 'Club Social AC' }, montoMensualAproximado: mxn(26_000) }] } },
    });
    const [flag] = only(incomeRule.evaluate(input(f)), 'INGRESO_EXTRAORDINARIO');
    expect(flag!.explanation).toContain('ingresos no salariales de $312,000 al año (beneficio 1 (SORTEO, de Club Social AC) de $26,000 al mes)');
    expect(flag!.explanation).toContain('$600,000 ($50,000 mensual, anualizado)');
  });

  it('leaves out an amount whose exchange rate is missing, and says so', () => {
    const f = filing({ sp: { ingresos: withOtros(400_000) }, interes: { apoyos: { apoyo: [apoyo(1_000, { montoApoyoMensual: mxn(1_000, 'USD') })] } } });
    const [flag] = only(incomeRule.evaluate(input(f)), 'INGRESO_EXTRAORDINARIO');
    expect(flag!.explanation).toContain('ingresos no salariales de $400,000 al año');
    expect(flag!.explanation).toContain('No se sumaron montos en USD 2024 por falta del tipo de cambio.');
    const converted = only(incomeRule.evaluate(input(f, { rates: rateTable([{ currency: 'USD', year: 2024, mxnPerUnit: 18 }]) })), 'INGRESO_EXTRAORDINARIO');
    expect(converted[0]!.explanation).toContain('ingresos no salariales de $616,000 al año');
  });

  it('takes a MODIFICACIÓN of a 365-day year as exactly one year (no drift from day counts)', () => {
    const f = filing({ fecha: '2023-12-31', filedAt: '2024-05-20T17:00:00Z', sp: { ingresos: withOtros(400_000) } });
    const [flag] = only(incomeRule.evaluate(input(f)), 'INGRESO_EXTRAORDINARIO');
    expect(flag!.explanation).toContain('ingresos no salariales de $400,000 al año (II.4 otros ingresos, del año 2023, de $400,000');
    expect(flag!.figures[1]).toEqual({ label: 'Remuneración anual por el cargo público', value: 600_000 });
  });

  it('does not compare against a salary declared as zero (group 7 flags that)', () => {
    const f = filing({ sp: { ingresos: { ...withOtros(400_000), remuneracionAnualCargoPublico: mxn(0) } } });
    expect(only(incomeRule.evaluate(input(f)), 'INGRESO_EXTRAORDINARIO')).toEqual([]);
  });
});

const adeudo = (tipoPersona: string, extra: Record<string, unknown> = {}) => ({
  tipoOperacion: 'AGREGAR',
  tipoAdeudo: { clave: 'PRPE', valor: 'PRÉSTAMO PERSONAL' },
  fechaAdquisicion: '2024-02-01',
  montoOriginal: mxn(800_000),
  saldoInsolutoDiciembreAnterior: mxn(650_000),
  otorganteCredito: { tipoPersona, nombreInstitucion: 'JUAN PÉREZ LÓPEZ', rfc: 'PELJ700101AB1' },
  ...extra,
});

describe('PRESTAMO_PERSONA_FISICA', () => {
  it('flags a loan granted by a persona física, with the lender, amounts and date, never the RFC', () => {
    const f = filing({ sp: { adeudos: { adeudo: [adeudo('MORAL'), adeudo('FISICA')] } } });
    const [flag, ...rest] = only(incomeRule.evaluate(input(f)), 'PRESTAMO_PERSONA_FISICA');
    expect(rest).toEqual([]);
    expect(flag!.explanation).toBe(
      `Folio ${FOLIO}, adeudos, adeudo 2 (PRÉSTAMO PERSONAL): otorgado por una persona física, JUAN PÉREZ LÓPEZ, por $800,000, con saldo insoluto de $650,000, desde el 01/02/2024.`,
    );
    expect(JSON.stringify(flag)).not.toContain('PELJ700101AB1');
    expect(flag!.sources[0]).toMatchObject({ section: 'adeudos', item: 1, field: 'otorganteCredito.tipoPersona' });
  });

  it('reads the catalog spelling FÍSICA too, and ignores loans from personas morales and paid-off loans', () => {
    expect(only(incomeRule.evaluate(input(filing({ sp: { adeudos: { adeudo: [adeudo('FÍSICA')] } } }))), 'PRESTAMO_PERSONA_FISICA')).toHaveLength(1);
    const f = filing({ sp: { adeudos: { adeudo: [adeudo('MORAL'), adeudo('FISICA', { tipoOperacion: 'BAJA' })] } } });
    expect(only(incomeRule.evaluate(input(f)), 'PRESTAMO_PERSONA_FISICA')).toEqual([]);
  });
});

const lent = (tipoBien: Record<string, unknown>) => ({
  tipoOperacion: 'SIN_CAMBIOS',
  tipoBien,
  duenoTitular: { tipoDuenoTitular: 'MORAL', nombreTitular: 'Constructora del Bajío SA de CV', rfc: 'CBA010101AB1', relacionConTitular: 'NINGUNA' },
});

describe('COMODATO_ALTO_VALOR', () => {
  it('flags a lent luxury vehicle, and says the standard carries no value for it', () => {
    const f = filing({ sp: { prestamoOComodato: { prestamo: [lent({ vehiculo: { tipo: { clave: 'AUMOT' }, marca: 'Porsche', modelo: 'Cayenne', anio: 2023 } })] } } });
    const [flag] = only(incomeRule.evaluate(input(f)), 'COMODATO_ALTO_VALOR');
    expect(flag!.explanation).toContain(`Folio ${FOLIO}, préstamo o comodato 1: usa Porsche Cayenne 2023, propiedad de Constructora del Bajío SA de CV (persona moral, relación: NINGUNA)`);
    expect(flag!.explanation).toContain('su marca o modelo coincide con «Porsche»');
    expect(flag!.explanation).toContain('El estándar S1 no registra el valor de un bien en comodato, así que se señala por su tipo o marca.');
    expect(flag!.sources[0]).toMatchObject({ section: 'prestamoOComodato', item: 0, field: 'tipoBien.vehiculo.marca' });
  });

  it('flags a lent aircraft or boat and a whole building', () => {
    const f = filing({
      sp: { prestamoOComodato: { prestamo: [lent({ vehiculo: { tipo: { clave: 'BARYA' }, marca: 'Azimut', modelo: '60' } }), lent({ inmueble: { tipoInmueble: { clave: 'EDIF', valor: 'EDIFICIO' } } })] } },
    });
    const flags = only(incomeRule.evaluate(input(f)), 'COMODATO_ALTO_VALOR');
    expect(flags.map((x) => x.explanation.match(/porque ([^.]*)\./)?.[1])).toEqual(['es un barco o yate (tipo BARYA)', 'es un edificio completo (tipo EDIF)']);
  });

  it('does not flag a lent ordinary car or house, nor one returned (BAJA)', () => {
    const f = filing({
      sp: {
        prestamoOComodato: {
          prestamo: [
            lent({ vehiculo: { tipo: { clave: 'AUMOT' }, marca: 'Nissan', modelo: 'NP300' } }),
            lent({ inmueble: { tipoInmueble: { clave: 'CASA', valor: 'CASA' } } }),
            { ...lent({ vehiculo: { tipo: { clave: 'AERN' }, marca: 'Cessna' } }), tipoOperacion: 'BAJA' },
          ],
        },
      },
    });
    expect(only(incomeRule.evaluate(input(f)), 'COMODATO_ALTO_VALOR')).toEqual([]);
  });
});
