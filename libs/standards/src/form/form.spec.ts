import fs from 'node:fs';
import path from 'node:path';
import { catalogs } from '../catalogs';
import { ACLARACIONES_MAX } from '../limits';
import { oasDocument, validateSectionDraft } from '../validation';
import { sectionsFor } from '../sections';
import { TIPOS, type Tipo } from '../tipos';
import { enumText, fieldText, matchCatalog, placeOf, sectionForm, toSectionJson, walkNodes, type CatalogOption, type ObjectNode } from './index';

const FIXTURES = path.join(__dirname, '..', '..', 'test', 'fixtures');
const allCatalogs: Record<string, CatalogOption[]> = Object.fromEntries(catalogs.names().map((name) => [name, catalogs.list(name)]));
const valores = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../standards/formulario/valores.json'), 'utf8')) as Record<string, string>;

function fixtures(): Array<{ file: string; tipo: Tipo; declaracion: Record<string, Record<string, unknown>> }> {
  return fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.publica.json'))
    .map((file) => {
      const item = JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8'));
      return { file, tipo: item.metadata.tipo as Tipo, declaracion: item.declaracion };
    });
}

describe('section forms built from the OAS', () => {
  it.each(TIPOS)('every section of %s yields a form whose catalog fields find their official catalog', (tipo) => {
    const missing: string[] = [];
    for (const def of sectionsFor(tipo, true)) {
      const form = sectionForm(oasDocument(tipo), def.name);
      for (const node of walkNodes(form.root)) {
        if ((node.kind === 'catalog' || node.kind === 'catalogList') && !matchCatalog(node.claves, allCatalogs)) missing.push(node.labelPath);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(TIPOS)('every section of %s caps its aclaraciones at the length the API accepts', (tipo) => {
    for (const def of sectionsFor(tipo, true)) {
      const node = sectionForm(oasDocument(tipo), def.name).root.children.find((n) => n.key === 'aclaracionesObservaciones');
      expect([def.name, node?.kind === 'text' && node.multiline, node?.kind === 'text' && node.maxLength]).toEqual([def.name, true, ACLARACIONES_MAX]);
      expect(validateSectionDraft(tipo, def.name, { aclaracionesObservaciones: 'x'.repeat(ACLARACIONES_MAX + 1) })).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: 'aclaracionesObservaciones' })]),
      );
    }
  });

  it('subTipoInversion offers the dependent catalog, with its parent code on every option', () => {
    const form = sectionForm(oasDocument('INICIAL'), 'inversiones');
    const node = [...walkNodes(form.root)].find((n) => n.key === 'subTipoInversion');
    expect(node?.kind).toBe('catalog');
    const match = node?.kind === 'catalog' ? matchCatalog(node.claves, allCatalogs) : undefined;
    expect(match?.name).toBe('subTipoInversion');
    expect(match?.options.every((o) => typeof o.tipoInversion === 'string')).toBe(true);
  });

  it('chooses widgets from the schema: money, geo, dates, enums, lists, the experiencia variants', () => {
    const inmuebles = sectionForm(oasDocument('INICIAL'), 'bienesInmuebles');
    const kinds: Record<string, string> = {};
    for (const n of walkNodes(inmuebles.root)) kinds[n.labelPath] ??= n.kind; // a list's item shares its path
    expect(kinds['bienesInmuebles.bienInmueble']).toBe('list');
    expect(kinds['bienesInmuebles.bienInmueble.valorAdquisicion']).toBe('money');
    expect(kinds['bienesInmuebles.bienInmueble.titular']).toBe('catalogList');
    expect(kinds['bienesInmuebles.bienInmueble.domicilioMexico.entidadFederativa']).toBe('entidad');
    expect(kinds['bienesInmuebles.bienInmueble.domicilioMexico.municipioAlcaldia']).toBe('municipio');
    expect(kinds['bienesInmuebles.bienInmueble.domicilioExtranjero.pais']).toBe('pais');
    expect(kinds['bienesInmuebles.bienInmueble.fechaAdquisicion']).toBe('date');
    expect(kinds['bienesInmuebles.bienInmueble.formaPago']).toBe('enum');
    const experiencia = sectionForm(oasDocument('INICIAL'), 'experienciaLaboral');
    const item = (experiencia.root.children.find((c) => c.key === 'experiencia') as { item: ObjectNode }).item;
    expect(item.variants?.discriminator).toBe('ambitoSector');
    expect(item.variants?.childVariant.nombreEntePublico).toBe(0);
    expect(item.variants?.childVariant.nombreEmpresaSociedadAsociacion).toBe(1);
  });

  it('every plain enum value has a display text', () => {
    const missing = new Set<string>();
    for (const tipo of TIPOS) {
      for (const def of sectionsFor(tipo, true)) {
        for (const node of walkNodes(sectionForm(oasDocument(tipo), def.name).root)) {
          if (node.kind === 'enum') for (const v of node.values) if (!(v in valores)) missing.add(v);
        }
      }
    }
    expect([...missing]).toEqual([]);
    expect(enumText(valores, 'SIN_CAMBIOS')).toBe('Sin cambios');
  });
});

