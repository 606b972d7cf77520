import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectPublic } from '@veraz/projection';
import { fieldLabel, listItemNoun, oasDocument, sectionsFor, TIPOS, type Tipo } from '@veraz/standards';
import { declarationTitle, PRELIMINARY_MARK, renderDeclarationPdf, type DeclarationPdfVariant } from './declaration-pdf';
import { formatLeaf, formatMoney, isBlank, isObject, longDate, printable } from './format';
import { humanize, otherSectionTitle, pdfItemName, pdfLabel, printsLabel } from './labels';

type Json = Record<string, any>;

const ROOT = path.resolve(__dirname, '../../../..');
const FIXTURES: Record<string, string> = {
  'inicial-completa': 'libs/standards/test/fixtures/inicial-completa.json',
  'modificacion-completa': 'libs/standards/test/fixtures/modificacion-completa.json',
  'conclusion-completa': 'libs/standards/test/fixtures/conclusion-completa.json',
  'inicial-simplificada': 'libs/standards/test/fixtures/inicial-simplificada.json',
  'modificacion-simplificada': 'libs/standards/test/fixtures/modificacion-simplificada.json',
  'conclusion-simplificada': 'apps/api/test/fixtures/conclusion-simplificada.json',
};
const load = (file: string): Json => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

const FOLIO = 'ALFA-2026-000042';
const SHA256 = 'c0ffee00'.repeat(8);
const FILED_AT = new Date('2026-05-12T17:26:44Z');

// ---------------------------------------------------------------------------------------------------------
// pdftotext

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-declaration-pdf-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let seq = 0;

function pdfFile(pdf: Buffer): string {
  const file = path.join(tmp, `${++seq}.pdf`);
  fs.writeFileSync(file, pdf);
  return file;
}

/** The text of each page (pdftotext splits pages with form feeds). `nodiag` drops the diagonal watermark. */
function pagesOf(pdf: Buffer, options: { nodiag?: boolean } = {}): string[] {
  const args = [...(options.nodiag ? ['-nodiag'] : []), '-enc', 'UTF-8', pdfFile(pdf), '-'];
  const pages = execFileSync('pdftotext', args, { encoding: 'utf8' }).split('\f');
  if (pages.at(-1)!.trim() === '') pages.pop();
  return pages;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Where every word sits, from `pdftotext -bbox`. */
function wordBoxes(pdf: Buffer): Array<{ page: number; xMin: number; xMax: number; yMin: number; yMax: number; word: string }> {
  const html = execFileSync('pdftotext', ['-bbox', pdfFile(pdf), '-'], { encoding: 'utf8' });
  const out: Array<{ page: number; xMin: number; xMax: number; yMin: number; yMax: number; word: string }> = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) out.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), word: m[5]! });
  }
  return out;
}

