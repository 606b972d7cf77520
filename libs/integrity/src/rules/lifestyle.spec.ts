import { FOLIO, filing, input, mxn, only } from '../testing/fixtures-b';
import { lifestyleRule, luxuryBrandOf } from './lifestyle';

const car = (marca: string, modelo: string, extra: Record<string, unknown> = {}) => ({
  tipoOperacion: 'SIN_CAMBIOS',
  tipoVehiculo: { clave: 'AUMOT', valor: 'AUTOMÓVIL/MOTOCICLETA' },
  marca,
  modelo,
  anio: 2022,
  valorAdquisicion: mxn(1_850_000),
  fechaAdquisicion: '2023-04-01',
  lugarRegistro: { pais: 'MX', entidadFederativa: { clave: '14', valor: 'Jalisco' } },
  ...extra,
});
const vehicles = (...vehiculo: unknown[]) => filing({ sp: { vehiculos: { ninguno: false, vehiculo } } });
const house = (extra: Record<string, unknown> = {}) => ({
  tipoOperacion: 'SIN_CAMBIOS',
  tipoInmueble: { clave: 'CASA', valor: 'CASA' },
  porcentajePropiedad: 100,
  superficieConstruccion: { valor: 180, unidad: 'm2' },
  valorAdquisicion: mxn(2_400_000),
  fechaAdquisicion: '2015-06-19',
  domicilioMexico: { calle: 'Paseo de los Virreyes', numeroExterior: '1580', codigoPostal: '45110' },
  ...extra,
});
const properties = (...bienInmueble: unknown[]) => filing({ sp: { bienesInmuebles: { ninguno: false, bienInmueble } } });

describe('VEHICULO_LUJO', () => {
  it('flags a brand of the list written with the model in marca, and shows the vehicle, its value and the folio', () => {
    const [flag, ...rest] = only(lifestyleRule.evaluate(input(vehicles(car('PORSCHE CAYENNE', '')))), 'VEHICULO_LUJO');
    expect(rest).toHaveLength(0);
    expect(flag!.severity).toBe('MEDIA');
    expect(flag!.explanation).toContain(`Folio ${FOLIO}, vehículos, vehículo 1: PORSCHE CAYENNE 2022`);
    expect(flag!.explanation).toContain('$1,850,000');
    expect(flag!.explanation).toContain('«Porsche»');
    expect(flag!.figures).toContainEqual({ label: 'Marca de lujo de la lista', value: 'Porsche' });
    expect(flag!.sources).toEqual([{ filingId: 'f-2025', folio: FOLIO, section: 'vehiculos', item: 0, field: 'marca' }]);
  });

  it('matches multi-word brands and models without accents, case or hyphens', () => {
    expect(luxuryBrandOf('LAND-ROVER', 'Defender 110', ['Land Rover'])).toBe('Land Rover');
    expect(luxuryBrandOf('Ástón  Martín', 'DB11', ['Aston Martin'])).toBe('Aston Martin');
    expect(luxuryBrandOf('Audi', 'R8 Spyder', ['Audi R8'])).toBe('Audi R8');
  });

  it('does not flag a brand that only starts like one of the list, a model outside it, or a vehicle sold (BAJA)', () => {
    expect(luxuryBrandOf('PORSCHEX', null, ['Porsche'])).toBeNull();
    expect(luxuryBrandOf('Audi', 'A4', ['Audi R8'])).toBeNull();
    const results = lifestyleRule.evaluate(input(vehicles(car('Nissan', 'Versa'), car('Porsche', 'Macan', { tipoOperacion: 'BAJA' }))));
    expect(only(results, 'VEHICULO_LUJO')).toEqual([]);
  });

  it('reads the institution’s own list (a changed list is a new regex, not the cached one)', () => {
    const f = vehicles(car('Nissan', 'Versa'));
    expect(only(lifestyleRule.evaluate(input(f)), 'VEHICULO_LUJO')).toHaveLength(0);
    expect(only(lifestyleRule.evaluate(input(f, { thresholds: { marcasDeLujo: ['Nissan'] } })), 'VEHICULO_LUJO')).toHaveLength(1);
  });
});

describe('AERONAVE_O_EMBARCACION', () => {
  it('flags a vehicle of tipo AERN or BARYA with its clave', () => {
    const plane = car('Cessna', '172 Skyhawk', { tipoVehiculo: { clave: 'AERN', valor: 'AERONAVE' } });
    const [flag] = only(lifestyleRule.evaluate(input(vehicles(car('Nissan', 'Versa'), plane))), 'AERONAVE_O_EMBARCACION');
    expect(flag!.explanation).toContain(`Folio ${FOLIO}, vehículos, vehículo 2: aeronave (tipo de vehículo AERN, «AERONAVE»), Cessna 172 Skyhawk 2022`);
    expect(flag!.sources[0]).toMatchObject({ section: 'vehiculos', item: 1, field: 'tipoVehiculo' });
  });

  it('does not flag cars, nor an aircraft sold in the period', () => {
    const sold = car('Cessna', '172', { tipoVehiculo: { clave: 'AERN', valor: 'AERONAVE' }, tipoOperacion: 'BAJA' });
    expect(only(lifestyleRule.evaluate(input(vehicles(car('Nissan', 'Versa'), sold))), 'AERONAVE_O_EMBARCACION')).toEqual([]);
  });
});

