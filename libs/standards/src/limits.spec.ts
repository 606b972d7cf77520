import { loadOas } from './data';
import { sectionForm, type FormNode } from './form/tree';
import LIMITS from '@veraz/standards-data/formulario/limites.json';
import { MONEDAS, numberBounds, textLimit } from './limits';
import { resolveRef, type Schema } from './oas-nav';
import { sectionsFor } from './sections';
import { TIPOS, type Tipo } from './tipos';
import { validateSectionComplete, validateSectionDraft } from './validation';

/** Every leaf of a tipo's declaration sections, by label path (section and property names, no indexes). */
function leaves(tipo: Tipo): Array<{ labelPath: string; schema: Schema }> {
  const oas = loadOas(tipo);
  const out: Array<{ labelPath: string; schema: Schema }> = [];
  const walk = (raw: unknown, labelPath: string) => {
    const schema = resolveRef(oas, raw) ?? {};
    if (Array.isArray(schema.anyOf)) for (const variant of schema.anyOf) walk(variant, labelPath);
    if (schema.properties) for (const [key, child] of Object.entries(schema.properties as Schema)) walk(child, `${labelPath}.${key}`);
    if (schema.items) walk(schema.items, labelPath);
    if (['string', 'number', 'integer'].includes(schema.type as string)) out.push({ labelPath, schema });
  };
  for (const def of sectionsFor(tipo, true)) {
    const section = ((((oas.components as Schema).schemas as Schema).resDeclaraciones as Schema).properties as Schema).results as Schema;
    const declaracion = ((section.items as Schema).properties as Schema).declaracion as Schema;
    const group = resolveRef(oas, (declaracion.properties as Schema)[def.group]) as Schema;
    walk((group.properties as Schema)[def.name], def.name);
  }
  return out;
}

const isFreeText = (s: Schema) => s.type === 'string' && !s.enum && s.format === undefined && s.pattern === undefined;

describe('limites.json: every free-text field and every number of the three OAS is bounded', () => {
  const all = TIPOS.flatMap((tipo) => leaves(tipo).map((leaf) => ({ tipo, ...leaf })));

  it('gives a maximum length to every free-text field (a new OAS field without one fails here)', () => {
    const missing = all.filter((l) => isFreeText(l.schema) && !l.labelPath.endsWith('.moneda') && textLimit(l.labelPath) === undefined);
    expect(missing.map((l) => `${l.tipo} ${l.labelPath}`)).toEqual([]);
  });

  it('gives a minimum and a maximum to every number the OAS leaves open', () => {
    const open = all.filter((l) => {
      if (l.schema.type === 'string') return false;
      const bounds = numberBounds(l.labelPath);
      return (typeof l.schema.minimum !== 'number' && !bounds) || (typeof l.schema.maximum !== 'number' && !bounds);
    });
    expect(open.map((l) => `${l.tipo} ${l.labelPath}`)).toEqual([]);
  });

  it('lists no field that no OAS has, and no kind that it does not define', () => {
    const paths = all.map((l) => l.labelPath);
    const used = (key: string) => paths.some((p) => p === key || p.endsWith(`.${key}`));
    const stale = [...Object.keys(LIMITS.textos.campos), ...Object.keys(LIMITS.numeros.campos)].filter((key) => !used(key));
    expect(stale).toEqual([]);
    const undefinedKinds = [
      ...Object.values(LIMITS.textos.campos).filter((kind) => !(kind in LIMITS.textos.tipos)),
      ...Object.values(LIMITS.numeros.campos).filter((kind) => !(kind in LIMITS.numeros.tipos)),
    ];
    expect(undefinedKinds).toEqual([]);
  });

  it('takes the DOF lengths where the form gives them', () => {
    expect(textLimit('datosPareja.curp')).toBe(18);
    expect(textLimit('datosPareja.rfc')).toBe(13);
    expect(textLimit('domicilioDeclarante.domicilioMexico.codigoPostal')).toBe(5);
    expect(textLimit('domicilioDeclarante.domicilioExtranjero.codigoPostal')).toBe(12);
  });

  it('accepts only ISO 4217 currencies, with the usual ones and without the testing and no-currency codes', () => {
    expect(MONEDAS).toEqual(expect.arrayContaining(['MXN', 'USD', 'EUR', 'CAD', 'JPY']));
    expect(MONEDAS).not.toContain('XTS');
    expect(MONEDAS).not.toContain('XXX');
    expect(MONEDAS).not.toContain('ZZZ');
    expect(MONEDAS.every((c) => /^[A-Z]{3}$/.test(c))).toBe(true);
  });
});