/** Non-space characters the diagonal text adds to a page: the watermark's letters. */
function diagonalLetters(withDiagonal: string, without: string): string {
  const count = (text: string) => {
    const counts = new Map<string, number>();
    for (const ch of text.replace(/\s/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    return counts;
  };
  const a = count(withDiagonal);
  const b = count(without);
  let extra = '';
  for (const [ch, n] of a) extra += ch.repeat(Math.max(0, n - (b.get(ch) ?? 0)));
  return [...extra].sort().join('');
}

// ---------------------------------------------------------------------------------------------------------
// What the PDF must show, derived from the item

/** "n. Título" of each section present, in DOF order, patrimonial first. */
function expectedHeadings(item: Json, tipo: Tipo): string[] {
  const out: string[] = [];
  for (const group of ['situacionPatrimonial', 'interes'] as const) {
    const data = item.declaracion?.[group];
    if (!data) continue;
    const defs = sectionsFor(tipo, true).filter((d) => d.group === group);
    const present = defs.map((def, i) => ({ def, n: i + 1 })).filter(({ def }) => def.name in data && !isBlank(data[def.name]));
    if (present.length === 0) continue;
    out.push(group === 'situacionPatrimonial' ? 'I. DECLARACIÓN DE SITUACIÓN PATRIMONIAL' : 'II. DECLARACIÓN DE INTERESES');
    for (const { def, n } of present) out.push(`${n}. ${def.label}`);
  }
  return out;
}

/**
 * Every label the renderer prints for an object at `labelPath`: leaf labels, subheadings and "X 1 de N",
 * in the words of standards/formulario/etiquetas.json (the form's labels).
 */
function expectedLabels(object: Json, labelPath: string, tipo: Tipo, out: Set<string>): Set<string> {
  if (object.ninguno === true) {
    out.add('Ninguno');
    return out;
  }
  for (const [key, value] of Object.entries(object)) {
    if (key === 'ninguno' || isBlank(value)) continue;
    const path = `${labelPath}.${key}`;
    if (formatLeaf(key, value) !== undefined) out.add(fieldLabel(path, tipo));
    else if (Array.isArray(value)) {
      const items = value.filter((v) => !isBlank(v));
      const noun = listItemNoun(path) ?? fieldLabel(path, tipo);
      out.add(`${noun.charAt(0).toUpperCase()}${noun.slice(1)} 1 de ${items.length}`);
      for (const v of items) if (isObject(v)) expectedLabels(v, path, tipo, out);
    } else if (isObject(value)) {
      out.add(fieldLabel(path, tipo));
      expectedLabels(value, path, tipo, out);
    }
  }
  return out;
}

function sectionsOf(item: Json): Record<string, Json> {
  return { ...(item.declaracion.situacionPatrimonial ?? {}), ...(item.declaracion.interes ?? {}) };
}

/** Values the public version must never show: identity, contact, home, spouse, dependants, accounts, VINs. */
function privateValues(item: Json): string[] {
  const sp = item.declaracion.situacionPatrimonial;
  const g = sp.datosGenerales ?? {};
  const values = [
    g.curp,
    g.rfc && `${g.rfc.rfc}${g.rfc.homoClave}`,
    g.correoElectronico?.personal,
    g.telefono?.casa,
    g.telefono?.celularPersonal,
    sp.domicilioDeclarante?.domicilioMexico?.calle,
    sp.domicilioDeclarante?.domicilioExtranjero?.calle,
    sp.datosPareja?.ninguno === false ? sp.datosPareja.nombre : undefined,
    sp.datosPareja?.curp,
    ...(sp.datosDependienteEconomico?.dependienteEconomico ?? []).flatMap((d: Json) => [d.nombre, d.curp]),
    ...(sp.inversiones?.inversion ?? []).map((i: Json) => i.numeroCuentaContrato),
    ...(sp.adeudos?.adeudo ?? []).map((a: Json) => a.numeroCuentaContrato),
    ...(sp.vehiculos?.vehiculo ?? []).map((v: Json) => v.numeroSerieRegistro),
    ...(sp.prestamoOComodato?.prestamo ?? []).map((p: Json) => p.tipoBien?.vehiculo?.numeroSerieRegistro),
  ];
  // Placeholders such as "NO APLICA" are not private data.
  return values.filter((v): v is string => typeof v === 'string' && /\d{4}|@|^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+/.test(v) && v !== 'NO APLICA');
}

const render = (item: Json, variant: DeclarationPdfVariant) =>
  renderDeclarationPdf({
    item,
    tipo: item.metadata.tipo,
    completa: item.metadata.declaracionCompleta,
    variant,
    institutionName: item.metadata.institucion,
    filerName: 'Persona Declarante de Prueba',
    folio: FOLIO,
    sha256: SHA256,
    filedAt: FILED_AT,
  });

// ---------------------------------------------------------------------------------------------------------

describe.each(Object.keys(FIXTURES))('declaration PDF of %s', (name) => {
  const item = load(FIXTURES[name]!);
  const tipo = item.metadata.tipo as Tipo;
  const pdfs: Partial<Record<DeclarationPdfVariant, Buffer>> = {};

  beforeAll(async () => {
    pdfs.completa = await render(item, 'completa');
    pdfs.publica = await render(projectPublic(item as never) as unknown as Json, 'publica');
    pdfs.preliminar = await render(item, 'preliminar');
  });

  it.each(['completa', 'publica', 'preliminar'] as const)('%s: title, every section heading in DOF order, page numbers', (variant) => {
    const pdf = pdfs[variant]!;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pagesOf(pdf, { nodiag: true });
    const text = squash(pages.join(' '));
    expect(text).toContain(declarationTitle(tipo));
    if (variant === 'publica') expect(squash(pages[0]!)).toContain('Versión pública');
    const source = variant === 'publica' ? (projectPublic(item as never) as unknown as Json) : item;
    let from = 0;
    for (const heading of expectedHeadings(source, tipo)) {
      const at = text.indexOf(heading, from);
      expect({ heading, found: at >= 0 }).toEqual({ heading, found: true });
      from = at + heading.length;
    }
    pages.forEach((page, i) => expect(squash(page)).toContain(`Página ${i + 1} de ${pages.length}`));
  });

  it('completa: every field has its Spanish label, values written out', () => {
    const text = squash(pagesOf(pdfs.completa!).join(' '));
    const labels = new Set<string>();
    for (const [section, data] of Object.entries(sectionsOf(item))) expectedLabels(data, section, tipo, labels);
    const missing = [...labels].filter((label) => !text.includes(label));
    expect(missing).toEqual([]);
    // No raw S1 key leaks into the document as a label.
    for (const key of ['primerApellido', 'aclaracionesObservaciones', 'tipoOperacion', 'valorAdquisicion']) expect(text).not.toContain(key);
    expect(text.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? []).toEqual([]);
    // Amounts, dates and booleans in their written form.
    const ingresos = item.declaracion.situacionPatrimonial.ingresos;
    const total = Object.entries(ingresos).find(([k]) => k.startsWith('totalIngresos'))![1] as Json;
    expect(text).toContain(formatMoney(total.valor, total.moneda));
    expect(text).toMatch(/\$\d{1,3}(,\d{3})+ MXN/);
    expect(text).toMatch(/\b\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}\b/);
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(text).toMatch(/\b(Sí|No)\b/);
    expect(text).not.toMatch(/\b(true|false)\b/);
    // Sections declared as "ninguno" say so.
    for (const [section, data] of Object.entries(sectionsOf(item))) {
      if ((data as Json).ninguno === true) expect({ section, text: text.includes('Ninguno') }).toEqual({ section, text: true });
    }
  });

  it('completa and publica: folio and SHA-256 in the footer of every page', () => {
    for (const variant of ['completa', 'publica'] as const) {
      const pages = pagesOf(pdfs[variant]!);
      expect(pages.length).toBeGreaterThan(0);
      pages.forEach((page, i) => {
        expect({ variant, page: i + 1, folio: page.includes(`Folio ${FOLIO}`), sha256: page.includes(SHA256) }).toEqual({ variant, page: i + 1, folio: true, sha256: true });
      });
    }
  });

  it('preliminar: watermark on every page, no folio', () => {
    const pdf = pdfs.preliminar!;
    const withDiagonal = pagesOf(pdf);
    const without = pagesOf(pdf, { nodiag: true });
    expect(withDiagonal).toHaveLength(without.length);
    const mark = [...PRELIMINARY_MARK.replace(/\s/g, '')].sort().join('');
    without.forEach((page, i) => {
      expect(page).toContain(PRELIMINARY_MARK);
      expect(diagonalLetters(withDiagonal[i]!, page)).toBe(mark);
      expect(page).not.toContain(FOLIO);
      expect(page).not.toContain(SHA256);
    });
  });

  it('publica shows none of the private values, which completa does show', () => {
    const secrets = privateValues(item);
    expect(secrets.length).toBeGreaterThanOrEqual(6);
    const publica = squash(pagesOf(pdfs.publica!).join(' '));
    const completa = squash(pagesOf(pdfs.completa!).join(' '));
    expect(secrets.filter((value) => publica.includes(squash(value)))).toEqual([]);
    expect(secrets.filter((value) => !completa.includes(squash(value)))).toEqual([]);
    const g = item.declaracion.situacionPatrimonial.datosGenerales;
    expect(completa).toContain(g.curp);
    expect(publica).not.toContain(g.curp);
    expect(publica).not.toContain(g.rfc.rfc);
    const pareja = item.declaracion.situacionPatrimonial.datosPareja;
    if (pareja && pareja.ninguno === false) {
      expect(completa).toContain(pareja.nombre);
      expect(publica).not.toContain(pareja.nombre);
    }
  });

  it('keeps every word inside the page margins', () => {
    for (const variant of ['completa', 'publica'] as const) {
      const outside = wordBoxes(pdfs[variant]!).filter((w) => w.xMin < 54 - 1 || w.xMax > 612 - 54 + 1 || w.yMin < 0 || w.yMax > 792);
      expect({ variant, outside }).toEqual({ variant, outside: [] });
    }
  });
});

describe('declaration PDF layout', () => {
  it('wraps long values (even unbroken ones) within the margins across pages', async () => {
    const item = load(FIXTURES['inicial-simplificada']!);
    const token = 'X'.repeat(420);
    const long = `${'Texto de aclaración muy extenso, con acentos (áéíóú ñ ü ¿¡). '.repeat(110)}${token} fin.`;
    item.declaracion.situacionPatrimonial.datosGenerales.aclaracionesObservaciones = long;
    item.declaracion.situacionPatrimonial.datosEmpleoCargoComision.nombreEntePublico = 'Ente '.repeat(40) + 'Z'.repeat(150);
    const pdf = await render(item, 'completa');
    const boxes = wordBoxes(pdf);
    expect(boxes.filter((w) => w.xMin < 53 || w.xMax > 559 || w.yMax > 792)).toEqual([]);
    const text = pagesOf(pdf).join('');
    expect(text.replace(/\s/g, '')).toContain(token);
    expect(text).toContain('(áéíóú ñ ü ¿¡)');
    const pages = pagesOf(pdf);
    pages.forEach((page, i) => expect(page).toContain(`Página ${i + 1} de ${pages.length}`));
  });

  it('prints an item without sections and survives characters outside WinAnsi', async () => {
    const pdf = await renderDeclarationPdf({
      item: { id: 'x', metadata: { tipo: 'MODIFICACIÓN' }, declaracion: { situacionPatrimonial: { datosGenerales: { nombre: 'Zoë 😀 Ωmega', primerApellido: 'Łukasz' } } } },
      tipo: 'MODIFICACIÓN',
      completa: false,
      variant: 'preliminar',
      institutionName: 'Institución',
      filerName: 'Zoë',
    });
    const text = squash(pagesOf(pdf, { nodiag: true }).join(' '));
    expect(text).toContain('Declaración de situación patrimonial y de intereses — Modificación');
    expect(text).toContain('Zoë ? ?mega');
    expect(text).toContain('Lukasz');
    expect(text).toContain('Página 1 de 1');
  });

  it('marks in the complete PDF of a MODIFICACIÓN each item given de baja or modified, and no other', async () => {
    const item = load(FIXTURES['modificacion-completa']!);
    const vehiculos = item.declaracion.situacionPatrimonial.vehiculos.vehiculo as Json[];
    const bajaAt = vehiculos.findIndex((v) => v.tipoOperacion === 'BAJA');
    expect(bajaAt).toBeGreaterThanOrEqual(0);
    // The operations of list items (a section's own tipoOperacion is printed as a field).
    const ops: string[] = [];
    const walk = (v: unknown, inList: boolean): void => {
      if (Array.isArray(v)) v.forEach((x) => walk(x, true));
      else if (v && typeof v === 'object') {
        if (inList && typeof (v as Json).tipoOperacion === 'string') ops.push((v as Json).tipoOperacion);
        Object.values(v).forEach((x) => walk(x, false));
      }
    };
    walk(item.declaracion, false);
    const text = squash(pagesOf(await render(item, 'completa'), { nodiag: true }).join(' '));
    expect(text).toContain(`Vehículo ${bajaAt + 1} de ${vehiculos.length} — BAJA`);
    expect(text.match(/ — BAJA\b/g)?.length ?? 0).toBe(ops.filter((o) => o.includes('BAJA')).length);
    expect(text.match(/ — MODIFICADO\b/g)?.length ?? 0).toBe(ops.filter((o) => o.includes('MODIFICAR')).length);
  });

  it('formats values as the forms do', () => {
    expect(longDate('2023-01-16')).toBe('16 de enero de 2023');
    expect(longDate('2024-12-01')).toBe('1 de diciembre de 2024');
    expect(formatMoney(1234567, 'MXN')).toBe('$1,234,567 MXN');
    expect(formatLeaf('valorAdquisicion', { valor: 185000, moneda: 'USD' })).toBe('$185,000 USD');
    expect(formatLeaf('superficieTerreno', { valor: 1800, unidad: 'm2' })).toBe('1,800 m²');
    expect(formatLeaf('porcentajePropiedad', 50)).toBe('50 %');
    expect(formatLeaf('anio', 2019)).toBe('2019');
    expect(formatLeaf('contratadoPorHonorarios', true)).toBe('Sí');
    expect(formatLeaf('contratadoPorHonorarios', false)).toBe('No');
    expect(formatLeaf('nivel', { clave: 'LIC', valor: 'LICENCIATURA' })).toBe('LICENCIATURA');
    expect(formatLeaf('titular', [{ clave: 'DEC', valor: 'DECLARANTE' }, { clave: 'CYG', valor: 'CÓNYUGE' }])).toBe('DECLARANTE, CÓNYUGE');
    expect(formatLeaf('rfc', { rfc: 'MUPA820714', homoClave: 'LY3' })).toBe('MUPA820714LY3');
    expect(formatLeaf('pais', 'MX')).toBe('México');
    expect(formatLeaf('ubicacion', 'EX')).toBe('EN EL EXTRANJERO');
    expect(formatLeaf('nivelOrdenGobierno', 'MUNICIPAL_ALCALDIA')).toBe('MUNICIPAL / ALCALDÍA');
    expect(formatLeaf('domicilioMexico', { calle: 'X' })).toBeUndefined();
    expect(printable('Peña Ñandú ¿qué? €5 — ok 😀')).toBe('Peña Ñandú ¿qué? €5 — ok ?');
  });
});

describe('Spanish labels (standards/formulario/etiquetas.json)', () => {
  type Schema = Record<string, any>;

  /** Every property path (section and property names, no indexes) under the sections of a tipo's OAS. */
  function oasLabelPaths(tipo: Tipo): Set<string> {
    const oas = oasDocument(tipo) as Schema;
    const resolve = (node: any): Schema => {
      let current = node;
      for (let hops = 0; current && typeof current.$ref === 'string' && hops < 32; hops++) {
        current = current.$ref.slice(2).split('/').reduce((n: any, k: string) => n?.[k], oas);
      }
      return current ?? {};
    };
    const propertiesOf = (node: any): Schema => {
      const schema = resolve(node);
      const out: Schema = { ...(schema.properties ?? {}) };
      for (const combinator of ['allOf', 'oneOf', 'anyOf']) for (const alternative of schema[combinator] ?? []) Object.assign(out, propertiesOf(alternative));
      return out;
    };
    const paths = new Set<string>();
    const walk = (node: any, path: string, depth: number): void => {
      const schema = resolve(node);
      if (depth > 40) throw new Error(`schema too deep at ${path}`);
      if (schema.items) return walk(schema.items, path, depth + 1);
      for (const [key, child] of Object.entries(propertiesOf(schema))) {
        paths.add(`${path}.${key}`);
        walk(child, `${path}.${key}`, depth + 1);
      }
    };
    const declaracion = propertiesOf(resolve(oas.components.schemas.resDeclaraciones.properties.results).items).declaracion;
    for (const group of ['situacionPatrimonial', 'interes']) {
      for (const [section, schema] of Object.entries(propertiesOf(propertiesOf(declaracion)[group]))) walk(schema, section, 0);
    }
    return paths;
  }

  /** The label paths of every key under the sections of an item (private or public fixture). */
  function fixturePaths(item: Json): Set<string> {
    const out = new Set<string>();
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) value.forEach((v) => walk(v, path));
      else if (isObject(value)) {
        for (const [key, child] of Object.entries(value)) {
          out.add(`${path}.${key}`);
          walk(child, `${path}.${key}`);
        }
      }
    };
    for (const [section, data] of Object.entries(sectionsOf(item))) walk(data, section);
    return out;
  }

  it.each([...TIPOS])('the PDF finds a label for every field of the %s OAS (no humanized key)', (tipo) => {
    const paths = [...oasLabelPaths(tipo)];
    expect(paths.length).toBeGreaterThan(500);
    expect(paths.filter((p) => !printsLabel(p))).toEqual([]);
  });

  it('the PDF finds a label for every field of the fixtures (private and public)', () => {
    const files = [
      ...Object.values(FIXTURES),
      ...fs
        .readdirSync(path.join(ROOT, 'libs/standards/test/fixtures'))
        .filter((f) => f.endsWith('.publica.json'))
        .map((f) => `libs/standards/test/fixtures/${f}`),
    ];
    const paths = new Set<string>();
    for (const file of files) fixturePaths(load(file)).forEach((p) => paths.add(p));
    expect(paths.size).toBeGreaterThan(300);
    expect([...paths].filter((p) => !printsLabel(p)).sort()).toEqual([]);
  });

  it('prints the labels of the form, in the wording of each tipo, and humanizes only unknown keys', () => {
    expect(pdfLabel('datosCurricularesDeclarante.escolaridad.institucionEducativa.nombre', 'INICIAL')).toBe('Nombre de la institución educativa');
    expect(pdfLabel('vehiculos.vehiculo.tipo', 'MODIFICACIÓN')).toBe('Tipo de vehículo');
    expect(pdfLabel('datosEmpleoCargoComision.fechaTomaPosesion', 'CONCLUSIÓN')).toBe('Fecha de conclusión del empleo, cargo o comisión');
    expect(pdfLabel('datosEmpleoCargoComision.fechaTomaPosesion', 'INICIAL')).toBe('Fecha de toma de posesión del empleo, cargo o comisión');
    expect(pdfLabel('domicilioDeclarante.domicilioMexico.municipioAlcaldia', 'INICIAL')).toBe('Municipio / alcaldía');
    expect(pdfItemName('bienesInmuebles.bienInmueble', 'INICIAL')).toBe('Inmueble');
    expect(printsLabel('datosGenerales.campoNuevoDelEstandar')).toBe(false);
    expect(pdfLabel('datosGenerales.campoNuevoDelEstandar', 'INICIAL')).toBe('Campo nuevo del estandar');
    expect(humanize('montoMensual')).toBe('Monto mensual');
    expect(otherSectionTitle('actividadAnualAnterior')).toMatch(/^[A-ZÁÉÍÓÚ¿]/);
  });
});
