import fs from 'node:fs';
import path from 'node:path';

/**
 * Test helpers: the shared reference examples of @veraz/standards (private item and its expected public
 * projection). Not exported from the package index.
 */
export const FIXTURES_DIR = path.join(__dirname, '..', '..', 'standards', 'test', 'fixtures');

export const EXAMPLES = [
  'inicial-completa',
  'modificacion-completa',
  'conclusion-completa',
  'inicial-simplificada',
  'modificacion-simplificada',
] as const;

export type ExampleName = (typeof EXAMPLES)[number];

export type AnyJson = any;

export function privateExample(name: ExampleName): AnyJson {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, `${name}.json`), 'utf8'));
}

export function publicExample(name: ExampleName): AnyJson {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, `${name}.publica.json`), 'utf8'));
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
