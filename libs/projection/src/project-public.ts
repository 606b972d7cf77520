import { pruneToSchema, sectionsFor, TIPOS, type Tipo } from '@veraz/standards';
import {
  asArray,
  asObject,
  declarantOf,
  deepCopy,
  isDcOnly,
  isDecOnly,
  isDeclarant,
  isObject,
  isRfcFisica,
  PERSON_IDENTITY_KEYS,
  THIRD_PARTY_KEYS,
  type Declarant,
  type Json,
} from './shared';

/**
 * Version of the projection rules; bump when rules change so stored projections are recomputed.
 * 1: S1-NOTES §b.4 and decisions 1–9 of the reference examples' README.
 */
export const PROJECTION_RULES_VERSION = 1;

/**
 * One S1 result item `{id, metadata, declaracion}` (v2). Loose on purpose: the generated `S1Item` types
 * of @veraz/standards and parsed JSON both fit.
 */
export interface S1ItemLike {
  id: string;
  metadata: {
    actualizacion?: string;
    institucion?: string;
    tipo: string;
    declaracionCompleta?: boolean;
    actualizacionConflictoInteres?: boolean;
  };
  declaracion: {
    situacionPatrimonial?: object;
    interes?: object;
  };
}

interface Context {
  declarant: Declarant;
}

/** Projects one section: receives the private section already pruned to the tipo's schema (or undefined). */
type SectionRule = (section: Json | undefined, ctx: Context) => Json | undefined;

// ---------------------------------------------------------------------------------------------------------
// Building blocks

function omit(source: Json, keys: readonly string[]): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(source)) if (!keys.includes(key)) out[key] = deepCopy(value);
  return out;
}

/** A party is treated as a persona moral only when it says MORAL and its RFC is not that of a persona física. */
function isMoral(party: Json, typeKey: string): boolean {
  return party[typeKey] === 'MORAL' && !isRfcFisica(party.rfc);
}

/**
 * Decision 1: a third party that is not a persona moral keeps only its type (tipoPersona / tipoDuenoTitular).
 * A persona moral keeps everything except `drop` (e.g. transmisor.relacion, duenoTitular.relacionConTitular).
 */
function thirdParty(party: unknown, typeKey: string, drop: readonly string[] = []): Json | undefined {
  if (!isObject(party)) return undefined;
  if (isMoral(party, typeKey)) return omit(party, drop);
  return typeKey in party ? { [typeKey]: deepCopy(party[typeKey]) } : {};
}

function thirdParties(list: unknown, typeKey: string, drop: readonly string[] = []): Json[] {
  return asArray(list)
    .map((party) => thirdParty(party, typeKey, drop))
    .filter((party): party is Json => party !== undefined);
}

/** Replaces the third-party fields of an item (those present) with their public form. */
function withThirdParties(item: Json, drop: Record<string, readonly string[]> = {}): Json {
  const out = { ...item };
  for (const [key, typeKey] of Object.entries(THIRD_PARTY_KEYS)) {
    if (!(key in out)) continue;
    if (Array.isArray(out[key])) out[key] = thirdParties(out[key], typeKey, drop[key]);
    else {
      const party = thirdParty(out[key], typeKey, drop[key]);
      if (party === undefined) delete out[key];
      else out[key] = party;
    }
  }
  return out;
}

/** An item that is itself the link to a person (representación): no name or RFC unless MORAL. */
function withoutPersonIdentity(item: Json, typeKey: string): Json {
  return isMoral(item, typeKey) ? item : omit(item, PERSON_IDENTITY_KEYS);
}

/**
 * Decision 6: `{ninguno, <list>}` with `ninguno` copied (false when absent) and only the public items; a
 * section whose items are all filtered out stays `{ninguno: false, <list>: []}`. A private `{ninguno: true}`
 * without a list stays exactly that (experienciaLaboral of person B).
 */
function listSection(section: Json | undefined, listKey: string, project: (item: Json) => Json | undefined): Json {
  const source = section ?? {};
  const ninguno = typeof source.ninguno === 'boolean' ? source.ninguno : false;
  if (ninguno && !Array.isArray(source[listKey])) return { ninguno };
  const items: Json[] = [];
  for (const item of asArray(source[listKey])) {
    if (!isObject(item)) continue;
    const projected = project(item);
    if (projected) items.push(projected);
  }
  return { ninguno, [listKey]: items };
}

