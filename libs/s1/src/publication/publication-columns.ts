import { searchText } from './search-text';

type Json = Record<string, any>;

export interface PublicationColumns {
  nombresNorm: string;
  primerApellidoNorm: string;
  segundoApellidoNorm: string;
  escolaridadNiveles: string[];
  escolaridadMin: string | null;
  escolaridadMax: string | null;
  enteNorm: string;
  empleoNorm: string;
  nivelEmpleoNorm: string;
  nivelOrdenGobierno: string | null;
  entidadFederativa: string | null;
  municipioAlcaldia: string | null;
  totalIngresosNetos: number | null;
  /** One entry per public inmueble, so a range filter can require a single inmueble to match. */
  inmuebles: Array<{ sc: number | null; st: number | null; va: number | null; fa: string | null }>;
  sc: [number | null, number | null];
  st: [number | null, number | null];
  va: [number | null, number | null];
  fa: [string | null, string | null];
}

/** totalIngresosNetos is the declarant's own net income, named differently per tipo (S1-NOTES a.4). */
const INCOME: Record<string, string> = {
  INICIAL: 'ingresoMensualNetoDeclarante',
  MODIFICACIÓN: 'ingresoAnualNetoDeclarante',
  CONCLUSIÓN: 'ingresoConclusionNetoDeclarante',
};

/** Search and sort columns, read from the public projection only. */
export function publicationColumns(publicItem: Json): PublicationColumns {
  const sp: Json = publicItem.declaracion?.situacionPatrimonial ?? {};
  const generales: Json = sp.datosGenerales ?? {};
  const empleo: Json = sp.datosEmpleoCargoComision ?? {};
  const niveles: string[] = (sp.datosCurricularesDeclarante?.escolaridad ?? [])
    .map((e: Json) => e?.nivel?.clave)
    .filter((c: unknown): c is string => typeof c === 'string');
  const inmuebles = ((sp.bienesInmuebles?.bienInmueble ?? []) as Json[]).map((b) => ({
    sc: num(b?.superficieConstruccion?.valor),
    st: num(b?.superficieTerreno?.valor),
    va: num(b?.valorAdquisicion?.valor),
    fa: typeof b?.formaAdquisicion?.clave === 'string' ? (b.formaAdquisicion.clave as string) : null,
  }));
  const income = sp.ingresos?.[INCOME[publicItem.metadata?.tipo]]?.valor;
  return {
    nombresNorm: searchText(generales.nombre),
    primerApellidoNorm: searchText(generales.primerApellido),
    segundoApellidoNorm: searchText(generales.segundoApellido),
    escolaridadNiveles: [...new Set(niveles)],
    ...minMax('escolaridad', niveles),
    enteNorm: searchText(empleo.nombreEntePublico),
    empleoNorm: searchText(empleo.empleoCargoComision),
    nivelEmpleoNorm: searchText(empleo.nivelEmpleoCargoComision),
    nivelOrdenGobierno: str(empleo.nivelOrdenGobierno),
    entidadFederativa: str(empleo.domicilioMexico?.entidadFederativa?.clave),
    municipioAlcaldia: str(empleo.domicilioMexico?.municipioAlcaldia?.clave),
    totalIngresosNetos: num(income),
    inmuebles,
    sc: range(inmuebles.map((i) => i.sc)),
    st: range(inmuebles.map((i) => i.st)),
    va: range(inmuebles.map((i) => i.va)),
    fa: range(inmuebles.map((i) => i.fa)),
  };
}

function minMax(_name: 'escolaridad', values: string[]): { escolaridadMin: string | null; escolaridadMax: string | null } {
  const [min, max] = range(values);
  return { escolaridadMin: min, escolaridadMax: max };
}

function range<T extends number | string>(values: Array<T | null>): [T | null, T | null] {
  const present = values.filter((v): v is T => v !== null);
  if (present.length === 0) return [null, null];
  const sorted = [...present].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [sorted[0], sorted[sorted.length - 1]];
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
