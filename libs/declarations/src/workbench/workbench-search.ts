/**
 * What a reviewer typed in the search box, read as the one key it can be: a CURP, an RFC (10
 * characters, or 13 with homoclave), or else a folio prefix / words of the filer's name in any order.
 */
export type WorkbenchSearch =
  | { kind: 'curp'; curp: string }
  | { kind: 'rfc'; rfc: string; homoclave: string | null }
  | { kind: 'text'; folio: string; words: string[] };

const CURP = /^[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d$/;
const RFC = /^([A-ZÑ&]{4}\d{6})([A-Z0-9]{3})?$/;

export function parseWorkbenchSearch(raw: string | undefined): WorkbenchSearch | null {
  const text = raw?.trim();
  if (!text) return null;
  const compact = text.toUpperCase().replace(/[\s-]/g, '');
  if (CURP.test(compact)) return { kind: 'curp', curp: compact };
  const rfc = RFC.exec(compact);
  if (rfc) return { kind: 'rfc', rfc: rfc[1]!, homoclave: rfc[2] ?? null };
  return { kind: 'text', folio: text.toUpperCase(), words: foldName(text).split(/\s+/).filter(Boolean) };
}

/** Lower case without Spanish accents: the same folding as the name index (translate … 'áéíóúüñ'). */
export function foldName(text: string): string {
  return text.toLowerCase().replace(/[áéíóúüñ]/g, (c) => FOLDED[c] ?? c);
}

const FOLDED: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u', ü: 'u', ñ: 'n' };
