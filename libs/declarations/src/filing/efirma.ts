import { DomainError, type EfirmaFilesRequest, type FieldError } from '@veraz/contracts';
import { checkEfirma, EfirmaError, signWithEfirma, type EfirmaCheck } from '@veraz/signing';

/**
 * The filer's optional e.firma (SAT FIEL) at submission.
 *
 * What is signed: the filing's SHA-256 as its 64-character lowercase hex string, as bytes (ASCII),
 * in a detached CMS. That is exactly the text the acuse prints under «Huella digital (SHA-256)», so
 * anyone holding the acuse and the CMS can check the signature without the declaration itself
 * (`openssl cms -verify -binary -content <(printf %s HASH) -inform DER -in firma.p7s -noverify -out /dev/null`),
 * and the hash in turn ties it to the filed document (SHA-256 of its RFC 8785 canonical JSON).
 *
 * The .key and its passphrase live only in memory for the request: neither is stored, logged,
 * audited nor put in a job. What is stored is the CMS (which carries the public certificate), the
 * certificate number and its expiry.
 */

/** Largest .cer or .key accepted (decoded). SAT files are about 1.3 KB. */
export const EFIRMA_MAX_FILE_BYTES = 16 * 1024;
export const EFIRMA_MAX_PASSPHRASE = 256;

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export const EFIRMA_NO_RFC_MESSAGE = 'Tu cuenta no tiene RFC con homoclave; no es posible firmar con e.firma.';

/** The e.firma did not pass the checks (passphrase, key and certificate, RFC, validity). */
export class EfirmaInvalidError extends DomainError {
  constructor(message: string) {
    super('EFIRMA_INVALIDA', 400, message, [{ path: 'efirma', message }]);
  }
}

/** The account lacks the RFC with homoclave the certificate has to match. */
export class EfirmaWithoutRfcError extends DomainError {
  constructor() {
    super('EFIRMA_SIN_RFC', 400, EFIRMA_NO_RFC_MESSAGE, [{ path: 'efirma', message: EFIRMA_NO_RFC_MESSAGE }]);
  }
}

/** The decoded files; kept in memory for the request only. */
export interface EfirmaFiles {
  cer: Buffer;
  key: Buffer;
  passphrase: string;
}

/** Shape problems of `efirma` in a sign request, in Spanish, never echoing the values. */
export function efirmaFieldErrors(value: unknown): FieldError[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [{ path: 'efirma', message: 'debe ser un objeto con cer, key y passphrase' }];
  }
  const v = value as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const [field, label] of [['cer', '.cer'], ['key', '.key']] as const) {
    const text = v[field];
    if (typeof text !== 'string' || text.length === 0) errors.push({ path: `efirma.${field}`, message: `adjunta el archivo ${label} en base64` });
    else if (!BASE64.test(text)) errors.push({ path: `efirma.${field}`, message: `el archivo ${label} debe venir codificado en base64` });
    else if (decodedLength(text) > EFIRMA_MAX_FILE_BYTES) errors.push({ path: `efirma.${field}`, message: `el archivo ${label} es demasiado grande (máximo 16 KB)` });
  }
  const passphrase = v.passphrase;
  if (typeof passphrase !== 'string' || passphrase.length === 0) errors.push({ path: 'efirma.passphrase', message: 'escribe la contraseña de tu llave privada' });
  else if (passphrase.length > EFIRMA_MAX_PASSPHRASE) errors.push({ path: 'efirma.passphrase', message: 'es demasiado larga (máximo 256 caracteres)' });
  return errors;
}

export function decodeEfirma(value: EfirmaFilesRequest): EfirmaFiles {
  return { cer: Buffer.from(value.cer, 'base64'), key: Buffer.from(value.key, 'base64'), passphrase: value.passphrase };
}

/**
 * Checks the e.firma against the filer's account: the key opens with the passphrase and matches the
 * certificate, the certificate's RFC is the account's RFC with homoclave, and it is valid at `at`.
 * Trust in the issuer (SAT) and revocation are not checked (see @veraz/signing).
 */
export function checkFilerEfirma(files: EfirmaFiles, filer: { rfc: string | null; homoclave: string | null }, at: Date): EfirmaCheck {
  const rfc = (filer.rfc ?? '').trim();
  const homoclave = (filer.homoclave ?? '').trim();
  if (rfc.length !== 10 || homoclave.length !== 3) throw new EfirmaWithoutRfcError();
  return asDomainError(() => checkEfirma({ ...files, expectedRfc: rfc + homoclave, at }));
}

/** The bytes the filer's CMS signs: the filing's SHA-256 hex string, as the acuse prints it. */
export function efirmaSignedContent(sha256: string): Buffer {
  return Buffer.from(sha256.trim().toLowerCase(), 'utf8');
}

/** Detached CMS (DER) of the filer over the filing's hash. */
export function signFilingHash(files: EfirmaFiles, sha256: string, signingTime: Date): Buffer {
  return asDomainError(() => signWithEfirma({ ...files, content: efirmaSignedContent(sha256), signingTime }));
}

function asDomainError<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof EfirmaError) throw new EfirmaInvalidError(error.message);
    throw error;
  }
}

function decodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}
