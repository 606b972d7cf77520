import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectPublic } from '@veraz/projection';
import { fieldLabel, sectionDef, type Tipo } from '@veraz/standards';
import { renderDeclarationPdf, type DeclarationPdfVariant } from './declaration-pdf';
import { printable } from './format';

type Json = Record<string, any>;

/*
 * The complete and public PDFs print fields in the order and numbering of the DOF forms (Anexo
 * Primero, 23-IX-2019), even though the database hands the JSON back with its keys sorted by length.
 * The lists below are the captions of 01_FORMATO_DE_INICIO / 02_FORMATO_DE_MODIFICACION, top to
 * bottom and left to right, written as property paths; the section numbers are those the forms print.
 */

const ROOT = path.resolve(__dirname, '../../../..');
const load = (file: string): Json => JSON.parse(fs.readFileSync(path.join(ROOT, 'libs/standards/test/fixtures', file), 'utf8'));

/** What PostgreSQL's jsonb does to key order: shorter keys first, then bytewise. */
function asStored(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asStored);
  if (!value || typeof value !== 'object') return value;
  const keys = Object.keys(value).sort((a, b) => Buffer.byteLength(a) - Buffer.byteLength(b) || Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return Object.fromEntries(keys.map((k) => [k, asStored((value as Json)[k])]));
}

/** DOF 1. DATOS GENERALES, the same in the three forms. */
const DATOS_GENERALES = [
  'nombre', 'primerApellido', 'segundoApellido', 'curp', 'rfc',
  'correoElectronico.institucional', 'correoElectronico.personal', 'telefono.casa', 'telefono.celularPersonal',
  'situacionPersonalEstadoCivil', 'regimenMatrimonial', 'paisNacimiento', 'nacionalidad', 'aclaracionesObservaciones',
];
/** DOF 4. DATOS DEL EMPLEO, CARGO O COMISIÓN. */
const EMPLEO = [
  'nivelOrdenGobierno', 'ambitoPublico', 'nombreEntePublico', 'areaAdscripcion', 'empleoCargoComision', 'contratadoPorHonorarios',
  'nivelEmpleoCargoComision', 'funcionPrincipal', 'fechaTomaPosesion', 'telefonoOficina.telefono', 'telefonoOficina.extension',
  'domicilioMexico.calle', 'domicilioMexico.numeroExterior', 'domicilioMexico.numeroInterior', 'domicilioMexico.coloniaLocalidad',
  'domicilioMexico.municipioAlcaldia', 'domicilioMexico.entidadFederativa', 'domicilioMexico.codigoPostal', 'aclaracionesObservaciones',
];
/** II.1 … II.5 of ingresos and of the previous year. */
const OTHER_INCOME = [
  'actividadIndustrialComercialEmpresarial.remuneracionTotal', 'actividadIndustrialComercialEmpresarial.actividades.nombreRazonSocial', 'actividadIndustrialComercialEmpresarial.actividades.tipoNegocio',
  'actividadFinanciera.remuneracionTotal', 'actividadFinanciera.actividades.tipoInstrumento',
  'serviciosProfesionales.remuneracionTotal', 'serviciosProfesionales.servicios.tipoServicio',
  'enajenacionBienes.remuneracionTotal', 'enajenacionBienes.bienes.tipoBienEnajenado',
  'otrosIngresos.remuneracionTotal', 'otrosIngresos.ingresos.tipoIngreso',
];
/** DOF 8. INGRESOS NETOS: I, II, II.1 … II.5, A, B, C. */
const INGRESOS: Record<string, string[]> = {
  INICIAL: ['remuneracionMensualCargoPublico', 'otrosIngresosMensualesTotal', ...OTHER_INCOME, 'ingresoMensualNetoDeclarante', 'ingresoMensualNetoParejaDependiente', 'totalIngresosMensualesNetos', 'aclaracionesObservaciones'],
  MODIFICACIÓN: ['remuneracionAnualCargoPublico', 'otrosIngresosAnualesTotal', ...OTHER_INCOME, 'ingresoAnualNetoDeclarante', 'ingresoAnualNetoParejaDependiente', 'totalIngresosAnualesNetos', 'aclaracionesObservaciones'],
};
/** DOF 9. ¿TE DESEMPEÑASTE COMO SERVIDOR PÚBLICO EN EL AÑO INMEDIATO ANTERIOR? */
const ANIO_ANTERIOR = [
  'servidorPublicoAnioAnterior', 'fechaIngreso', 'fechaConclusion', 'remuneracionNetaCargoPublico', 'otrosIngresosTotal', ...OTHER_INCOME,
  'ingresoNetoAnualDeclarante', 'ingresoNetoAnualParejaDependiente', 'totalIngresosNetosAnuales', 'aclaracionesObservaciones',
];

