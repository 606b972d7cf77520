import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { PDFObject, Signer, SignPdfError, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { verifyCms } from './cms';
import { PdfSigner } from './pdf-signer';
import { OID, readCertificate, sha256Hex, subjectAttribute } from './x509';

export interface SignPdfOptions {
  reason: string;
  location?: string;
  contactInfo?: string;
  signingTime?: Date;
}

/** Bridges our PdfSigner to @signpdf's Signer base class (SignPdf checks `instanceof`). */
class SignpdfSignerAdapter extends Signer {
  constructor(
    private readonly inner: PdfSigner,
    private readonly signingTime: Date,
  ) {
    super();
  }

  override async sign(content: Buffer): Promise<Buffer> {
    return this.inner.sign(content, this.signingTime);
  }
}

const INITIAL_SIGNATURE_LENGTH = 8192; // bytes of DER; one RSA-2048 certificate gives about 1.8 KB

/** One function to seal a PDF (PAdES, SubFilter ETSI.CAdES.detached): placeholder-plain + the signer. */
export async function signPdf(pdf: Buffer, signer: PdfSigner, options: SignPdfOptions): Promise<Buffer> {
  const signingTime = options.signingTime ?? new Date();
  // PDFObject.convert inserts any value containing '<<' verbatim as a dictionary: keep text text.
  const text = (value: string) => value.replace(/<</g, '< <');
  const fields = {
    reason: text(options.reason),
    contactInfo: text(options.contactInfo ?? ''),
    name: text(signer.signerName),
    location: text(options.location ?? ''),
  };
  let signatureLength = INITIAL_SIGNATURE_LENGTH;
  for (let attempt = 0; ; attempt++) {
    const withPlaceholder = repairTextStrings(
      plainAddPlaceholder({
        pdfBuffer: pdf,
        ...fields,
        signingTime,
        signatureLength,
        subFilter: SUBFILTER_ETSI_CADES_DETACHED,
      }),
      pdf.length,
      fields,
    );
    try {
      return await new SignPdf().sign(withPlaceholder, new SignpdfSignerAdapter(signer, signingTime));
    } catch (error) {
      // A long certificate chain (or, later, a timestamp) may not fit: retry once with the size it needs.
      const m = error instanceof SignPdfError ? error.message.match(/exceeds placeholder length: (\d+)/) : null;
      if (!m || attempt > 0) throw error;
      signatureLength = Number(m[1]) / 2 + 2048;
    }
  }
}

/**
 * placeholder-plain writes the new objects with `Buffer.from(string)` (UTF-8) although PDFObject has produced a
 * binary string of UTF-16BE bytes for text with non-ASCII characters: "Declaración" would reach the PDF mangled.
 * Put the right bytes back, padded with spaces to the same length so no offset moves.
 */
function repairTextStrings(pdf: Buffer, appendedFrom: number, fields: Record<string, string>): Buffer {
  const keys: Record<string, string> = { reason: 'Reason', contactInfo: 'ContactInfo', name: 'Name', location: 'Location' };
  let out = pdf;
  for (const [field, value] of Object.entries(fields)) {
    if (!/[^\x00-\x7f]/.test(value)) continue;
    const literal = PDFObject.convert(new String(value)) as string;
    const mangled = Buffer.from(`/${keys[field]} ${literal}`, 'utf8');
    const correct = Buffer.from(`/${keys[field]} ${literal}`, 'latin1');
    const at = out.indexOf(mangled, Math.max(0, appendedFrom - 1));
    if (at < 0) {
      if (out.indexOf(correct, Math.max(0, appendedFrom - 1)) >= 0) continue; // already right (a fixed placeholder-plain)
      throw new Error(`signPdf: could not find the /${keys[field]} entry in the signature dictionary`);
    }
    const replacement = Buffer.concat([correct, Buffer.alloc(mangled.length - correct.length, 0x20)]);
    out = Buffer.concat([out.subarray(0, at), replacement, out.subarray(at + mangled.length)]);
  }
  return out;
}

// ---------------------------------------------------------------- verification

export interface PdfSignatureCheck {
  signed: boolean;
  valid: boolean;
  coversWholeDocument: boolean;
  signerName: string | null;
  signingTime: Date | null;
  certificateSha256: string | null;
  reason: string | null;
}

/**
 * Pure JS verification of the (last) signature: ByteRange covers the whole file but the /Contents hole, CMS digest
 * matches, signature verifies with the embedded certificate.
 *
 * `valid` is about what the signature covers (the hole is exactly the /Contents string, the digest matches, the
 * signature and the ESS certificate hash verify); `coversWholeDocument` says nothing was appended after signing.
 * A sealed document is intact only when both are true. Trust in the certificate is not evaluated here.
 */
export function checkPdfSignature(pdf: Buffer): PdfSignatureCheck {
  const result: PdfSignatureCheck = {
    signed: false,
    valid: false,
    coversWholeDocument: false,
    signerName: null,
    signingTime: null,
    certificateSha256: null,
    reason: null,
  };
  const text = pdf.toString('latin1');
  let last: RegExpExecArray | null = null;
  const re = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  if (!last) return result;
  result.signed = true;

  const [a, b, c, d] = last.slice(1, 5).map(Number);
  const holeStart = a + b;
  const structureOk = a + b <= c && c + d <= pdf.length && c - holeStart >= 2;
  const hole = structureOk ? text.slice(holeStart, c) : '';
  const holeIsContents =
    structureOk &&
    /^<[0-9A-Fa-f\s]*>$/.test(hole) &&
    /\/Contents\s*$/.test(text.slice(Math.max(0, holeStart - 32), holeStart));
  result.coversWholeDocument = holeIsContents && a === 0 && c + d === pdf.length;

  const dict = signatureDictionary(text, last.index, holeIsContents ? [holeStart, c] : null);
  result.reason = dict ? readTextEntry(dict, 'Reason') : null;
  const mDate = dict ? readTextEntry(dict, 'M') : null;

  if (holeIsContents) {
    let hex = hole.slice(1, -1).replace(/\s+/g, '');
    if (hex.length % 2) hex += '0';
    const cms = Buffer.from(hex, 'hex');
    const signedContent = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
    const verification = verifyCms(cms, signedContent);
    result.valid = verification.valid;
    result.signingTime = verification.signingTime;
    if (verification.certificateDer) {
      result.certificateSha256 = sha256Hex(verification.certificateDer);
      try {
        result.signerName = subjectAttribute(readCertificate(verification.certificateDer), OID.commonName);
      } catch {
        result.signerName = null;
      }
    }
  }
  if (!result.signingTime && mDate) result.signingTime = parsePdfDate(mDate);
  if (!result.signerName && dict) result.signerName = readTextEntry(dict, 'Name');
  return result;
}

/** The text of the indirect object holding the signature dictionary, with the /Contents hole blanked. */
function signatureDictionary(text: string, byteRangeAt: number, hole: [number, number] | null): string | null {
  const start = text.lastIndexOf(' obj', byteRangeAt);
  const end = text.indexOf('endobj', byteRangeAt);
  if (start < 0 || end < 0) return null;
  if (hole && hole[0] > start && hole[1] < end) {
    return text.slice(start, hole[0]) + '<>' + text.slice(hole[1], end);
  }
  return text.slice(start, end);
}

/** Reads a text string entry (literal or hex) of a dictionary given as latin1 text. */
function readTextEntry(dict: string, key: string): string | null {
  const re = new RegExp(`/${key}(?![A-Za-z0-9])\\s*([(<])`);
  const m = re.exec(dict);
  if (!m) return null;
  const open = m.index + m[0].length - 1;
  const bytes = m[1] === '(' ? readLiteralString(dict, open) : readHexString(dict, open);
  return bytes ? decodeTextString(bytes) : null;
}

function readLiteralString(text: string, open: number): Buffer | null {
  const out: number[] = [];
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      const next = text[++i];
      const simple: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
      if (next in simple) out.push(simple[next]);
      else if (/[0-7]/.test(next)) {
        let oct = next;
        while (oct.length < 3 && /[0-7]/.test(text[i + 1])) oct += text[++i];
        out.push(parseInt(oct, 8) & 0xff);
      } else if (next === '\r') {
        if (text[i + 1] === '\n') i++;
      } else if (next !== '\n') out.push(next.charCodeAt(0));
      continue;
    }
    if (ch === '(') {
      if (depth++ === 0) continue;
    } else if (ch === ')') {
      if (--depth === 0) return Buffer.from(out);
    }
    out.push(ch.charCodeAt(0) & 0xff);
  }
  return null;
}