/** Drops every `aclaracionesObservaciones`, and every `rfc` that is the RFC of a persona física. */
function scrub(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrub);
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === 'aclaracionesObservaciones') continue;
    if (key === 'rfc' && isRfcFisica(child)) continue;
    out[key] = scrub(child);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Sections (S1-NOTES §b.4 table). A section absent here is never published.

const removed: SectionRule = () => undefined;
const copied: SectionRule = (section) => (section ? deepCopy(section) : undefined);

/** Assets: only items whose titular is exactly [DEC] (decision 3), without the fields listed. */
const decOnly =
  (listKey: string, drop: readonly string[], predicateDrop?: (key: string) => boolean): SectionRule =>
  (section) =>
    section &&
    listSection(section, listKey, (item) => {
      if (!isDecOnly(item.titular)) return undefined;
      const kept = omit(
        item,
        Object.keys(item).filter((key) => drop.includes(key) || !!predicateDrop?.(key)),
      );
      return withThirdParties(kept, { transmisor: ['relacion'] });
    });

const isSaldo = (key: string) => /^saldo/.test(key);

/** Interests of the declarant only. */
const declaranteOnly =
  (listKey: string, project: (item: Json, ctx: Context) => Json = (item) => item): SectionRule =>
  (section, ctx) =>
    listSection(section, listKey, (item) =>
      item.tipoRelacion === 'DECLARANTE' ? project(withThirdParties(deepCopy(item)), ctx) : undefined,
    );

/** Decision 4: the declarant as fideicomitente/fideicomisario keeps the name but not the RFC. */
function fideicomisoParty(party: unknown, ctx: Context): Json | undefined {
  if (!isObject(party)) return undefined;
  if (isMoral(party, 'tipoPersona')) return deepCopy(party);
  if (isDeclarant(party, ctx.declarant)) {
    // Recognised by name or by RFC: either way the name published is the declarant's own, as in
    // datosGenerales, so the public item never carries a differently written (unverifiable) name.
    const kept = omit(party, ['rfc', 'nombreInstitucion', 'nombreTitular']);
    if (ctx.declarant.displayName && 'nombreRazonSocial' in kept) kept.nombreRazonSocial = ctx.declarant.displayName;
    return kept;
  }
  return 'tipoPersona' in party ? { tipoPersona: party.tipoPersona } : {};
}

const RULES: Readonly<Record<string, SectionRule>> = {
  // situacionPatrimonial
  datosGenerales: (section) => {
    if (!section) return undefined;
    const out: Json = {};
    for (const key of ['nombre', 'primerApellido', 'segundoApellido']) {
      if (section[key] !== undefined) out[key] = deepCopy(section[key]);
    }
    const institucional = asObject(section.correoElectronico).institucional;
    if (institucional !== undefined) out.correoElectronico = { institucional };
    return out;
  },
  domicilioDeclarante: removed,
  datosCurricularesDeclarante: (section) => ({ escolaridad: deepCopy(asArray(section?.escolaridad)) }),
  datosEmpleoCargoComision: copied,
  experienciaLaboral: (section) => listSection(section, 'experiencia', (item) => deepCopy(item)),
  datosPareja: removed,
  datosDependienteEconomico: removed,
  ingresos: (section) => section && omit(section, Object.keys(section).filter((k) => /ParejaDependiente$/.test(k))),
  actividadAnualAnterior: (section) =>
    section && omit(section, Object.keys(section).filter((k) => /ParejaDependiente$/.test(k))),
  bienesInmuebles: decOnly('bienInmueble', ['datoIdentificacion', 'domicilioMexico', 'domicilioExtranjero']),
  vehiculos: decOnly('vehiculo', ['numeroSerieRegistro', 'lugarRegistro']),
  bienesMuebles: decOnly('bienMueble', []),
  inversiones: decOnly('inversion', ['numeroCuentaContrato'], isSaldo),
  adeudos: decOnly('adeudo', ['numeroCuentaContrato'], isSaldo),
  prestamoOComodato: (section) =>
    section &&
    listSection(section, 'prestamo', (item) => {
      const out = withThirdParties(deepCopy(item), { duenoTitular: ['relacionConTitular'] });
      if (isObject(out.tipoBien)) {
        const bien: Json = { ...out.tipoBien };
        if (isObject(bien.inmueble)) bien.inmueble = omit(bien.inmueble, ['domicilioMexico', 'domicilioExtranjero']);
        if (isObject(bien.vehiculo)) bien.vehiculo = omit(bien.vehiculo, ['numeroSerieRegistro', 'lugarRegistro']);
        out.tipoBien = bien;
      }
      return out;
    }),

  // interes (decision 7: a complete declaration always has the 7 parts)
  participacion: declaranteOnly('participacion'),
  participacionTomaDecisiones: declaranteOnly('participacion', (item) => omit(item, ['nombreInstitucion', 'rfc'])),
  apoyos: (section) =>
    listSection(section, 'apoyo', (item) =>
      asObject(item.beneficiarioPrograma).clave === 'DC' ? deepCopy(item) : undefined,
    ),
  representacion: declaranteOnly('representacion', (item) => withoutPersonIdentity(item, 'tipoPersona')),
  clientesPrincipales: declaranteOnly('cliente'),
  beneficiosPrivados: (section) =>
    listSection(section, 'beneficio', (item) => (isDcOnly(item.beneficiario) ? withThirdParties(deepCopy(item)) : undefined)),
  fideicomisos: (section, ctx) =>
    listSection(section, 'fideicomiso', (item) => {
      if (item.tipoRelacion !== 'DECLARANTE') return undefined;
      const out = deepCopy(item);
      for (const key of ['fideicomitente', 'fideicomisario']) {
        if (!(key in out)) continue;
        const party = fideicomisoParty(out[key], ctx);
        if (party === undefined) delete out[key];
        else out[key] = party;
      }
      return out;
    }),
};

