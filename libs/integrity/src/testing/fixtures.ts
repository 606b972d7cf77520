import type { DeclarationTipo } from '@veraz/contracts';
import { INCOME_TOTALS } from '@veraz/standards';
import { DEFAULT_THRESHOLDS } from '../engine/default-thresholds';
import { amountFieldOf } from '../engine/items';
import { NO_RATES } from '../engine/money';
import type { FilingFacts, ScoringInput } from '../engine/types';

/**
 * Hand-made S1 declaraciones for the rules' specs, shaped as the official OAS and the reference
 * examples (s1/examples, person A): field names per tipo, catalog pairs copied from s1/catalogos.
 * Every builder takes overrides, so a spec states only what its scenario is about.
 */

type Json = Record<string, unknown>;

export const money = (valor: number, moneda = 'MXN'): Json => ({ valor, moneda });
const DEC = [{ clave: 'DEC', valor: 'DECLARANTE' }];

/** A department in Guadalajara, the declarant's alone, bought for 2,380,000 in 2019. */
export function inmueble(overrides: Json = {}): Json {
  return {
    tipoOperacion: 'SIN_CAMBIOS',
    tipoInmueble: { clave: 'DPTO', valor: 'DEPARTAMENTO' },
    titular: DEC,
    porcentajePropiedad: 100,
    superficieTerreno: { valor: 92, unidad: 'm2' },
    superficieConstruccion: { valor: 92, unidad: 'm2' },
    transmisor: [{ tipoPersona: 'MORAL', nombreRazonSocial: 'Desarrollos Residenciales Chapultepec, S.A. de C.V.', rfc: 'DRC1203157Y8' }],
    formaAdquisicion: { clave: 'CPV', valor: 'COMPRAVENTA' },
    formaPago: 'CRÉDITO',
    valorAdquisicion: money(2_380_000),
    fechaAdquisicion: '2019-11-28',
    datoIdentificacion: 'Escritura pública 9,812 de la Notaría Pública 12 de Guadalajara; folio real 4410937',
    valorConformeA: 'ESCRITURA PÚBLICA',
    domicilioMexico: {
      calle: 'Calle Manuel López Cotilla',
      numeroExterior: '2045',
      numeroInterior: '702',
      coloniaLocalidad: 'Arcos Vallarta',
      municipioAlcaldia: { clave: '039', valor: 'Guadalajara' },
      entidadFederativa: { clave: '14', valor: 'Jalisco' },
      codigoPostal: '44130',
    },
    ...overrides,
  };
}

/** A Mazda CX-5 2019 of the declarant's, bought for 365,000 in 2020. */
export function vehiculo(overrides: Json = {}): Json {
  return {
    tipoOperacion: 'SIN_CAMBIOS',
    tipoVehiculo: { clave: 'AUMOT', valor: 'AUTOMÓVIL/MOTOCICLETA' },
    titular: DEC,
    transmisor: [{ tipoPersona: 'FISICA', nombreRazonSocial: 'HECTOR GARCIA VILLALOBOS', rfc: 'GAVH780925PJ0' }],
    marca: 'Mazda',
    modelo: 'CX-5 i Grand Touring',
    anio: 2019,
    numeroSerieRegistro: 'JM3KFBCM8K0612345',
    lugarRegistro: { pais: 'MX', entidadFederativa: { clave: '14', valor: 'Jalisco' } },
    formaAdquisicion: { clave: 'CPV', valor: 'COMPRAVENTA' },
    formaPago: 'CONTADO',
    valorAdquisicion: money(365_000),
    fechaAdquisicion: '2020-02-15',
    ...overrides,
  };
}

/** An inherited oil painting of the declarant's, valued at 120,000. */
export function mueble(overrides: Json = {}): Json {
  return {
    tipoOperacion: 'SIN_CAMBIOS',
    titular: DEC,
    tipoBien: { clave: 'OBRA', valor: 'OBRAS DE ARTE' },
    descripcionGeneralBien: 'Óleo sobre tela, paisaje de los Altos de Jalisco, pintor jalisciense, 1968',
    formaAdquisicion: { clave: 'HRN', valor: 'HERENCIA' },
    formaPago: 'NO APLICA',
    valorAdquisicion: money(120_000),
    fechaAdquisicion: '2018-04-12',
    ...overrides,
  };
}

/** A payroll account at BBVA with the tipo's balance field. */
export function inversion(tipo: DeclarationTipo, saldo: number, overrides: Json = {}): Json {
  return {
    tipoOperacion: 'SIN_CAMBIOS',
    tipoInversion: { clave: 'BANC', valor: 'BANCARIA' },
    subTipoInversion: { clave: 'CNOM', valor: 'CUENTA DE NÓMINA' },
    titular: DEC,
    numeroCuentaContrato: '0198765432',
    localizacionInversion: {
      pais: 'MX',
      institucionRazonSocial: 'BBVA México, S.A., Institución de Banca Múltiple, Grupo Financiero BBVA México',
      rfc: 'BBA830831LJ2',
    },
    [amountFieldOf('inversiones', tipo)]: money(saldo),
    ...overrides,
  };
}

