import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeclarationTipo } from '@veraz/contracts';
import type { FilingFacts } from '../engine/types';

/** The reference examples (s1/examples, copied in libs/standards/test/fixtures): person A's three filings. */
function example(name: string, fecha: string): FilingFacts {
  const item = JSON.parse(readFileSync(join(__dirname, '../../../standards/test/fixtures', `${name}.json`), 'utf8')) as {
    id: string;
    metadata: { tipo: DeclarationTipo; declaracionCompleta: boolean; actualizacion: string };
    declaracion: Record<string, unknown>;
  };
  return {
    id: item.id,
    folio: `EJ-${item.id.slice(0, 6)}`,
    tipo: item.metadata.tipo,
    declaracionCompleta: item.metadata.declaracionCompleta,
    fecha,
    filedAt: item.metadata.actualizacion,
    declaracion: item.declaracion,
  };
}

/** Person A (complete filings): INICIAL, MODIFICACIÓN and CONCLUSIÓN, dated as the examples' README says. */
export const personA = {
  inicial: () => example('inicial-completa', '2023-01-16'),
  modificacion: () => example('modificacion-completa', '2023-12-31'),
  conclusion: () => example('conclusion-completa', '2024-10-15'),
};
/** Person B (simplified filings). */
export const personB = {
  inicial: () => example('inicial-simplificada', '2023-06-01'),
  modificacion: () => example('modificacion-simplificada', '2023-12-31'),
};
