/**
 * Completeness of standards/formulario/etiquetas.json against the official S1 v2 OAS files:
 * every field of every declaration section of the three tipos must have a Spanish label, every list of
 * objects an item noun, every section a help text, and no key may point to something the OAS lacks.
 * The walker is deliberately self-contained (no project code) so it checks the data, not our own tree builder.
 */

type Schema = Record<string, unknown>;

interface Entry {
  etiqueta: string;
  porTipo?: Record<string, string>;
  ayuda?: string;
}

interface LabelsData {
  fuente: string;
  campos: Record<string, Entry>;
  rutas: Record<string, Entry>;
  secciones: Record<string, { ayuda: string }>;
  elementos: Record<string, string>;
}

const labels = require('@veraz/standards-data/formulario/etiquetas.json') as LabelsData;

const OAS: Record<string, Schema> = {
  INICIAL: require('@veraz/standards-data/s1/oas/OAS_API_Declaraciones_Inicial.json'),
  MODIFICACIÓN: require('@veraz/standards-data/s1/oas/OAS_API_Declaraciones_Modificacion.json'),
  CONCLUSIÓN: require('@veraz/standards-data/s1/oas/OAS_API_Declaraciones_Conclusion.json'),
};

const MAX_AYUDA = 200;
const MAX_AYUDA_SECCION = 400;

/** Follows local `$ref`s (`#/components/schemas/x`, possibly chained). */
function resolve(oas: Schema, schema: unknown): Schema {
  let current = schema as Schema;
  for (let hops = 0; current && typeof current.$ref === 'string'; hops++) {
    if (hops > 32) throw new Error(`$ref cycle at ${String(current.$ref)}`);
    const ref = current.$ref as string;
    if (!ref.startsWith('#/')) throw new Error(`non-local $ref ${ref}`);
    current = ref
      .slice(2)
      .split('/')
      .reduce<unknown>((node, key) => (node as Schema | undefined)?.[key], oas) as Schema;
    if (!current) throw new Error(`unresolved $ref ${ref}`);
  }
  return current;
}

/** The properties of an object schema, including those of its allOf/anyOf/oneOf alternatives. */
function propertiesOf(oas: Schema, raw: unknown): Record<string, unknown> {
  const schema = resolve(oas, raw);
  const out: Record<string, unknown> = { ...((schema.properties as Record<string, unknown> | undefined) ?? {}) };
  for (const combinator of ['allOf', 'anyOf', 'oneOf']) {
    for (const alternative of (schema[combinator] as unknown[] | undefined) ?? []) {
      Object.assign(out, propertiesOf(oas, alternative));
    }
  }
  return out;
}

interface Walk {
  /** Section name -> declared in this tipo. */
  sections: string[];
  /** Every property path (section + property names, no indexes) -> its property name. */
  fields: Map<string, string>;
  /** Paths of arrays whose items are objects other than a bare {clave, valor} catalog entry. */
  objectLists: Set<string>;
}

function walkTipo(oas: Schema): Walk {
  const result: Walk = { sections: [], fields: new Map(), objectLists: new Set() };
  const components = (oas.components as Schema).schemas as Schema;
  // components.schemas.resDeclaraciones.properties.results.items.properties.declaracion
  const results = resolve(oas, propertiesOf(oas, components.resDeclaraciones).results);
  const decl = propertiesOf(oas, results.items).declaracion;

  const visit = (raw: unknown, path: string, depth: number): void => {
    if (depth > 40) throw new Error(`schema too deep at ${path}`);
    const schema = resolve(oas, raw);
    if (schema.type === 'array' || schema.items) {
      const itemProps = Object.keys(propertiesOf(oas, schema.items)).sort();
      if (itemProps.length > 0 && itemProps.join(',') !== 'clave,valor') result.objectLists.add(path);
      visit(schema.items, path, depth + 1);
      return;
    }
    for (const [name, child] of Object.entries(propertiesOf(oas, schema))) {
      const childPath = `${path}.${name}`;
      result.fields.set(childPath, name);
      visit(child, childPath, depth + 1);
    }
  };

  for (const group of ['situacionPatrimonial', 'interes']) {
    const sections = propertiesOf(oas, propertiesOf(oas, decl)[group]);
    for (const [section, schema] of Object.entries(sections)) {
      result.sections.push(section);
      visit(schema, section, 0);
    }
  }
  return result;
}

const walks = Object.fromEntries(Object.entries(OAS).map(([tipo, oas]) => [tipo, walkTipo(oas)])) as Record<string, Walk>;
const allFields = new Map<string, string>();
const allObjectLists = new Set<string>();
const allSections = new Set<string>();
for (const w of Object.values(walks)) {
  w.fields.forEach((name, path) => allFields.set(path, name));
  w.objectLists.forEach((path) => allObjectLists.add(path));
  w.sections.forEach((s) => allSections.add(s));
}
const allNames = new Set(allFields.values());

