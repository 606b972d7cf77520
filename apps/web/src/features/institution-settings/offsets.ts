import { MAX_REMINDER_OFFSETS, REMINDER_OFFSET_RANGE } from '@veraz/contracts';

/** "30, 7, 1" → [30, 7, 1]; an empty text is no reminders. Non-numbers become NaN for the check below. */
export function parseOffsets(text: string): number[] {
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  return parts.map((part) => (/^\d+$/.test(part) ? Number(part) : Number.NaN));
}

export function formatOffsets(offsets: number[]): string {
  return offsets.join(', ');
}

/** The same rule the API applies, in the words the form shows (true when valid). */
export function checkOffsets(text: string): true | string {
  const offsets = parseOffsets(text);
  if (offsets.length > MAX_REMINDER_OFFSETS) return `Escribe como máximo ${MAX_REMINDER_OFFSETS} días.`;
  const { min, max } = REMINDER_OFFSET_RANGE;
  const bad = offsets.find((d) => !Number.isInteger(d) || d < min || d > max);
  if (bad !== undefined) return `Cada día debe ser un número entero entre ${min} y ${max}, separados por comas (p. ej. 30, 7, 1).`;
  const repeated = offsets.find((d, i) => offsets.indexOf(d) !== i);
  if (repeated !== undefined) return `El día ${repeated} está repetido.`;
  return true;
}
