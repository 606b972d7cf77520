import { conditionallyHidden } from './conditions';
import type { FormNode, ObjectNode } from './tree';

type Json = Record<string, unknown>;

/**
 * Pairs of sibling objects of which a filer fills only one (México / extranjero, inmueble / vehículo).
 * The form shows a chooser and only the chosen one; saving keeps only the chosen one.
 */
export const ALTERNATIVES: ReadonlyArray<{ keys: readonly [string, string]; question: string; labels: readonly [string, string] }> = [
  { keys: ['domicilioMexico', 'domicilioExtranjero'], question: '¿Dónde se ubica el domicilio?', labels: ['En México', 'En el extranjero'] },
  { keys: ['inmueble', 'vehiculo'], question: '¿Qué bien te prestaron?', labels: ['Inmueble', 'Vehículo'] },
];

const clave = (value: unknown): string | undefined =>
  value && typeof value === 'object' ? ((value as Json).clave as string | undefined) : undefined;

const hasData = (value: unknown): boolean =>
  value !== undefined && value !== null && value !== '' && !(typeof value === 'object' && Object.keys(value as object).length === 0);

/** Which alternative of a pair applies, from the data (or from lugarDondeReside when the object has it). */
export function chosenAlternative(node: ObjectNode, value: Json, pair: readonly [string, string], uiChoice?: 0 | 1): 0 | 1 | null {
  if (node.children.some((c) => c.key === 'lugarDondeReside') && pair[0] === 'domicilioMexico') {
    const lugar = value.lugarDondeReside;
    if (lugar === 'MEXICO') return 0;
    if (lugar === 'EXTRANJERO') return 1;
    return null;
  }
  if (uiChoice !== undefined) return uiChoice;
  if (hasData(value[pair[1]]) && !hasData(value[pair[0]])) return 1;
  return 0;
}

/**
 * The child keys of an object that do not apply given the values the filer already chose, so the
 * form hides them and saving drops them. Rules from the DOF instructions:
 * - «Ninguno» leaves only itself and the aclaraciones.
 * - Régimen matrimonial only for casado(a).
 * - Year-before activity, other job and similar yes/no questions open their details only on «Sí».
 * - The pareja's labor data follows actividadLaboral (público / privado u otro / ninguno).
 * - A state is asked only for a place in México.
 * - Experiencia laboral shows the fields of its sector (público / privado u otro).
 */
export function hiddenKeys(node: ObjectNode, value: Json, uiChoices: Record<string, 0 | 1> = {}): Set<string> {
  const hidden = new Set<string>();
  const keys = node.children.map((c) => c.key);
  const has = (k: string) => keys.includes(k);

  if (has('ninguno') && value.ninguno === true) {
    for (const k of keys) if (k !== 'ninguno' && k !== 'aclaracionesObservaciones' && k !== 'tipoOperacion') hidden.add(k);
    return hidden;
  }
  if (has('regimenMatrimonial') && clave(value.situacionPersonalEstadoCivil) !== 'CAS') hidden.add('regimenMatrimonial');
  if (has('servidorPublicoAnioAnterior') && value.servidorPublicoAnioAnterior !== true) {
    for (const k of keys) if (k !== 'servidorPublicoAnioAnterior' && k !== 'aclaracionesObservaciones') hidden.add(k);
  }
  if (has('cuentaConOtroCargoPublico') && value.cuentaConOtroCargoPublico !== true) hidden.add('otroEmpleoCargoComision');
  if (has('actividadLaboral')) {
    const actividad = clave(value.actividadLaboral);
    if (actividad !== 'PUB') hidden.add('actividadLaboralSectorPublico');
    if (actividad !== 'PRI' && actividad !== 'OTRO') hidden.add('actividadLaboralSectorPrivadoOtro');
  }
  if (has('pais') && has('entidadFederativa') && value.pais !== 'MX') hidden.add('entidadFederativa');
  for (const k of conditionallyHidden(new Set(keys), value)) hidden.add(k);
  for (const pair of ALTERNATIVES) {
    if (!has(pair.keys[0]) || !has(pair.keys[1])) continue;
    const chosen = chosenAlternative(node, value, pair.keys, uiChoices[pair.keys[0]]);
    if (chosen !== 0) hidden.add(pair.keys[0]);
    if (chosen !== 1) hidden.add(pair.keys[1]);
  }
  if (node.variants) {
    const discriminator = clave(value[node.variants.discriminator]);
    const active = discriminator === undefined ? null : discriminator === 'PUB' ? 0 : 1;
    for (const [k, variant] of Object.entries(node.variants.childVariant)) if (variant !== active) hidden.add(k);
  }
  return hidden;
}

