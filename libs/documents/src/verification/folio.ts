/**
 * A folio is `SLUG-YYYY-NNNNNN`: the institution's slug in capitals, the year of filing (Mexico City)
 * and its sequence number in that institution and year. The slug itself may contain hyphens.
 */
const FOLIO = /^([A-Z0-9](?:[A-Z0-9-]{0,38}[A-Z0-9])?)-(\d{4})-(\d{6,9})$/;
/** A requerimiento's folio: `SLUG-REQ-YYYY-NNNNNN`, its own series next to the filings'. */
const REQUERIMIENTO_FOLIO = /^([A-Z0-9](?:[A-Z0-9-]{0,38}[A-Z0-9])?)-REQ-(\d{4})-(\d{6,9})$/;

/**
 * An aviso por cambio de ente público has its own series, `SLUG-YYYY-AV-NNNNNN`: the letters sit
 * after the year, so no slug can make a filing's folio read as an aviso's or the other way round.
 */
const AVISO_FOLIO = /^([A-Z0-9](?:[A-Z0-9-]{0,38}[A-Z0-9])?)-(\d{4})-AV-(\d{6,9})$/;

export interface ParsedFolio {
  /** The folio as stored (upper case). */
  folio: string;
  /** The institution's slug (lower case), to find its tenant. */
  slug: string;
  /** What the folio names: a filing, a requerimiento or an aviso por cambio de ente público. */
  kind: 'declaracion' | 'requerimiento' | 'aviso';
}

/** Reads a folio typed or scanned by anyone; null when it cannot be one. */
export function parseFolio(input: unknown): ParsedFolio | null {
  if (typeof input !== 'string') return null;
  const folio = input.trim().toUpperCase();
  const r = REQUERIMIENTO_FOLIO.exec(folio);
  if (r) return { folio, slug: r[1].toLowerCase(), kind: 'requerimiento' };
  const aviso = AVISO_FOLIO.exec(folio);
  if (aviso) return { folio, slug: aviso[1].toLowerCase(), kind: 'aviso' };
  const m = FOLIO.exec(folio);
  return m ? { folio, slug: m[1].toLowerCase(), kind: 'declaracion' } : null;
}

/** A SHA-256 as people copy it: 64 hexadecimal characters, any case, spaces or colons ignored. */
export function normalizeSha256(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const hex = input.replace(/[\s:]/g, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}
