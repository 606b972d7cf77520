/**
 * The only module that loads the data files of the standard (package @veraz/standards-data,
 * folder standards/ of the repository). Everything is loaded on first use and kept in memory.
 * The files are plain `require`s with literal paths so that bundlers can see them.
 */
import type { Tipo } from './tipos';

type Json = unknown;

const OAS_LOADERS: Record<Tipo, () => Json> = {
  INICIAL: () => require('@veraz/standards-data/s1/oas/OAS_API_Declaraciones_Inicial.json'),
  MODIFICACIÓN: () => require('@veraz/standards-data/s1/oas/OAS_API_Declaraciones_Modificacion.json'),
  CONCLUSIÓN: () => require('@veraz/standards-data/s1/oas/OAS_API_Declaraciones_Conclusion.json'),
};

/** standards/s1/catalogos/<name>.json, one entry per file (a test checks the list against the folder). */
const CATALOG_LOADERS: Record<string, () => Json> = {
  actividadLaboral: () => require('@veraz/standards-data/s1/catalogos/actividadLaboral.json'),
  ambitoPublico: () => require('@veraz/standards-data/s1/catalogos/ambitoPublico.json'),
  ambitoSector: () => require('@veraz/standards-data/s1/catalogos/ambitoSector.json'),
  beneficiariosPrograma: () => require('@veraz/standards-data/s1/catalogos/beneficiariosPrograma.json'),
  documentoObtenido: () => require('@veraz/standards-data/s1/catalogos/documentoObtenido.json'),
  estatus: () => require('@veraz/standards-data/s1/catalogos/estatus.json'),
  extranjero: () => require('@veraz/standards-data/s1/catalogos/extranjero.json'),
  formaAdquisicion: () => require('@veraz/standards-data/s1/catalogos/formaAdquisicion.json'),
  formaPago: () => require('@veraz/standards-data/s1/catalogos/formaPago.json'),
  formaRecepcion: () => require('@veraz/standards-data/s1/catalogos/formaRecepcion.json'),
  lugarDondeReside: () => require('@veraz/standards-data/s1/catalogos/lugarDondeReside.json'),
  motivoBaja: () => require('@veraz/standards-data/s1/catalogos/motivoBaja.json'),
  nivel: () => require('@veraz/standards-data/s1/catalogos/nivel.json'),
  nivelOrdenGobierno: () => require('@veraz/standards-data/s1/catalogos/nivelOrdenGobierno.json'),
  parentescoRelacion: () => require('@veraz/standards-data/s1/catalogos/parentescoRelacion.json'),
  regimenMatrimonial: () => require('@veraz/standards-data/s1/catalogos/regimenMatrimonial.json'),
  relacionConDeclarante: () => require('@veraz/standards-data/s1/catalogos/relacionConDeclarante.json'),
  sector: () => require('@veraz/standards-data/s1/catalogos/sector.json'),
  situacionPersonalEstadoCivil: () => require('@veraz/standards-data/s1/catalogos/situacionPersonalEstadoCivil.json'),
  subTipoInversion: () => require('@veraz/standards-data/s1/catalogos/subTipoInversion.json'),
  tipoAdeudo: () => require('@veraz/standards-data/s1/catalogos/tipoAdeudo.json'),
  tipoApoyo: () => require('@veraz/standards-data/s1/catalogos/tipoApoyo.json'),
  tipoBeneficio: () => require('@veraz/standards-data/s1/catalogos/tipoBeneficio.json'),
  tipoBienBienesMuebles: () => require('@veraz/standards-data/s1/catalogos/tipoBienBienesMuebles.json'),
  tipoBienEnajenacionBienes: () => require('@veraz/standards-data/s1/catalogos/tipoBienEnajenacionBienes.json'),
  tipoFideicomiso: () => require('@veraz/standards-data/s1/catalogos/tipoFideicomiso.json'),
  tipoInmueble: () => require('@veraz/standards-data/s1/catalogos/tipoInmueble.json'),
  tipoInstitucion: () => require('@veraz/standards-data/s1/catalogos/tipoInstitucion.json'),
  tipoInstrumento: () => require('@veraz/standards-data/s1/catalogos/tipoInstrumento.json'),
  tipoInversion: () => require('@veraz/standards-data/s1/catalogos/tipoInversion.json'),
  tipoOperacion: () => require('@veraz/standards-data/s1/catalogos/tipoOperacion.json'),
  tipoParticipacion: () => require('@veraz/standards-data/s1/catalogos/tipoParticipacion.json'),
  tipoParticipacionFideicomiso: () => require('@veraz/standards-data/s1/catalogos/tipoParticipacionFideicomiso.json'),
  tipoPersona: () => require('@veraz/standards-data/s1/catalogos/tipoPersona.json'),
  tipoRelacion: () => require('@veraz/standards-data/s1/catalogos/tipoRelacion.json'),
  tipoRepresentacion: () => require('@veraz/standards-data/s1/catalogos/tipoRepresentacion.json'),
  tipoVehiculo: () => require('@veraz/standards-data/s1/catalogos/tipoVehiculo.json'),
  titularBien: () => require('@veraz/standards-data/s1/catalogos/titularBien.json'),
  unidadMedida: () => require('@veraz/standards-data/s1/catalogos/unidadMedida.json'),
  valorConformeA: () => require('@veraz/standards-data/s1/catalogos/valorConformeA.json'),
};

const GEO_LOADERS = {
  entidades: () => require('@veraz/standards-data/s1/catalogos-geo/pdn_entidades.json'),
  municipios: () => require('@veraz/standards-data/s1/catalogos-geo/pdn_municipios.json'),
  paises: () => require('@veraz/standards-data/s1/catalogos-geo/sistemadeclaraciones_countries.json'),
} satisfies Record<string, () => Json>;

export type GeoFile = keyof typeof GEO_LOADERS;

const FORM_LABELS_LOADER = (): Json => require('@veraz/standards-data/formulario/etiquetas.json');

const cache = new Map<string, Json>();

function load(key: string, loader: () => Json): Json {
  if (!cache.has(key)) cache.set(key, deepFreeze(loader()));
  return cache.get(key);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The parsed official OAS of a tipo (deeply frozen). */
export function loadOas(tipo: Tipo): Record<string, unknown> {
  const loader = OAS_LOADERS[tipo];
  if (!loader) throw new Error(`Tipo de declaración desconocido: ${String(tipo)}`);
  return load(`oas:${tipo}`, loader) as Record<string, unknown>;
}

export function catalogFileNames(): string[] {
  return Object.keys(CATALOG_LOADERS).sort();
}

/** The raw content of standards/s1/catalogos/<name>.json, or undefined for an unknown name. */
export function loadCatalogFile(name: string): Json | undefined {
  if (!Object.prototype.hasOwnProperty.call(CATALOG_LOADERS, name)) return undefined;
  return load(`catalog:${name}`, CATALOG_LOADERS[name]!);
}

export function loadGeoFile(name: GeoFile): Json {
  return load(`geo:${name}`, GEO_LOADERS[name]);
}

/** standards/formulario/etiquetas.json: the field labels of the form, the review page and the PDFs. */
export function loadFormLabels(): Json {
  return load('formulario:etiquetas', FORM_LABELS_LOADER);
}