/** A Banorte mortgage of the declarant's with the tipo's balance field. */
export function adeudo(tipo: DeclarationTipo, saldo: number, overrides: Json = {}): Json {
  return {
    tipoOperacion: 'SIN_CAMBIOS',
    titular: DEC,
    tipoAdeudo: { clave: 'CHIP', valor: 'CRÉDITO HIPOTECARIO' },
    numeroCuentaContrato: '1500098812',
    fechaAdquisicion: '2019-11-28',
    montoOriginal: money(1_900_000),
    [amountFieldOf('adeudos', tipo)]: money(saldo),
    otorganteCredito: { tipoPersona: 'MORAL', nombreInstitucion: 'Banco Mercantil del Norte, S.A.', rfc: 'BMN930209927' },
    localizacionAdeudo: { pais: 'MX' },
    ...overrides,
  };
}

const REMUNERACION: Record<DeclarationTipo, string> = {
  INICIAL: 'remuneracionMensualCargoPublico',
  MODIFICACIÓN: 'remuneracionAnualCargoPublico',
  CONCLUSIÓN: 'remuneracionConclusionCargoPublico',
};
const TOTAL: Record<DeclarationTipo, string> = {
  INICIAL: 'totalIngresosMensualesNetos',
  MODIFICACIÓN: 'totalIngresosAnualesNetos',
  CONCLUSIÓN: 'totalIngresosConclusionNetos',
};

/** `ingresos` with the tipo's field names: the declarant's net income is all salary unless overridden. */
export function ingresos(tipo: DeclarationTipo, neto: number, overrides: Json = {}): Json {
  return {
    [REMUNERACION[tipo]]: money(neto),
    [INCOME_TOTALS[tipo].filer]: money(neto),
    [TOTAL[tipo]]: money(neto),
    ...overrides,
  };
}

export interface FilingSpec {
  id?: string;
  folio?: string;
  tipo?: DeclarationTipo;
  fecha?: string;
  filedAt?: string;
  completa?: boolean;
  /** The declarant's net income in the tipo's field (monthly for INICIAL); null leaves `ingresos` out. */
  ingreso?: number | null;
  ingresosExtra?: Json;
  /** A list makes the section present (`ninguno` when empty); undefined leaves it out. */
  inmuebles?: Json[];
  vehiculos?: Json[];
  muebles?: Json[];
  inversiones?: Json[];
  adeudos?: Json[];
  /** Other situacionPatrimonial sections (datosEmpleoCargoComision, actividadAnualAnterior…). */
  situacion?: Json;
}

const FECHAS: Record<DeclarationTipo, string> = { INICIAL: '2023-01-16', MODIFICACIÓN: '2023-12-31', CONCLUSIÓN: '2024-10-15' };

function section(listKey: string, list: Json[] | undefined): Json | undefined {
  return list === undefined ? undefined : { ninguno: list.length === 0, [listKey]: list };
}

export function filing(spec: FilingSpec = {}): FilingFacts {
  const tipo = spec.tipo ?? 'MODIFICACIÓN';
  const situacion: Json = { ...(spec.situacion ?? {}) };
  if (spec.ingreso !== null) situacion.ingresos = ingresos(tipo, spec.ingreso ?? 1_200_000, spec.ingresosExtra);
  const sections: Array<[string, string, Json[] | undefined]> = [
    ['bienesInmuebles', 'bienInmueble', spec.inmuebles],
    ['vehiculos', 'vehiculo', spec.vehiculos],
    ['bienesMuebles', 'bienMueble', spec.muebles],
    ['inversiones', 'inversion', spec.inversiones],
    ['adeudos', 'adeudo', spec.adeudos],
  ];
  for (const [name, listKey, list] of sections) {
    const value = section(listKey, list);
    if (value) situacion[name] = value;
  }
  const fecha = spec.fecha ?? FECHAS[tipo];
  return {
    id: spec.id ?? `decl-${tipo}-${fecha}`,
    folio: spec.folio ?? `F-${fecha.slice(0, 4)}-${tipo.slice(0, 3)}`,
    tipo,
    declaracionCompleta: spec.completa ?? true,
    fecha,
    filedAt: spec.filedAt ?? `${Number(fecha.slice(0, 4)) + 1}-05-20T16:00:00.000Z`,
    declaracion: { situacionPatrimonial: situacion },
  };
}

/** What the scoring job passes the engine for one filing (defaults: no previous, no rates, version-1 thresholds). */
export function scoringInput(current: FilingFacts, previous: FilingFacts | null = null, overrides: Partial<ScoringInput> = {}): ScoringInput {
  return {
    filing: current,
    previous,
    obligations: [],
    isLatestOfPerson: true,
    thresholds: DEFAULT_THRESHOLDS,
    rates: NO_RATES,
    ...overrides,
  };
}