describe('walker sanity', () => {
  it('finds the sections and a realistic number of fields per tipo', () => {
    expect(walks.INICIAL.sections).toContain('actividadAnualAnterior');
    expect(walks.MODIFICACIÓN.sections).not.toContain('actividadAnualAnterior');
    for (const w of Object.values(walks)) {
      expect(w.sections.length).toBeGreaterThanOrEqual(21);
      expect(w.fields.size).toBeGreaterThan(500);
    }
    expect(allFields.get('bienesInmuebles.bienInmueble.superficieTerreno.valor')).toBe('valor');
    // anyOf items (experienciaLaboral) and nested $refs (domicilioMexico) are followed.
    expect(allFields.has('experienciaLaboral.experiencia.nombreEmpresaSociedadAsociacion')).toBe(true);
    expect(allFields.has('datosPareja.domicilioMexico.municipioAlcaldia.clave')).toBe(true);
    expect(allObjectLists.has('experienciaLaboral.experiencia')).toBe(true);
    expect(allObjectLists.has('bienesInmuebles.bienInmueble.titular')).toBe(false);
  });
});

describe('standards/formulario/etiquetas.json', () => {
  it('has the expected top-level shape and source note', () => {
    expect(Object.keys(labels)).toEqual(['fuente', 'campos', 'rutas', 'secciones', 'elementos', 'femeninos']);
    expect(labels.fuente).toMatch(/DOF el 23-sep-2019/);
  });

  for (const [tipo, walk] of Object.entries(walks)) {
    describe(tipo, () => {
      it('labels every property path (rutas[path] or campos[name])', () => {
        const missing = [...walk.fields]
          .filter(([path, name]) => !labels.rutas[path] && !labels.campos[name])
          .map(([path]) => path);
        if (missing.length > 0) throw new Error(`Campos sin etiqueta en ${tipo} (${missing.length}):\n${missing.join('\n')}`);
      });

      it('names the items of every list of objects (elementos)', () => {
        const missing = [...walk.objectLists].filter((path) => !labels.elementos[path]);
        if (missing.length > 0) throw new Error(`Listas sin elemento en ${tipo}:\n${missing.join('\n')}`);
      });

      it('has a help text for every section', () => {
        const missing = walk.sections.filter((s) => !labels.secciones[s]?.ayuda);
        expect(missing).toEqual([]);
      });
    });
  }

  it('has no stale keys (every key exists in at least one OAS)', () => {
    expect(Object.keys(labels.rutas).filter((path) => !allFields.has(path))).toEqual([]);
    expect(Object.keys(labels.elementos).filter((path) => !allObjectLists.has(path))).toEqual([]);
    expect(Object.keys(labels.campos).filter((name) => !allNames.has(name))).toEqual([]);
    expect(Object.keys(labels.secciones).filter((s) => !allSections.has(s))).toEqual([]);
  });

  it('keeps campos sorted alphabetically', () => {
    const keys = Object.keys(labels.campos);
    expect(keys).toEqual([...keys].sort());
  });

  it('has well-formed labels and short help texts', () => {
    const problems: string[] = [];
    const checkText = (where: string, text: unknown, max?: number) => {
      if (typeof text !== 'string' || text.length === 0) problems.push(`${where}: vacío`);
      else if (text !== text.trim()) problems.push(`${where}: espacios al inicio o al final`);
      else if (max !== undefined && text.length > max) problems.push(`${where}: ${text.length} > ${max} caracteres`);
    };
    for (const [group, entries] of [
      ['campos', labels.campos],
      ['rutas', labels.rutas],
    ] as const) {
      for (const [key, entry] of Object.entries(entries)) {
        checkText(`${group}.${key}.etiqueta`, entry.etiqueta);
        if ('ayuda' in entry) checkText(`${group}.${key}.ayuda`, entry.ayuda, MAX_AYUDA);
        for (const [tipo, text] of Object.entries(entry.porTipo ?? {})) {
          if (!(tipo in OAS)) problems.push(`${group}.${key}.porTipo: tipo desconocido ${tipo}`);
          checkText(`${group}.${key}.porTipo.${tipo}`, text);
        }
        // The DOF forms print a slash between alternatives with spaces ("Colonia / localidad"); "y/o" is
        // written together, as in the Normas and the section titles.
        for (const text of [entry.etiqueta, ...Object.values(entry.porTipo ?? {})]) {
          if (typeof text === 'string' && /\S\/|\/\S/.test(text.replace(/\by\/o\b/gi, 'y o'))) problems.push(`${group}.${key}: «/» sin espacios como en el DOF`);
        }
        const extra = Object.keys(entry).filter((k) => !['etiqueta', 'porTipo', 'ayuda'].includes(k));
        if (extra.length > 0) problems.push(`${group}.${key}: claves desconocidas ${extra.join(', ')}`);
      }
    }
    for (const [section, entry] of Object.entries(labels.secciones)) {
      checkText(`secciones.${section}.ayuda`, entry.ayuda, MAX_AYUDA_SECCION);
    }
    for (const [path, noun] of Object.entries(labels.elementos)) {
      checkText(`elementos.${path}`, noun);
      if (noun !== noun.toLowerCase()) problems.push(`elementos.${path}: debe ir en minúsculas`);
    }
    expect(problems).toEqual([]);
  });
});
