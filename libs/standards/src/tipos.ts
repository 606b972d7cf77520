/** The three declaration types of S1 v2, spelled exactly as `metadata.tipo` (accented). */
export type Tipo = 'INICIAL' | 'MODIFICACIÓN' | 'CONCLUSIÓN';

export const TIPOS: readonly Tipo[] = Object.freeze(['INICIAL', 'MODIFICACIÓN', 'CONCLUSIÓN'] as const);

export function isTipo(value: unknown): value is Tipo {
  return typeof value === 'string' && (TIPOS as readonly string[]).includes(value);
}

export function assertTipo(tipo: unknown): asserts tipo is Tipo {
  if (!isTipo(tipo)) throw new Error(`Tipo de declaración desconocido: ${JSON.stringify(tipo)}`);
}