/** The section numbers the DOF forms print (situación patrimonial). */
const NUMBERS: Record<string, Record<string, number>> = {
  INICIAL: { datosGenerales: 1, domicilioDeclarante: 2, datosEmpleoCargoComision: 4, ingresos: 8, actividadAnualAnterior: 9, bienesInmuebles: 10, prestamoOComodato: 15 },
  MODIFICACIÓN: { datosGenerales: 1, domicilioDeclarante: 2, datosEmpleoCargoComision: 4, ingresos: 8, bienesInmuebles: 9, prestamoOComodato: 14 },
};

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-pdf-order-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function textOf(item: Json, variant: DeclarationPdfVariant): Promise<string> {
  const pdf = await renderDeclarationPdf({ item, tipo: item.metadata.tipo, completa: true, variant, institutionName: 'Institución de prueba', filerName: 'Persona Declarante' });
  const file = path.join(tmp, `${item.metadata.tipo}-${variant}.pdf`);
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const valueAt = (object: Json, keys: string[]): unknown =>
  keys.reduce<unknown>((node, key) => (Array.isArray(node) ? node[0] : node) && typeof node === 'object' ? (Array.isArray(node) ? node[0] : node)[key] : undefined, object);

/** Where each printed label of the DOF list appears in the section's text, in list order. */
function positions(text: string, tipo: Tipo, section: string, data: Json, list: string[]): Array<{ field: string; at: number }> {
  const heading = `${NUMBERS[tipo]![section]}. ${sectionDef(tipo, section)!.label}`;
  const start = text.indexOf(heading);
  expect({ heading, found: start >= 0 }).toEqual({ heading, found: true });
  const present = list.filter((p) => valueAt(data, p.split('.')) !== undefined);
  expect(present.length).toBeGreaterThan(3);
  // A long label wraps: its first words are on the line next to the value.
  const from = start + heading.length;
  return present.map((field) => {
    const label = printable(fieldLabel(`${section}.${field}`, tipo)).slice(0, 18);
    return { field, at: text.indexOf(label, from) };
  });
}

function expectDofOrder(found: Array<{ field: string; at: number }>): void {
  expect(found.filter((f) => f.at < 0)).toEqual([]);
  const printed = [...found].sort((a, b) => a.at - b.at).map((f) => f.field);
  expect(printed).toEqual(found.map((f) => f.field));
}

describe.each([
  ['inicial-completa.json', 'INICIAL'],
  ['modificacion-completa.json', 'MODIFICACIÓN'],
] as const)('PDF of %s as stored (keys in jsonb order)', (file, tipo) => {
  const item = asStored(load(file)) as Json;
  const sp = item.declaracion.situacionPatrimonial;

  it('the fixture really comes back scrambled: datos generales starts with rfc, ingresos is not I, II…', () => {
    expect(Object.keys(sp.datosGenerales).slice(0, 2)).toEqual(['rfc', 'curp']);
    expect(Object.keys(sp.ingresos)[0]).not.toBe(INGRESOS[tipo]![0]);
  });

  it('completa: datos generales, empleo, ingresos (and the previous year) in the DOF order, under the DOF numbers', async () => {
    const text = await textOf(item, 'completa');
    expect(text.indexOf(printable(fieldLabel('datosGenerales.nombre', tipo)))).toBeLessThan(text.indexOf(printable(fieldLabel('datosGenerales.rfc', tipo))));
    expectDofOrder(positions(text, tipo, 'datosGenerales', sp.datosGenerales, DATOS_GENERALES));
    expectDofOrder(positions(text, tipo, 'datosEmpleoCargoComision', sp.datosEmpleoCargoComision, EMPLEO));
    expectDofOrder(positions(text, tipo, 'ingresos', sp.ingresos, INGRESOS[tipo]!));
    if (sp.actividadAnualAnterior) expectDofOrder(positions(text, tipo, 'actividadAnualAnterior', sp.actividadAnualAnterior, ANIO_ANTERIOR));
    for (const [section, n] of Object.entries(NUMBERS[tipo]!)) expect(text).toContain(`${n}. ${sectionDef(tipo, section)!.label}`);
  });

  it('publica: the public fields keep the same order and numbers', async () => {
    const pub = asStored(projectPublic(load(file) as never)) as Json;
    const text = await textOf(pub, 'publica');
    const psp = pub.declaracion.situacionPatrimonial;
    expectDofOrder(positions(text, tipo, 'datosGenerales', psp.datosGenerales, DATOS_GENERALES));
    expectDofOrder(positions(text, tipo, 'datosEmpleoCargoComision', psp.datosEmpleoCargoComision, EMPLEO));
    expectDofOrder(positions(text, tipo, 'ingresos', psp.ingresos, INGRESOS[tipo]!));
  });
});
