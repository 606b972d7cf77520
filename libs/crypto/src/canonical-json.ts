import canonicalizeImpl from 'canonicalize';

/**
 * RFC 8785 (JSON Canonicalization Scheme): the same data always yields the same bytes,
 * so hashes over JSON (audit chain, filings) can be recomputed by anyone.
 */
export function canonicalJson(value: unknown): string {
  const out = (canonicalizeImpl as unknown as (v: unknown) => string | undefined)(value);
  if (out === undefined) throw new Error('value cannot be canonicalized');
  return out;
}
