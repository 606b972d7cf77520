import { selfCheck } from '../engine/score';
import { FOLIO, filing, ingresosModificacion, input, mxn, only } from '../testing/fixtures-b';
import { dataQualityRule } from './data-quality';
import { placeholderReason } from './data-quality-text';

const run = (f: ReturnType<typeof filing>, code: Parameters<typeof only>[1]) => only(dataQualityRule.evaluate(input(f)), code);

describe('the fixture', () => {
  it('is clean: a consistent filing raises no data-quality finding', () => {
    expect(dataQualityRule.evaluate(input(filing()))).toEqual([]);
  });
});

describe('SALARIO_IMPLAUSIBLE', () => {
  const withSalary = (valor: number, extra: Record<string, unknown> = {}) => ({ ...ingresosModificacion(), remuneracionAnualCargoPublico: mxn(valor), ...extra });

  it('flags a remuneración of zero, with help that points at the field', () => {
    const [flag] = run(filing({ sp: { ingresos: withSalary(0) } }), 'SALARIO_IMPLAUSIBLE');
    expect(flag!.explanation).toBe(`Folio ${FOLIO}, ingresos, I. remuneración por el cargo público (remuneracionAnualCargoPublico): declarada en cero.`);
    expect(flag!.help).toEqual({
      message: 'Tu remuneración por el cargo público está en cero. Si recibes un sueldo por tu cargo, anota su monto neto (después de impuestos) en el rubro I de Ingresos.',
      section: 'ingresos',
      item: null,
      field: 'remuneracionAnualCargoPublico.valor',
    });
  });

  it('flags a monthly equivalent under the minimum and over the maximum, showing the range', () => {
    const [low] = run(filing({ sp: { ingresos: withSalary(48_000) } }), 'SALARIO_IMPLAUSIBLE');
    expect(low!.explanation).toContain('$48,000 del año 2024 repartidos en 12 meses equivalen a $4,000 al mes, por debajo del rango plausible de $5,000 a $400,000 al mes');
    expect(low!.help!.message).toContain('equivale a $4,000 al mes, menos de lo habitual');
    const [high] = run(filing({ sp: { ingresos: withSalary(6_000_000) } }), 'SALARIO_IMPLAUSIBLE');
    expect(high!.explanation).toContain('equivalen a $500,000 al mes, por encima del rango plausible');
    const inicial = filing({ tipo: 'INICIAL', fecha: '2025-02-01', sp: { ingresos: { remuneracionMensualCargoPublico: mxn(3_000) } } });
    expect(run(inicial, 'SALARIO_IMPLAUSIBLE')[0]!.sources[0]).toMatchObject({ section: 'ingresos', field: 'remuneracionMensualCargoPublico.valor' });
  });

  it('reads a MODIFICACIÓN of someone who took office in October as three months, not twelve', () => {
    const f = filing({ sp: { ingresos: withSalary(48_000), datosEmpleoCargoComision: { fechaTomaPosesion: '2024-10-01' } } });
    expect(run(f, 'SALARIO_IMPLAUSIBLE')).toEqual([]);
    const tooLow = filing({ sp: { ingresos: withSalary(12_000), datosEmpleoCargoComision: { fechaTomaPosesion: '2024-10-01' } } });
    expect(run(tooLow, 'SALARIO_IMPLAUSIBLE')[0]!.explanation).toContain('$12,000 del año 2024 repartidos en 3 meses (desde la toma de posesión del 2024-10-01) equivalen a $3,978 al mes');
  });

  it('does not flag a salary inside the range', () => {
    expect(run(filing({ sp: { ingresos: withSalary(60_000) } }), 'SALARIO_IMPLAUSIBLE')).toEqual([]);
  });
});

