#!/usr/bin/env node
// Generates libs/standards/src/generated/s1-types.ts from the official S1 v2 OAS files in
// standards/s1/oas/ (one namespace per tipo, so the shared component names do not collide).
//
//   npm run generate:standards            writes the file
//   node scripts/generate-standards.mjs --check
//                                         exits 1 (and writes nothing) if the file is out of date
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = path.join(root, 'libs/standards/src/generated/s1-types.ts');

/** tipo → OAS file and the names used in the generated file. */
const TIPOS = [
  { tipo: 'INICIAL', file: 'OAS_API_Declaraciones_Inicial.json', ns: 'Inicial', suffix: 'Inicial' },
  { tipo: 'MODIFICACIÓN', file: 'OAS_API_Declaraciones_Modificacion.json', ns: 'Modificacion', suffix: 'Modificacion' },
  { tipo: 'CONCLUSIÓN', file: 'OAS_API_Declaraciones_Conclusion.json', ns: 'Conclusion', suffix: 'Conclusion' },
];
const OAS_DIR = 'standards/s1/oas';

/** Deep copy rewriting `#/components/schemas/X` to `#/definitions/X` and dropping OAS-only keywords. */
function toJsonSchema(node) {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example') continue; // OAS keyword, not JSON Schema; would only add noise to the comments
    if (key === '$ref' && typeof value === 'string') {
      out.$ref = value.replace(/^#\/components\/schemas\//, '#/definitions/');
      continue;
    }
    out[key] = toJsonSchema(value);
  }
  return out;
}

/** The JSON Schema of one S1 result item of a tipo, with the shared components as named definitions. */
function itemSchema(oas) {
  const schemas = toJsonSchema(oas.components.schemas);
  const item = schemas.resDeclaraciones.properties.results.items;
  delete schemas.resDeclaraciones;
  delete schemas.reqDeclaraciones;
  delete schemas.resError;
  delete schemas.ordenamiento;
  item.title = 'S1Item';
  item.properties.metadata.title = 'Metadata';
  const declaracion = item.properties.declaracion;
  declaracion.title = 'Declaracion';
  declaracion.properties.situacionPatrimonial.title = 'SituacionPatrimonial';
  declaracion.properties.interes.title = 'Interes';
  return { ...item, definitions: schemas };
}

const indent = (text) =>
  text
    .split('\n')
    .map((line) => (line.length ? `  ${line}` : line))
    .join('\n');

/** Returns the full text of the generated file. */
export async function generate() {
  const parts = [
    '// GENERATED FILE: DO NOT EDIT. Run `npm run generate:standards` (scripts/generate-standards.mjs).',
    '// Source: the response schema components.schemas.resDeclaraciones.properties.results.items of',
    ...TIPOS.map((t) => `//   ${OAS_DIR}/${t.file} (${t.tipo})`),
    '// One namespace per tipo; the shared parts (components.schemas) are named interfaces inside it.',
    '',
  ];
  for (const t of TIPOS) {
    const oas = JSON.parse(fs.readFileSync(path.join(root, OAS_DIR, t.file), 'utf8'));
    const ts = await compile(itemSchema(oas), 'S1Item', {
      bannerComment: '',
      additionalProperties: false,
      unknownAny: true,
      strictIndexSignatures: true,
      declareExternallyReferenced: true,
      unreachableDefinitions: false,
      format: true,
      style: { singleQuote: true, printWidth: 120 },
    });
    parts.push(`/** Types of an S1 v2 result item of tipo ${t.tipo} (${t.file}). */`);
    parts.push(`export namespace ${t.ns} {`);
    parts.push(indent(ts.trim()));
    parts.push('}');
    parts.push('');
  }
  for (const t of TIPOS) {
    parts.push(`/** A whole S1 result item \`{id, metadata, declaracion}\` of tipo ${t.tipo}. */`);
    parts.push(`export type S1Item${t.suffix} = ${t.ns}.S1Item;`);
    parts.push(`/** The \`declaracion\` of an S1 result item of tipo ${t.tipo}. */`);
    parts.push(`export type Declaracion${t.suffix} = ${t.ns}.Declaracion;`);
  }
  parts.push(`/** Any S1 result item. */`);
  parts.push(`export type S1Item = ${TIPOS.map((t) => `S1Item${t.suffix}`).join(' | ')};`);
  return parts.join('\n') + '\n';
}

async function main() {
  const check = process.argv.includes('--check');
  const text = await generate();
  const current = fs.existsSync(OUTPUT) ? fs.readFileSync(OUTPUT, 'utf8') : null;
  const rel = path.relative(root, OUTPUT);
  if (check) {
    if (current !== text) {
      console.error(`${rel} is out of date: run npm run generate:standards`);
      process.exit(1);
    }
    console.log(`${rel} is up to date`);
    return;
  }
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  fs.writeFileSync(OUTPUT, text);
  console.log(`wrote ${rel}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
