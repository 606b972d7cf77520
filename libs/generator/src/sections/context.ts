import type { SectionDef, Tipo } from '@veraz/standards';
import type { Json } from '../catalog';
import type { Interests } from '../interests';
import type { Profile } from '../profile';
import { operation, type Tracked } from '../tracked';
import type { Assets } from '../wealth';

/** One person's state: the profile plus the lists they declare. */
export interface PersonState {
  profile: Profile;
  assets: Assets;
  interests: Interests;
}

/** What a filing reports: its tipo, the date it describes and the period its income covers. */
export interface FilingContext {
  tipo: Tipo;
  completa: boolean;
  /** INICIAL: toma de posesión; MODIFICACIÓN: 31-dec of anioReportado; CONCLUSIÓN: the conclusion date. */
  ref: string;
  /** First day of the income period (MODIFICACIÓN/CONCLUSIÓN: 1-jan of the year, or the toma de posesión). */
  periodStart: string;
  fechaTomaPosesion: string | null;
  anioReportado: number | null;
  fechaConclusion: string | null;
}

export type SectionBuilder = (state: PersonState, fc: FilingContext, def: SectionDef) => Json;

/** The items with their tipoOperacion first; `extra` adds per-tipo fields (balances, motivoBaja). */
export function emit(list: readonly Tracked[], extra?: (item: Tracked) => Json): Json[] {
  return list.map((item) => ({ tipoOperacion: operation(item), ...item.data, ...(extra ? extra(item) : {}) }));
}

/** `{ninguno: false, <list>: items}` or `{ninguno: true}`: the rule the API checks. */
export function listSection(listKey: string, items: Json[]): Json {
  return items.length ? { ninguno: false, [listKey]: items } : { ninguno: true };
}