describe('FECHA_IMPOSIBLE', () => {
  it('flags an acquisition after the year a MODIFICACIÓN reports, with help to the item', () => {
    const f = filing({ sp: { vehiculos: { vehiculo: [{ marca: 'Nissan', fechaAdquisicion: '2024-12-31' }, { marca: 'Kia', fechaAdquisicion: '2025-02-01' }] } } });
    const [flag, ...rest] = run(f, 'FECHA_IMPOSIBLE');
    expect(rest).toEqual([]);
    expect(flag!.explanation).toBe(`Folio ${FOLIO}, vehículos: la fecha de adquisición del vehículo 2 («2025-02-01») es posterior al 31 de diciembre de 2024, el año que reporta la declaración.`);
    expect(flag!.help).toEqual({
      message: 'La fecha de adquisición del vehículo 2 («2025-02-01») es posterior al 31 de diciembre de 2024, el año que reporta la declaración. Revisa el día, el mes y el año.',
      section: 'vehiculos',
      item: 1,
      field: 'fechaAdquisicion',
    });
  });

  it('groups a section’s impossible dates in one finding: births before 1900 or after filing, a day that does not exist', () => {
    const f = filing({
      sp: {
        datosDependienteEconomico: {
          dependienteEconomico: [
            { nombre: 'LUIS', fechaNacimiento: '1850-01-01' },
            { nombre: 'EVA', fechaNacimiento: '2030-06-01' },
            { nombre: 'RAÚL', fechaNacimiento: '2012-02-30' },
            { nombre: 'SARA', fechaNacimiento: '2012-02-29' },
          ],
        },
      },
    });
    const [flag, ...rest] = run(f, 'FECHA_IMPOSIBLE');
    expect(rest).toEqual([]);
    expect(flag!.explanation).toContain('la fecha de nacimiento del dependiente 1 («1850-01-01») es anterior a 1900');
    expect(flag!.explanation).toContain('la fecha de nacimiento del dependiente 2 («2030-06-01») es posterior al día en que se presentó la declaración');
    expect(flag!.explanation).toContain('la fecha de nacimiento del dependiente 3 («2012-02-30») no existe en el calendario');
    expect(flag!.explanation).not.toContain('dependiente 4');
    expect(flag!.help!.message).toContain('Hay 2 caso(s) más en esta sección.');
    expect(flag!.sources.map((s) => s.item)).toEqual([0, 1, 2]);
  });

  it('flags a toma de posesión after the conclusión, and an experiencia that ends before it starts', () => {
    const f = filing({
      tipo: 'CONCLUSIÓN',
      fecha: '2025-03-15',
      filedAt: '2025-04-01T17:00:00Z',
      sp: {
        ingresos: { remuneracionConclusionCargoPublico: mxn(120_000) },
        datosEmpleoCargoComision: { fechaTomaPosesion: '2025-03-20' },
        experienciaLaboral: { experiencia: [{ fechaIngreso: '2015-01-10', fechaEgreso: '2012-05-01' }] },
      },
    });
    const flags = run(f, 'FECHA_IMPOSIBLE');
    expect(flags.map((x) => x.explanation)).toEqual([
      `Folio ${FOLIO}, datos del empleo: la fecha de toma de posesión («2025-03-20») es posterior a la conclusión del encargo (2025-03-15).`,
      `Folio ${FOLIO}, experiencia laboral: la fecha de egreso de la experiencia 1 («2012-05-01») es anterior a su fecha de ingreso (2015-01-10).`,
    ]);
    expect(flags[0]!.help!.message).toMatch(/^Tu fecha de toma de posesión/);
  });
});

describe('NOMBRE_DE_RELLENO', () => {
  it('flags filler in the names of the declarant, the partner and the dependants, one finding per section', () => {
    const f = filing({
      sp: {
        datosGenerales: { nombre: 'ANA LUISA', primerApellido: 'MORALES', segundoApellido: 'NA' },
        datosPareja: { ninguno: false, nombre: 'XXX', primerApellido: 'PÉREZ' },
        datosDependienteEconomico: { dependienteEconomico: [{ nombre: 'Ximena', primerApellido: 'PRUEBA' }] },
      },
    });
    const flags = run(f, 'NOMBRE_DE_RELLENO');
    expect(flags.map((x) => x.explanation)).toEqual([
      `Folio ${FOLIO}, datos generales: el segundo apellido del declarante («NA») parece un texto de relleno.`,
      `Folio ${FOLIO}, datos de la pareja: el nombre de la pareja («XXX») parece un texto de relleno.`,
      `Folio ${FOLIO}, dependientes económicos: el primer apellido del dependiente 1 («PRUEBA») parece un texto de relleno.`,
    ]);
    expect(flags[0]!.help).toEqual({
      message: 'Tu segundo apellido («NA») parece un texto de relleno. Si no hay segundo apellido, deja el campo vacío; si lo hay, escríbelo como aparece en la identificación oficial.',
      section: 'datosGenerales',
      item: null,
      field: 'segundoApellido',
    });
    expect(flags[1]!.help!.message).toMatch(/^El nombre de tu pareja/);
  });

  it('reads repeated letters, digits and keyboard runs as filler, and real names (even short or unusual ones) as names', () => {
    expect(['AAAA', 'x x x', 'JUAN2', 'asdfg', '---', 'N/A'].map(placeholderReason)).toEqual([
      'repite una sola letra',
      'repite una sola letra',
      'contiene números',
      'parece tecleado al azar',
      'no contiene letras',
      'parece un texto de relleno',
    ]);
    expect(['Ana', 'Nava', 'Xóchitl', 'Ximena', 'Asdrúbal', 'De la O', 'Ng', 'Ya'].map(placeholderReason)).toEqual([null, null, null, null, null, null, null, null]);
  });

  it('ignores the partner section when the filer declares none', () => {
    expect(run(filing({ sp: { datosPareja: { ninguno: true, nombre: 'XXX' } } }), 'NOMBRE_DE_RELLENO')).toEqual([]);
  });
});

