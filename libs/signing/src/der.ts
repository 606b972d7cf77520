/**
 * Minimal DER reader and writer: just what CMS, X.509 and PKCS#8 handling here needs.
 * The reader keeps byte offsets, so a parsed element can be re-used byte for byte
 * (signed attributes, issuer names, certificates) without re-encoding.
 */

export const TAG = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  PRINTABLE_STRING: 0x13,
  T61_STRING: 0x14,
  IA5_STRING: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  UNIVERSAL_STRING: 0x1c,
  BMP_STRING: 0x1e,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

export class DerError extends Error {}

export interface DerNode {
  tag: number;
  /** Offset of the tag byte in `buf`. */
  start: number;
  /** Offset of the first content byte. */
  contentStart: number;
  /** Offset just after the element. */
  end: number;
  buf: Buffer;
}

export function readDer(buf: Buffer, offset = 0, limit = buf.length): DerNode {
  if (offset + 2 > limit) throw new DerError('DER: truncated element');
  const tag = buf[offset];
  if ((tag & 0x1f) === 0x1f) throw new DerError('DER: high tag numbers are not supported');
  let pos = offset + 1;
  const first = buf[pos++];
  let length: number;
  if (first < 0x80) {
    length = first;
  } else {
    const count = first & 0x7f;
    if (count === 0) throw new DerError('DER: indefinite length is not DER');
    if (count > 4 || pos + count > limit) throw new DerError('DER: bad length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + buf[pos++];
  }
  const end = pos + length;
  if (end > limit) throw new DerError('DER: element runs past its container');
  return { tag, start: offset, contentStart: pos, end, buf };
}

/** Parses exactly one element occupying the whole buffer. */
export function parseDer(buf: Buffer): DerNode {
  const node = readDer(buf, 0);
  if (node.end !== buf.length) throw new DerError('DER: trailing bytes');
  return node;
}

export function content(node: DerNode): Buffer {
  return node.buf.subarray(node.contentStart, node.end);
}

export function raw(node: DerNode): Buffer {
  return node.buf.subarray(node.start, node.end);
}

export function isConstructed(node: DerNode): boolean {
  return (node.tag & 0x20) !== 0;
}

export function children(node: DerNode): DerNode[] {
  if (!isConstructed(node)) throw new DerError('DER: primitive element has no children');
  const out: DerNode[] = [];
  let pos = node.contentStart;
  while (pos < node.end) {
    const child = readDer(node.buf, pos, node.end);
    out.push(child);
    pos = child.end;
  }
  return out;
}

export function expectTag(node: DerNode | undefined, tag: number, what: string): DerNode {
  if (!node || node.tag !== tag) throw new DerError(`DER: expected ${what}`);
  return node;
}

export function decodeOid(node: DerNode): string {
  expectTag(node, TAG.OID, 'OBJECT IDENTIFIER');
  const bytes = content(node);
  if (bytes.length === 0) throw new DerError('DER: empty OID');
  const parts: number[] = [];
  let value = 0;
  for (const byte of bytes) {
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) {
      parts.push(value);
      value = 0;
    }
  }
  const first = parts.shift()!;
  const head = first < 40 ? [0, first] : first < 80 ? [1, first - 40] : [2, first - 80];
  return [...head, ...parts].join('.');
}

/** Decodes the string types used in X.509 names. */
export function decodeString(node: DerNode): string {
  const bytes = content(node);
  switch (node.tag) {
    case TAG.UTF8_STRING:
      return bytes.toString('utf8');
    case TAG.PRINTABLE_STRING:
    case TAG.IA5_STRING:
    case TAG.T61_STRING:
      return bytes.toString('latin1');
    case TAG.BMP_STRING: {
      const swapped = Buffer.from(bytes);
      swapped.swap16();
      return swapped.toString('utf16le');
    }
    case TAG.UNIVERSAL_STRING: {
      let s = '';
      for (let i = 0; i + 3 < bytes.length; i += 4) s += String.fromCodePoint(bytes.readUInt32BE(i));
      return s;
    }
    case TAG.BIT_STRING:
      // x500UniqueIdentifier is a BIT STRING in X.520; some CAs put text in it.
      return bytes.subarray(1).toString('latin1');
    default:
      throw new DerError('DER: not a string type');
  }
}