/**
 * The S1 JSON of a section from what the form holds: trims text, drops empty values, drops fields the
 * rules hide, and keeps list items even when empty (so the server can say what each one lacks).
 * `uiChoices` maps an object's path (RHF name, '' for the root) to the filer's alternative choices.
 */
export function toSectionJson(root: ObjectNode, values: unknown, uiChoices: Record<string, Record<string, 0 | 1>> = {}): Json {
  return (cleanObject(root, values, '', uiChoices) ?? {}) as Json;
}

function cleanObject(node: ObjectNode, raw: unknown, path: string, uiChoices: Record<string, Record<string, 0 | 1>>): Json | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const value = raw as Json;
  const hidden = hiddenKeys(node, value, uiChoices[path]);
  const out: Json = {};
  for (const child of node.children) {
    if (hidden.has(child.key)) continue;
    const cleaned = clean(child, value[child.key], path ? `${path}.${child.key}` : child.key, uiChoices);
    if (cleaned !== undefined) out[child.key] = cleaned;
  }
  return Object.keys(out).length ? out : undefined;
}

function clean(node: FormNode, raw: unknown, path: string, uiChoices: Record<string, Record<string, 0 | 1>>): unknown {
  switch (node.kind) {
    case 'object':
      return cleanObject(node, raw, path, uiChoices);
    case 'list': {
      // An empty list says nothing (a required one is then reported missing, and merely opening a
      // section saves nothing); an added but empty item stays so the server can say what it lacks.
      if (!Array.isArray(raw) || raw.length === 0) return undefined;
      return raw.map((item, i) => cleanObject(node.item, item, `${path}.${i}`, uiChoices) ?? {});
    }
    case 'catalogList': {
      if (!Array.isArray(raw)) return undefined;
      const items = raw.filter((entry) => clave(entry));
      return items.length ? items.map((entry) => cleanClaveValor(entry)) : undefined;
    }
    case 'catalog':
    case 'entidad':
    case 'municipio':
      return clave(raw) ? cleanClaveValor(raw) : undefined;
    case 'money': {
      if (!raw || typeof raw !== 'object') return undefined;
      const m = raw as Json;
      const valor = toNumber(m.valor);
      const moneda = typeof m.moneda === 'string' && m.moneda ? m.moneda : undefined;
      if (valor === undefined && moneda === undefined) return undefined;
      return { ...(valor !== undefined ? { valor } : {}), ...(moneda ? { moneda } : {}) };
    }
    case 'number':
      return toNumber(raw);
    case 'boolean':
      return typeof raw === 'boolean' ? raw : undefined;
    default: {
      if (typeof raw !== 'string') return undefined;
      const text = raw.trim();
      return text === '' ? undefined : text;
    }
  }
}

function cleanClaveValor(raw: unknown): Json {
  const entry = raw as Json;
  const out: Json = { clave: entry.clave };
  if (typeof entry.valor === 'string' && entry.valor.trim()) out.valor = entry.valor.trim();
  return out;
}

function toNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === 'string' && raw.trim() !== '') {
    const n = Number(raw.replace(/,/g, ''));
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}
