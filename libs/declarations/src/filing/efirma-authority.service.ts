import { Injectable } from '@nestjs/common';
import type { EfirmaAuthorityView } from '@veraz/contracts';
import { AuthoritiesService } from '@veraz/institutions';
import { verifyDetachedCms } from '@veraz/signing';
import { efirmaSignedContent } from './efirma';
import { FilingEfirmasRepository } from './efirma.repository';

/**
 * Was a filer's e.firma certificate issued by an authority the institution registered? Asked at
 * signing and again whenever a filing is shown or verified, against the authorities registered now,
 * as of the signing time. Runs in the caller's tenant context.
 */
@Injectable()
export class EfirmaAuthorityService {
  constructor(
    private readonly efirmas: FilingEfirmasRepository,
    private readonly authorities: AuthoritiesService,
  ) {}

  async forCertificate(cer: Buffer, signedAt: Date): Promise<EfirmaAuthorityView> {
    const { estado, explicacion } = await this.authorities.assess({ certificate: cer, at: signedAt });
    return { estado, explicacion };
  }

  /** Null when the filing was not signed with e.firma. */
  async forFiling(filing: { id: string; sha256: string }): Promise<EfirmaAuthorityView | null> {
    const row = await this.efirmas.findByFiling(filing.id);
    return row ? this.forStored(row, filing.sha256) : null;
  }

  /** A stored signature (`filing_efirmas`) of the filing whose hash is `sha256`. */
  forStored(efirma: { cms: Buffer; signedAt: Date }, sha256: string): Promise<EfirmaAuthorityView> {
    // The CMS carries the filer's certificate; without one, the chain check answers that it cannot be read.
    const { certificateDer } = verifyDetachedCms(efirma.cms, efirmaSignedContent(sha256));
    return this.forCertificate(certificateDer ?? Buffer.alloc(0), efirma.signedAt);
  }
}