// ---------------------------------------------------------------------------------------------------------

/**
 * The public projection of one S1 result item {id, metadata, declaracion}: a new object, the input untouched.
 *
 * Each section is first pruned to the schema of the item's tipo (keys the OAS does not define are dropped),
 * then the rules of S1-NOTES §b.4 and the decisions of the reference examples apply. Only the sections of
 * `sectionsFor(tipo, declaracionCompleta)` are considered, so a simplified declaration publishes only the
 * simplified sections and no `interes`. Throws for an unknown `metadata.tipo`.
 */
export function projectPublic(item: S1ItemLike): S1ItemLike {
  if (!isObject(item)) throw new TypeError('projectPublic: se esperaba un objeto {id, metadata, declaracion}');
  const metadata = asObject(item.metadata);
  const tipo = metadata.tipo;
  if (!(TIPOS as readonly unknown[]).includes(tipo)) {
    throw new Error(`projectPublic: tipo de declaración desconocido: ${JSON.stringify(tipo)}`);
  }
  // Anything but an explicit true is treated as simplified: it publishes less.
  const completa = metadata.declaracionCompleta === true;
  const declaracion = asObject(item.declaracion);
  const source = {
    situacionPatrimonial: asObject(declaracion.situacionPatrimonial),
    interes: asObject(declaracion.interes),
  };
  const ctx: Context = { declarant: declarantOf(source.situacionPatrimonial.datosGenerales) };

  const target = { situacionPatrimonial: {} as Json, interes: {} as Json };
  for (const def of sectionsFor(tipo as Tipo, completa)) {
    const rule = RULES[def.name];
    if (!rule) continue;
    const raw = source[def.group][def.name];
    const pruned = raw === undefined ? undefined : pruneToSchema(tipo as Tipo, def.name, raw);
    const projected = rule(isObject(pruned) ? pruned : undefined, ctx);
    if (projected !== undefined) target[def.group][def.name] = scrub(projected);
  }

  const publicDeclaracion: S1ItemLike['declaracion'] = { situacionPatrimonial: target.situacionPatrimonial };
  if (completa) publicDeclaracion.interes = target.interes;
  return {
    id: item.id,
    metadata: publicMetadata(item.metadata),
    declaracion: publicDeclaracion,
  };
}

/** The public item's metadata: the filing's, unchanged (so a new time of filing changes only this part). */
export function publicMetadata(metadata: S1ItemLike['metadata']): S1ItemLike['metadata'] {
  return deepCopy(metadata);
}
