import { loadOas } from './data';
import { groupProperties, resolveRef, type Schema } from './oas-nav';
import { assertTipo, type Tipo } from './tipos';

export type SectionGroup = 'situacionPatrimonial' | 'interes';

export interface SectionDef {
  /** The S1 response property name, e.g. 'datosDependienteEconomico', 'inversiones', 'representacion'. */
  name: string;
  group: SectionGroup;
  /** The array property of a section that has `ninguno` plus a list (e.g. 'bienInmueble'); otherwise null. */
  listKey: string | null;
  /** Spanish title as in the DOF forms. */
  label: string;
  /** Part of the simplified format (Normas, Decimosegunda). */
  simplified: boolean;
}

export const SECTION_GROUPS: readonly SectionGroup[] = Object.freeze(['situacionPatrimonial', 'interes'] as const);

/**
 * Titles and order of the DOF forms (23-sep-2019). The set of sections of each tipo comes from its OAS;
 * this table only gives their order, titles and whether they belong to the simplified format.
 */
const DOF: ReadonlyArray<{ name: string; label: string | Record<Tipo, string>; simplified: boolean }> = [
  { name: 'datosGenerales', label: 'Datos generales', simplified: true },
  { name: 'domicilioDeclarante', label: 'Domicilio del declarante', simplified: true },
  { name: 'datosCurricularesDeclarante', label: 'Datos curriculares del declarante', simplified: true },
  {
    name: 'datosEmpleoCargoComision',
    label: {
      INICIAL: 'Datos del empleo, cargo o comisión que inicia',
      MODIFICACIÓN: 'Datos del empleo, cargo o comisión actual',
      CONCLUSIÓN: 'Datos del empleo, cargo o comisión que concluye',
    },
    simplified: true,
  },
  { name: 'experienciaLaboral', label: 'Experiencia laboral', simplified: true },
  { name: 'datosPareja', label: 'Datos de la pareja', simplified: false },
  { name: 'datosDependienteEconomico', label: 'Datos del dependiente económico', simplified: false },
  { name: 'ingresos', label: 'Ingresos netos del declarante, pareja y/o dependientes económicos', simplified: true },
  {
    name: 'actividadAnualAnterior',
    label: '¿Te desempeñaste como servidor público en el año inmediato anterior?',
    simplified: true,
  },
  { name: 'bienesInmuebles', label: 'Bienes inmuebles', simplified: false },
  { name: 'vehiculos', label: 'Vehículos', simplified: false },
  { name: 'bienesMuebles', label: 'Bienes muebles', simplified: false },
  { name: 'inversiones', label: 'Inversiones, cuentas bancarias y otro tipo de valores/activos', simplified: false },
  { name: 'adeudos', label: 'Adeudos/pasivos', simplified: false },
  { name: 'prestamoOComodato', label: 'Préstamo o comodato por terceros', simplified: false },
  { name: 'participacion', label: 'Participación en empresas, sociedades o asociaciones', simplified: false },
  {
    name: 'participacionTomaDecisiones',
    label: '¿Participa en la toma de decisiones de alguna de estas instituciones?',
    simplified: false,
  },
  { name: 'apoyos', label: 'Apoyos o beneficios públicos', simplified: false },
  { name: 'representacion', label: 'Representación', simplified: false },
  { name: 'clientesPrincipales', label: 'Clientes principales', simplified: false },
  { name: 'beneficiosPrivados', label: 'Beneficios privados', simplified: false },
  { name: 'fideicomisos', label: 'Fideicomisos', simplified: false },
];

function listKeyOf(oas: Schema, sectionSchema: Schema): string | null {
  const schema = resolveRef(oas, sectionSchema);
  const properties = (schema?.properties ?? {}) as Record<string, Schema>;
  if (!('ninguno' in properties)) return null;
  const arrays = Object.keys(properties).filter((key) => resolveRef(oas, properties[key])?.type === 'array');
  return arrays.length === 1 ? arrays[0]! : null;
}

const cache = new Map<Tipo, readonly SectionDef[]>();

/** Every section of the OAS of a tipo, in DOF form order. */
function allSections(tipo: Tipo): readonly SectionDef[] {
  assertTipo(tipo);
  let defs = cache.get(tipo);
  if (!defs) {
    const oas = loadOas(tipo);
    const found: SectionDef[] = [];
    for (const group of SECTION_GROUPS) {
      for (const [name, schema] of Object.entries(groupProperties(oas, group))) {
        const dof = DOF.find((entry) => entry.name === name);
        const label = !dof ? name : typeof dof.label === 'string' ? dof.label : dof.label[tipo];
        const simplified = !!dof?.simplified && group === 'situacionPatrimonial';
        found.push(Object.freeze({ name, group, listKey: listKeyOf(oas, schema), label, simplified }));
      }
    }
    const rank = (def: SectionDef) => {
      const index = DOF.findIndex((entry) => entry.name === def.name);
      return (def.group === 'interes' ? 1000 : 0) + (index < 0 ? 500 : index);
    };
    defs = Object.freeze(found.sort((a, b) => rank(a) - rank(b)));
    cache.set(tipo, defs);
  }
  return defs;
}

/**
 * The sections of a declaration, in DOF form order. Complete: every `situacionPatrimonial` section of the
 * tipo's OAS plus the 7 `interes` sections. Simplified: only the simplified ones that the tipo has
 * (MODIFICACIÓN has no `actividadAnualAnterior`).
 */
export function sectionsFor(tipo: Tipo, completa: boolean): SectionDef[] {
  return allSections(tipo).filter((def) => completa || def.simplified);
}

/** Any section of the tipo's OAS, by its S1 response property name. */
export function sectionDef(tipo: Tipo, name: string): SectionDef | undefined {
  return allSections(tipo).find((def) => def.name === name);
}