type Segment = string | number;

/** The fields of a form tree with their data path (lists take their first item). */
function* formFields(node: FormNode, path: Segment[]): Generator<{ node: FormNode; path: Segment[] }> {
  if (node.kind === 'object') {
    for (const child of node.children) yield* formFields(child, [...path, child.key]);
    return;
  }
  if (node.kind === 'list') {
    for (const child of node.item.children) yield* formFields(child, [...path, 0, child.key]);
    return;
  }
  yield { node, path };
}

function payloadWith(path: Segment[], value: unknown): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let at: any = root;
  path.forEach((segment, i) => {
    if (i === path.length - 1) at[segment] = value;
    else at = at[segment] ??= typeof path[i + 1] === 'number' ? [] : {};
  });
  return root;
}

const dotted = (path: Segment[]) => path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('');

describe('the form and the API enforce the same limits, field by field', () => {
  for (const tipo of TIPOS) {
    it(`${tipo}: at its limit a field saves; one past it, the draft and the final check name the field`, () => {
      const oas = loadOas(tipo);
      const problems: string[] = [];
      let checked = 0;
      for (const def of sectionsFor(tipo, true)) {
        for (const { node, path } of formFields(sectionForm(oas, def.name).root, [])) {
          const cases: Array<{ at: Segment[]; ok: unknown; bad: unknown; message: RegExp }> = [];
          if (node.kind === 'text' && node.maxLength === undefined) problems.push(`${def.name}.${dotted(path)}: sin máximo`);
          if (node.kind === 'text' && node.maxLength !== undefined) {
            cases.push({ at: path, ok: 'a'.repeat(node.maxLength), bad: 'a'.repeat(node.maxLength + 1), message: /^debe tener como máximo \d+ caracter/ });
          }
          if (node.kind === 'number' || node.kind === 'money') {
            const at = node.kind === 'money' ? [...path, 'valor'] : path;
            if (node.minimum === undefined || node.maximum === undefined) problems.push(`${def.name}.${dotted(at)}: sin rango`);
            else {
              cases.push({ at, ok: node.maximum, bad: node.maximum + 1, message: /^debe ser menor o igual a/ });
              cases.push({ at, ok: node.minimum, bad: node.minimum - 1, message: /^debe ser mayor o igual a/ });
            }
          }
          // A catalog whose valor is an enum in the OAS has nothing to type.
          if (node.kind === 'catalog' && node.valorMaxLength !== undefined) {
            cases.push({ at: [...path, 'valor'], ok: 'a'.repeat(node.valorMaxLength), bad: 'a'.repeat(node.valorMaxLength + 1), message: /^debe tener como máximo/ });
          }
          if (node.kind === 'money') cases.push({ at: [...path, 'moneda'], ok: 'USD', bad: 'ZZZ', message: /valores permitidos/ });
          for (const c of cases) {
            checked++;
            const field = dotted(c.at);
            const okErrors = validateSectionDraft(tipo, def.name, payloadWith(c.at, c.ok)).filter((e) => e.path === field);
            if (okErrors.length) problems.push(`${def.name}.${field}: rechaza ${String(c.ok).slice(0, 20)} (${okErrors[0]!.message})`);
            for (const validate of [validateSectionDraft, validateSectionComplete]) {
              const errors = validate(tipo, def.name, payloadWith(c.at, c.bad)).filter((e) => e.path === field && c.message.test(e.message));
              if (!errors.length) problems.push(`${def.name}.${field}: ${validate.name} acepta ${String(c.bad).slice(0, 20)}`);
            }
          }
        }
      }
      expect(problems).toEqual([]);
      expect(checked).toBeGreaterThan(100);
    });
  }
});
