import { loadOas } from './data';
import { groupProperties, resolveRef, type Schema } from './oas-nav';
import { DOF_SECTIONS as DOF, dofSectionRank, dofSectionTitle } from './dof-sections';
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
        const label = dofSectionTitle(name, tipo);
        const simplified = !!dof?.simplified && group === 'situacionPatrimonial';
        found.push(Object.freeze({ name, group, listKey: listKeyOf(oas, schema), label, simplified }));
      }
    }
    const rank = (def: SectionDef) => dofSectionRank(def.name, def.group);
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