describe('toSectionJson (form values back to S1 JSON)', () => {
  // The reference filings are what a filer who filled the form in would send: nothing may be lost
  // (an optional empty list carries nothing, and the form leaves it out).
  it.each(fixtures().map((f) => [f.file, f] as const))('keeps every section of %s intact', (_file, fixture) => {
    for (const group of Object.values(fixture.declaracion)) {
      for (const [name, data] of Object.entries(group)) {
        const form = sectionForm(oasDocument(fixture.tipo), name);
        const choices = uiChoicesFor(data);
        expect({ name, json: toSectionJson(form.root, data, choices) }).toEqual({ name, json: withoutEmptyLists(data) });
      }
    }
  });

  it('trims text, drops empty fields and keeps empty list items so the server can report them', () => {
    const form = sectionForm(oasDocument('INICIAL'), 'bienesInmuebles');
    const json = toSectionJson(form.root, {
      ninguno: false,
      bienInmueble: [{}, { datoIdentificacion: '  F-1  ', superficieTerreno: { valor: '' }, valorAdquisicion: { valor: '1,500', moneda: '' }, formaPago: '' }],
      aclaracionesObservaciones: '   ',
    });
    expect(json).toEqual({ ninguno: false, bienInmueble: [{}, { datoIdentificacion: 'F-1', valorAdquisicion: { valor: 1500 } }] });
    expect(validateSectionDraft('INICIAL', 'bienesInmuebles', json)).toEqual([]);
  });

  it('drops what the filer\'s answers make irrelevant: «ninguno», the other address, the other sector', () => {
    const inmuebles = sectionForm(oasDocument('INICIAL'), 'bienesInmuebles');
    expect(toSectionJson(inmuebles.root, { ninguno: true, bienInmueble: [{ datoIdentificacion: 'x' }] })).toEqual({ ninguno: true });
    const domicilio = sectionForm(oasDocument('INICIAL'), 'domicilioDeclarante');
    const both = { domicilioMexico: { calle: 'Reforma' }, domicilioExtranjero: { calle: 'Main St' } };
    expect(toSectionJson(domicilio.root, both, { '': { domicilioMexico: 1 } })).toEqual({ domicilioExtranjero: { calle: 'Main St' } });
    expect(toSectionJson(domicilio.root, both, { '': { domicilioMexico: 0 } })).toEqual({ domicilioMexico: { calle: 'Reforma' } });
    const experiencia = sectionForm(oasDocument('INICIAL'), 'experienciaLaboral');
    const json = toSectionJson(experiencia.root, {
      ninguno: false,
      experiencia: [{ ambitoSector: { clave: 'PRV', valor: 'PRIVADO' }, nombreEntePublico: 'SAT', nombreEmpresaSociedadAsociacion: 'Patito' }],
    });
    expect(json).toEqual({ ninguno: false, experiencia: [{ ambitoSector: { clave: 'PRV', valor: 'PRIVADO' }, nombreEmpresaSociedadAsociacion: 'Patito' }] });
    const generales = sectionForm(oasDocument('INICIAL'), 'datosGenerales');
    expect(toSectionJson(generales.root, { situacionPersonalEstadoCivil: { clave: 'SOL', valor: 'SOLTERO (A)' }, regimenMatrimonial: { clave: 'SOC', valor: 'SOCIEDAD CONYUGAL' } })).toEqual({
      situacionPersonalEstadoCivil: { clave: 'SOL', valor: 'SOLTERO (A)' },
    });
  });
});