export function decodeTime(node: DerNode): Date {
  const text = content(node).toString('latin1');
  let m: RegExpMatchArray | null;
  let year: number;
  let rest: string;
  if (node.tag === TAG.UTC_TIME) {
    m = text.match(/^(\d{2})(.*)$/);
    if (!m) throw new DerError('DER: bad UTCTime');
    const yy = Number(m[1]);
    year = yy >= 50 ? 1900 + yy : 2000 + yy;
    rest = m[2];
  } else if (node.tag === TAG.GENERALIZED_TIME) {
    m = text.match(/^(\d{4})(.*)$/);
    if (!m) throw new DerError('DER: bad GeneralizedTime');
    year = Number(m[1]);
    rest = m[2];
  } else {
    throw new DerError('DER: expected a time');
  }
  const t = rest.match(/^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:\.(\d+))?(Z|[+-]\d{4})?$/);
  if (!t) throw new DerError('DER: bad time');
  const ms = t[6] ? Math.round(Number(`0.${t[6]}`) * 1000) : 0;
  let time = Date.UTC(year, Number(t[1]) - 1, Number(t[2]), Number(t[3]), Number(t[4]), Number(t[5] ?? 0), ms);
  if (t[7] && t[7] !== 'Z') {
    const sign = t[7][0] === '-' ? -1 : 1;
    time -= sign * (Number(t[7].slice(1, 3)) * 60 + Number(t[7].slice(3, 5))) * 60_000;
  }
  return new Date(time);
}

// ---------------------------------------------------------------- writer

function encodeLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export function tlv(tag: number, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([tag]), encodeLength(body.length), body]);
}

export const sequence = (...parts: Buffer[]): Buffer => tlv(TAG.SEQUENCE, ...parts);

/** DER SET OF: elements sorted by their encodings. */
export function setOf(...parts: Buffer[]): Buffer {
  return tlv(TAG.SET, ...[...parts].sort(Buffer.compare));
}

export function contextConstructed(tagNumber: number, ...parts: Buffer[]): Buffer {
  return tlv(0xa0 | tagNumber, ...parts);
}

export function encodeOid(oid: string): Buffer {
  const parts = oid.split('.').map((p) => {
    if (!/^\d+$/.test(p)) throw new DerError(`bad OID ${oid}`);
    return Number(p);
  });
  if (parts.length < 2) throw new DerError(`bad OID ${oid}`);
  const values = [parts[0] * 40 + parts[1], ...parts.slice(2)];
  const bytes: number[] = [];
  for (const value of values) {
    const chunk: number[] = [value & 0x7f];
    for (let n = Math.floor(value / 128); n > 0; n = Math.floor(n / 128)) chunk.unshift((n & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(TAG.OID, Buffer.from(bytes));
}

export function encodeInteger(value: number): Buffer {
  if (!Number.isInteger(value) || value < 0 || value > 0x7fffffff) throw new DerError('only small non-negative integers');
  const bytes: number[] = [];
  for (let n = value; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 0xff);
  if (bytes.length === 0 || bytes[0] & 0x80) bytes.unshift(0);
  return tlv(TAG.INTEGER, Buffer.from(bytes));
}

export const octetString = (bytes: Buffer): Buffer => tlv(TAG.OCTET_STRING, bytes);
export const derNull = (): Buffer => Buffer.from([TAG.NULL, 0]);

/** RFC 5652 §11.3: UTCTime for 1950–2049, GeneralizedTime otherwise; whole seconds, Zulu. */
export function encodeTime(date: Date): Buffer {
  const iso = new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString(); // YYYY-MM-DDTHH:MM:SS.000Z
  const digits = iso.slice(0, 19).replace(/[-T:]/g, '');
  const year = date.getUTCFullYear();
  if (year >= 1950 && year < 2050) return tlv(TAG.UTC_TIME, Buffer.from(`${digits.slice(2)}Z`, 'latin1'));
  return tlv(TAG.GENERALIZED_TIME, Buffer.from(`${digits}Z`, 'latin1'));
}
