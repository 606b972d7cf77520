/**
 * Navigation inside an official OAS document. Pure functions over the parsed JSON, with no file
 * loading, so the web form can use them on the OAS it downloads.
 */
export type Schema = Record<string, unknown>;

/** Follows a local `#/components/schemas/...` (or any local JSON pointer) `$ref` of the OAS. */
export function resolveRef(oas: Schema, schema: unknown): Schema | undefined {
  let current = schema as Schema | undefined;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 32; hops++) {
    const ref = current.$ref as string;
    if (!ref.startsWith('#/')) return undefined;
    current = ref
      .slice(2)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Schema)[key] : undefined), oas) as
      | Schema
      | undefined;
  }
  return current && typeof current === 'object' ? current : undefined;
}

/** The (unresolved) property schemas of `declaracion.<group>` in the OAS of a tipo. */
export function groupProperties(oas: Schema, group: 'situacionPatrimonial' | 'interes'): Record<string, Schema> {
  const item = ((oas.components as Schema).schemas as Schema).resDeclaraciones as Schema;
  const results = (item.properties as Schema).results as Schema;
  const declaracion = ((results.items as Schema).properties as Schema).declaracion as Schema;
  const groupSchema = (declaracion.properties as Schema)[group] as Schema;
  return (groupSchema.properties ?? {}) as Record<string, Schema>;
}

/** The resolved schema of one section (e.g. 'bienesInmuebles'), or undefined when the tipo lacks it. */
export function sectionSchema(oas: Schema, name: string): Schema | undefined {
  for (const group of ['situacionPatrimonial', 'interes'] as const) {
    const found = groupProperties(oas, group)[name];
    if (found) return resolveRef(oas, found);
  }
  return undefined;
}