function readHexString(text: string, open: number): Buffer | null {
  const close = text.indexOf('>', open);
  if (close < 0) return null;
  let hex = text.slice(open + 1, close).replace(/\s+/g, '');
  if (!/^[0-9A-Fa-f]*$/.test(hex)) return null;
  if (hex.length % 2) hex += '0';
  return Buffer.from(hex, 'hex');
}

/** PDF text strings: UTF-16BE with BOM, UTF-8 with BOM (PDF 2.0), else PDFDocEncoding (read as Latin-1). */
function decodeTextString(bytes: Buffer): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const le = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)));
    le.swap16();
    return le.toString('utf16le');
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  return bytes.toString('latin1');
}

function parsePdfDate(value: string): Date | null {
  const m = value.match(/^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/);
  if (!m) return null;
  const n = (s: string | undefined, dflt: number) => (s === undefined ? dflt : Number(s));
  let time = Date.UTC(Number(m[1]), n(m[2], 1) - 1, n(m[3], 1), n(m[4], 0), n(m[5], 0), n(m[6], 0));
  if (m[7] && m[7] !== 'Z') {
    const digits = m[7].replace(/'/g, '');
    const sign = digits[0] === '-' ? -1 : 1;
    time -= sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * 60_000;
  }
  return new Date(time);
}