describe('labels', () => {
  it('prefers the path, then the property name', () => {
    const data = { fuente: '', campos: { valor: { etiqueta: 'Valor' } }, rutas: { 'x.superficieTerreno.valor': { etiqueta: 'Superficie del terreno', ayuda: 'En m²' } }, secciones: {}, elementos: {} };
    expect(fieldText(data, 'x.superficieTerreno.valor')).toEqual({ label: 'Superficie del terreno', help: 'En m²' });
    expect(fieldText(data, 'y.monto.valor')).toEqual({ label: 'Valor' });
  });

  it("uses the tipo's wording where the DOF forms differ, and the common label without a tipo", () => {
    const data = { fuente: '', campos: { fecha: { etiqueta: 'Fecha de toma de posesión / conclusión', porTipo: { CONCLUSIÓN: 'Fecha de conclusión' }, ayuda: 'Día' } }, rutas: {}, secciones: {}, elementos: {} };
    expect(fieldText(data, 's.fecha', 'CONCLUSIÓN')).toEqual({ label: 'Fecha de conclusión', help: 'Día' });
    expect(fieldText(data, 's.fecha', 'INICIAL')).toEqual({ label: 'Fecha de toma de posesión / conclusión', help: 'Día' });
    expect(fieldText(data, 's.fecha')).toEqual({ label: 'Fecha de toma de posesión / conclusión', help: 'Día' });
  });
});

/** The alternative each object of the fixture uses (extranjero when only that address has data). */
function uiChoicesFor(data: unknown, pathPrefix = '', out: Record<string, Record<string, 0 | 1>> = {}): Record<string, Record<string, 0 | 1>> {
  if (Array.isArray(data)) data.forEach((item, i) => uiChoicesFor(item, `${pathPrefix}${pathPrefix ? '.' : ''}${i}`, out));
  else if (data && typeof data === 'object') {
    const value = data as Record<string, unknown>;
    if ('domicilioExtranjero' in value && !('domicilioMexico' in value)) out[pathPrefix] = { ...out[pathPrefix], domicilioMexico: 1 };
    if ('vehiculo' in value && !('inmueble' in value)) out[pathPrefix] = { ...out[pathPrefix], inmueble: 1 };
    for (const [k, v] of Object.entries(value)) uiChoicesFor(v, `${pathPrefix}${pathPrefix ? '.' : ''}${k}`, out);
  }
  return out;
}

function withoutEmptyLists(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyLists);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => !(Array.isArray(v) && v.length === 0)).map(([k, v]) => [k, withoutEmptyLists(v)]));
  }
  return value;
}

describe('placeOf', () => {
  const labels = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../standards/formulario/etiquetas.json'), 'utf8'));
  it('names the item and the field as the form shows them', () => {
    const place = placeOf(labels, 'bienesInmuebles', 'bienInmueble[1].valorAdquisicion.valor');
    expect(place).toMatch(/^Inmueble 2 › /);
    expect(place).toContain(fieldText(labels, 'bienesInmuebles.bienInmueble.valorAdquisicion').label);
    expect(placeOf(labels, 'bienesInmuebles', 'bienInmueble.0.domicilioMexico.codigoPostal')).toBe(
      `Inmueble 1 › ${fieldText(labels, 'bienesInmuebles.bienInmueble.domicilioMexico').label} › ${fieldText(labels, 'bienesInmuebles.bienInmueble.domicilioMexico.codigoPostal').label}`,
    );
    expect(placeOf(labels, 'bienesInmuebles', '')).toBe('');
  });
});