describe('TOTAL_NO_CUADRA', () => {
  it('reports the total that disagrees with its own parts once, not again in II, A and C', () => {
    const ingresos = { ...ingresosModificacion(), otrosIngresos: { remuneracionTotal: mxn(60_000), ingresos: [{ remuneracion: mxn(50_000) }, { remuneracion: mxn(20_000) }] } };
    const [flag, ...rest] = run(filing({ sp: { ingresos } }), 'TOTAL_NO_CUADRA');
    expect(rest).toEqual([]);
    expect(flag!.explanation).toBe(`Folio ${FOLIO}, ingresos: II.4 otros ingresos: el total declarado es $60,000 y la suma de sus partes es $70,000 (diferencia de $10,000).`);
    expect(flag!.help).toMatchObject({ section: 'ingresos', item: null, field: 'otrosIngresos.remuneracionTotal.valor' });
    expect(flag!.help!.message).toMatch(/^La suma de tus ingresos no coincide con el total en ingresos: II\.4 otros ingresos: el total dice \$60,000, pero sus partes suman \$70,000\./);
  });

  it('checks A = I + II and C = A + B against the stored parts', () => {
    const ingresos = { ...ingresosModificacion(), ingresoAnualNetoDeclarante: mxn(700_000) };
    const [flag] = run(filing({ sp: { ingresos } }), 'TOTAL_NO_CUADRA');
    expect(flag!.explanation).toContain('A. ingreso neto del declarante (I + II) declarado es $700,000 y la suma de sus partes es $660,000');
    expect(flag!.explanation).toContain('C. total de ingresos netos (A + B) declarado es $760,000 y la suma de sus partes es $800,000');
  });

  it('tolerates less than a peso of rounding', () => {
    const ingresos = { ...ingresosModificacion(), totalIngresosAnualesNetos: mxn(760_000.4) };
    expect(run(filing({ sp: { ingresos } }), 'TOTAL_NO_CUADRA')).toEqual([]);
  });
});

describe('COPROPIEDAD_MAYOR_100', () => {
  const home = (extra: Record<string, unknown>) => ({ tipoInmueble: { clave: 'CASA', valor: 'CASA' }, datoIdentificacion: 'Folio real 2345871', ...extra });

  it('flags a percentage over 100, and two records of one property adding up to more than 100', () => {
    const f = filing({ sp: { bienesInmuebles: { bienInmueble: [home({ porcentajePropiedad: 150, datoIdentificacion: 'Escritura 99' }), home({ porcentajePropiedad: 60 }), home({ porcentajePropiedad: 50 })] } } });
    const flags = run(f, 'COPROPIEDAD_MAYOR_100');
    expect(flags.map((x) => x.explanation)).toEqual([
      `Folio ${FOLIO}, bienes inmuebles, inmueble 1 (CASA): porcentaje de propiedad de 150 %, mayor que 100 %.`,
      `Folio ${FOLIO}, bienes inmuebles: 2 registros con la misma identificación o domicilio suman 110 % de propiedad (inmueble 2: 60 %, inmueble 3: 50 %), más de 100 %.`,
    ]);
    expect(flags[1]!.help).toMatchObject({ section: 'bienesInmuebles', item: 1, field: 'porcentajePropiedad' });
    expect(flags[1]!.help!.message).toContain('Los inmuebles 2 y 3 parecen ser el mismo bien');
  });

  it('does not flag co-owners whose shares add up to 100, nor a participation of 100 %', () => {
    const f = filing({
      sp: { bienesInmuebles: { bienInmueble: [home({ porcentajePropiedad: 50 }), home({ porcentajePropiedad: 50 })] } },
      interes: { participacion: { participacion: [{ nombreEmpresaSociedadAsociacion: 'Semillas SA', porcentajeParticipacion: 100 }] } },
    });
    expect(run(f, 'COPROPIEDAD_MAYOR_100')).toEqual([]);
  });
});

describe('the filer’s self-check', () => {
  it('shows group 7 findings as help only, with the field to open', () => {
    const f = filing({ sp: { datosGenerales: { nombre: 'ASDF', primerApellido: 'MORALES' }, vehiculos: { vehiculo: [{ marca: 'Porsche', modelo: 'Cayenne' }] } } });
    const hints = selfCheck(input(f));
    expect(hints).toEqual([
      {
        code: 'NOMBRE_DE_RELLENO',
        message: 'Tu nombre («ASDF») parece un texto de relleno. Escríbelo como aparece en la identificación oficial.',
        section: 'datosGenerales',
        item: null,
        field: 'nombre',
      },
    ]);
  });
});
