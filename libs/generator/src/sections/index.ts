import type { SectionDef } from '@veraz/standards';
import type { Json } from '../catalog';
import { emit, listSection, type FilingContext, type PersonState, type SectionBuilder } from './context';
import * as general from './general';
import * as ingresos from './ingresos';
import * as patrimonio from './patrimonio';
import type { Interests } from '../interests';

/** Interest sections are plain lists of tracked items. */
const interes: SectionBuilder = ({ interests }, _fc, def) => listSection(def.listKey!, emit(interests[def.name as keyof Interests]));

const BUILDERS: Record<string, SectionBuilder> = {
  ...general,
  ...ingresos,
  ...patrimonio,
  participacion: interes,
  participacionTomaDecisiones: interes,
  apoyos: interes,
  representacion: interes,
  clientesPrincipales: interes,
  beneficiosPrivados: interes,
  fideicomisos: interes,
};

export function buildSection(state: PersonState, fc: FilingContext, def: SectionDef): Json {
  const builder = BUILDERS[def.name];
  if (!builder) throw new Error(`El generador no sabe llenar la sección ${def.name}`);
  return builder(state, fc, def);
}

export type { FilingContext, PersonState } from './context';
