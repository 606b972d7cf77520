import { limitedLeaf } from './limits';
import { resolveRef, type Schema } from './oas-nav';

const GROUPS = ['situacionPatrimonial', 'interes'] as const;

/**
 * A section schema with every `$ref` inlined and Veraz's capture limits on its leaves. Inlining is
 * what lets one limit depend on where a shared shape is used (a postal code in México or abroad).
 */
function inline(oas: Schema, raw: unknown, labelPath: string): Schema {
  const schema = resolveRef(oas, raw) ?? {};
  const out: Schema = { ...schema };
  delete out.$ref;
  if (Array.isArray(schema.anyOf)) {
    const variants = (schema.anyOf as unknown[]).map((variant) => inline(oas, variant, labelPath));
    out.anyOf = variants;
    // A field of one variant only (nombreEntePublico of the public sector) would pass unchecked
    // through the other variant, so its limits also apply beside the anyOf.
    const owned = ownedByOneVariant(variants);
    if (Object.keys(owned).length) out.properties = { ...(out.properties as Schema | undefined), ...owned };
  }
  if (schema.properties && typeof schema.properties === 'object') {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties as Record<string, unknown>).map(([key, child]) => [key, inline(oas, child, `${labelPath}.${key}`)]),
    );
  }
  if (schema.items) out.items = inline(oas, schema.items, labelPath);
  return limitedLeaf(out, labelPath);
}

function ownedByOneVariant(variants: Schema[]): Schema {
  const seen = new Map<string, { schema: unknown; count: number }>();
  for (const variant of variants) {
    for (const [key, child] of Object.entries((variant.properties ?? {}) as Schema)) {
      const entry = seen.get(key);
      seen.set(key, { schema: entry?.schema ?? child, count: (entry?.count ?? 0) + 1 });
    }
  }
  return Object.fromEntries([...seen].filter(([, e]) => e.count === 1).map(([key, e]) => [key, e.schema]));
}

/**
 * A copy of a tipo's official OAS whose declaration sections carry the capture limits
 * (limites.json). Used to validate what a filer saves; the S1 output is still checked against the
 * official document.
 */
export function limitedOas(oas: Schema): Schema {
  const copy = structuredClone(oas) as Schema;
  const results = ((((copy.components as Schema).schemas as Schema).resDeclaraciones as Schema).properties as Schema).results as Schema;
  const declaracion = ((results.items as Schema).properties as Schema).declaracion as Schema;
  const resolvedDeclaracion = resolveRef(copy, declaracion) ?? declaracion;
  const groups = (resolvedDeclaracion.properties ?? {}) as Record<string, Schema>;
  for (const group of GROUPS) {
    const groupSchema = resolveRef(copy, groups[group]);
    const sections = groupSchema?.properties as Record<string, unknown> | undefined;
    if (!groupSchema || !sections) continue;
    const limited: Record<string, Schema> = {};
    for (const [name, section] of Object.entries(sections)) limited[name] = inline(copy, section, name);
    groups[group] = { ...groupSchema, properties: limited };
  }
  return copy;
}
