import type { DeclarationRow, SectionRow } from '../declaration.types';
import type { ExtractedColumns } from '../repositories/filing-columns';
import type { SectionDef } from '@veraz/standards';

type Json = Record<string, unknown>;

/** The S1 result item of a filing: `{id, metadata, declaracion}` exactly as the standard shapes it. */
export function assembleDocument(input: {
  s1Id: string;
  declaration: DeclarationRow;
  institutionName: string;
  filedAt: Date;
  sections: SectionDef[];
  saved: Map<string, SectionRow>;
}): Json {
  const { declaration } = input;
  return {
    id: input.s1Id,
    metadata: {
      actualizacion: actualizacionOf(input.filedAt),
      institucion: input.institutionName,
      tipo: declaration.tipo,
      declaracionCompleta: declaration.declaracionCompleta,
      actualizacionConflictoInteres: declaration.actualizacionConflictoInteres,
    },
    declaracion: assembleDeclaracion(input.sections, input.saved),
  };
}

/** The S1 `declaracion` object of a draft's saved sections, as signing would file it (the self-check reads it too). */
export function assembleDeclaracion(sections: SectionDef[], saved: Map<string, SectionRow>): Json {
  const situacionPatrimonial: Json = {};
  const interes: Json = {};
  for (const def of sections) {
    const row = saved.get(def.name);
    if (!row) continue;
    (def.group === 'interes' ? interes : situacionPatrimonial)[def.name] = row.data;
  }
  const declaracion: Json = { situacionPatrimonial };
  if (sections.some((s) => s.group === 'interes')) declaracion.interes = interes;
  return declaracion;
}

/** The document at another time of filing: only `metadata.actualizacion` depends on it. */
export function withFilingTime(document: Json, filedAt: Date): Json {
  return { ...document, metadata: { ...(document.metadata as Json), actualizacion: actualizacionOf(filedAt) } };
}

/** Whole seconds, UTC: the form the standard's examples use. */
function actualizacionOf(filedAt: Date): string {
  return filedAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const INCOME_FIELD: Record<string, string> = {
  INICIAL: 'ingresoMensualNetoDeclarante',
  MODIFICACIÓN: 'ingresoAnualNetoDeclarante',
  CONCLUSIÓN: 'ingresoConclusionNetoDeclarante',
};

/** Public fields the S1 filters and sorts use (S1-NOTES a.4), copied out once at filing time. */
export function extractColumns(document: Json): ExtractedColumns {
  const sp = ((document.declaracion as Json)?.situacionPatrimonial ?? {}) as Json;
  const generales = (sp.datosGenerales ?? {}) as Json;
  const empleo = (sp.datosEmpleoCargoComision ?? {}) as Json;
  const domicilio = (empleo.domicilioMexico ?? {}) as Json;
  const escolaridad = ((sp.datosCurricularesDeclarante as Json)?.escolaridad ?? []) as Json[];
  const ingresos = (sp.ingresos ?? {}) as Json;
  const tipo = String((document.metadata as Json)?.tipo);
  const income = (ingresos[INCOME_FIELD[tipo]] as Json | undefined)?.valor;
  return {
    nombres: String(generales.nombre ?? ''),
    primerApellido: String(generales.primerApellido ?? ''),
    segundoApellido: str(generales.segundoApellido),
    nombreEntePublico: str(empleo.nombreEntePublico),
    empleoCargoComision: str(empleo.empleoCargoComision),
    nivelEmpleoCargoComision: str(empleo.nivelEmpleoCargoComision),
    nivelOrdenGobierno: str(empleo.nivelOrdenGobierno),
    entidadFederativa: str((domicilio.entidadFederativa as Json | undefined)?.clave),
    municipioAlcaldia: str((domicilio.municipioAlcaldia as Json | undefined)?.clave),
    escolaridadNiveles: [...new Set(escolaridad.map((e) => (e?.nivel as Json | undefined)?.clave).filter((c): c is string => typeof c === 'string'))],
    totalIngresosNetos: typeof income === 'number' ? income : null,
  };
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
