import { KeyObject } from 'node:crypto';
import { buildDetachedCms } from './cms';
import { LoadedP12, loadP12 } from './p12';
import { OID, readCertificate, subjectAttribute } from './x509';

/** Anything that can produce a detached CMS (CAdES) signature over bytes: a P12 file now, an HSM/KMS later. */
export interface PdfSigner {
  /** DER-encoded CMS SignedData (detached) over `content`, with signed attributes contentType, messageDigest, signingTime and ESS signing-certificate-v2 (RFC 5035). */
  sign(content: Buffer, signingTime: Date): Promise<Buffer>;
  /** Subject common name of the signing certificate (for the placeholder's Name). */
  readonly signerName: string;
}

/** Signs with a private key held in memory and its certificate (DER), embedding the chain given. */
export class KeyPdfSigner implements PdfSigner {
  readonly signerName: string;

  constructor(
    private readonly privateKey: KeyObject,
    private readonly certificate: Buffer,
    private readonly chain: Buffer[] = [],
  ) {
    const info = readCertificate(certificate);
    this.signerName = subjectAttribute(info, OID.commonName) ?? subjectAttribute(info, OID.organization) ?? '';
  }

  async sign(content: Buffer, signingTime: Date): Promise<Buffer> {
    return buildDetachedCms({ content, certificate: this.certificate, chain: this.chain, privateKey: this.privateKey, signingTime });
  }
}

/** A PdfSigner backed by a PKCS#12 file. Throws P12Error (Spanish message) on a wrong passphrase or a file without a usable key. */
export class P12PdfSigner extends KeyPdfSigner {
  constructor(p12: Buffer, passphrase: string) {
    const loaded: LoadedP12 = loadP12(p12, passphrase);
    super(loaded.privateKey, loaded.certificate, loaded.chain);
  }
}