describe('CASA_GRANDE', () => {
  it('flags a house above the construction threshold, with both figures', () => {
    const [flag] = only(lifestyleRule.evaluate(input(properties(house({ superficieConstruccion: { valor: 310, unidad: 'm2' } })))), 'CASA_GRANDE');
    expect(flag!.explanation).toBe(`Folio ${FOLIO}, bienes inmuebles, inmueble 1 (CASA): superficie de construcción de 310 m², mayor que el umbral de 300 m².`);
    expect(flag!.figures).toEqual([
      { label: 'Superficie de construcción', value: '310 m²' },
      { label: 'Umbral', value: '300 m²' },
    ]);
  });

  it('converts hectares to square metres', () => {
    const [flag] = only(lifestyleRule.evaluate(input(properties(house({ superficieConstruccion: { valor: 1, unidad: 'ha' } })))), 'CASA_GRANDE');
    expect(flag!.explanation).toContain('1 ha (10,000 m²)');
  });

  it('does not flag exactly the threshold, nor a warehouse (not a home)', () => {
    const bodega = house({ tipoInmueble: { clave: 'BODG', valor: 'BODEGA' }, superficieConstruccion: { valor: 900, unidad: 'm2' } });
    expect(only(lifestyleRule.evaluate(input(properties(house({ superficieConstruccion: { valor: 300, unidad: 'm2' } }), bodega))), 'CASA_GRANDE')).toEqual([]);
  });
});

describe('VARIOS_INMUEBLES_EN_UN_ANIO', () => {
  it('flags two properties acquired in the same year (threshold 2), listing both', () => {
    const f = properties(house(), house({ fechaAdquisicion: '2023-02-10', valorAdquisicion: mxn(1_200_000) }), house({ fechaAdquisicion: '2023-11-03', valorAdquisicion: mxn(3_000_000) }));
    const [flag, ...rest] = only(lifestyleRule.evaluate(input(f)), 'VARIOS_INMUEBLES_EN_UN_ANIO');
    expect(rest).toEqual([]);
    expect(flag!.explanation).toContain(`Folio ${FOLIO}, bienes inmuebles: 2 inmuebles adquiridos en 2023`);
    expect(flag!.explanation).toContain('inmueble 2 (CASA, adquirido por $1,200,000 el 10/02/2023)');
    expect(flag!.explanation).toContain('inmueble 3 (CASA, adquirido por $3,000,000 el 03/11/2023)');
    expect(flag!.explanation).toContain('El umbral es de 2 o más en un año.');
    expect(flag!.sources.map((s) => s.item)).toEqual([1, 2]);
  });

  it('does not count a property sold in this filing, nor different years', () => {
    const f = properties(house({ fechaAdquisicion: '2023-02-10' }), house({ fechaAdquisicion: '2023-11-03', tipoOperacion: 'BAJA' }), house({ fechaAdquisicion: '2022-11-03' }));
    expect(only(lifestyleRule.evaluate(input(f)), 'VARIOS_INMUEBLES_EN_UN_ANIO')).toEqual([]);
  });
});

describe('BIENES_EN_EL_EXTRANJERO', () => {
  it('lists a home, an account and a company abroad in one flag, with their sources', () => {
    const f = filing({
      sp: {
        bienesInmuebles: { bienInmueble: [house(), house({ domicilioMexico: undefined, domicilioExtranjero: { calle: 'Ocean Dr', ciudadLocalidad: 'Miami', pais: 'US' }, valorAdquisicion: mxn(400_000, 'USD') })] },
        inversiones: { inversion: [{ tipoOperacion: 'AGREGAR', tipoInversion: { clave: 'VBUR', valor: 'VALORES BURSÁTILES' }, localizacionInversion: { pais: 'US', institucionRazonSocial: 'Brokers Inc.' }, saldoDiciembreAnterior: mxn(50_000, 'USD') }] },
      },
      interes: { participacion: { participacion: [{ tipoOperacion: 'SIN_CAMBIOS', nombreEmpresaSociedadAsociacion: 'Inversiones Ibéricas SL', porcentajeParticipacion: 30, ubicacion: { pais: 'ES' } }] } },
    });
    const [flag, ...rest] = only(lifestyleRule.evaluate(input(f)), 'BIENES_EN_EL_EXTRANJERO');
    expect(rest).toEqual([]);
    expect(flag!.explanation).toContain(`Folio ${FOLIO}: 3 bienes, cuentas o empresas en el extranjero`);
    expect(flag!.explanation).toContain('inmueble 2 (CASA) en Miami, Estados Unidos (US)');
    expect(flag!.explanation).toContain('inversión 1 (VALORES BURSÁTILES, Brokers Inc.) en Estados Unidos (US)');
    expect(flag!.explanation).toContain('participación 1 en Inversiones Ibéricas SL ubicada en España (ES)');
    expect(flag!.figures).toContainEqual({ label: 'Valor de adquisición, inmueble 2', value: 400_000, currency: 'USD' });
    expect(flag!.sources.map((s) => `${s.section} ${s.item} ${s.field}`)).toEqual([
      'bienesInmuebles 1 domicilioExtranjero',
      'inversiones 0 localizacionInversion.pais',
      'participacion 0 ubicacion.pais',
    ]);
  });

  it('does not flag assets in Mexico', () => {
    const f = filing({
      sp: { bienesInmuebles: { bienInmueble: [house()] }, inversiones: { inversion: [{ tipoInversion: { clave: 'BANC' }, localizacionInversion: { pais: 'MX' } }] } },
      interes: { participacion: { participacion: [{ nombreEmpresaSociedadAsociacion: 'Semillas SA', ubicacion: { pais: 'MX' } }] } },
    });
    expect(only(lifestyleRule.evaluate(input(f)), 'BIENES_EN_EL_EXTRANJERO')).toEqual([]);
  });
});
