import { Injectable } from '@nestjs/common';
import { projectPublic, PROJECTION_RULES_VERSION, privacyViolations } from '@veraz/projection';
import { publicationColumns } from './publication-columns';
import { PublicationsRepository, type PublicationInput } from './publications.repository';

/** The latest version of one declaration, as the signing and reservation code knows it. */
export interface LatestFiling {
  filingId: string;
  s1Id: string;
  filedAt: Date;
  tipo: string;
  reserved: boolean;
  document: Record<string, unknown>;
  /** When it became public, for the change feed: the filing time, or now when a reservation is lifted. */
  publishedAt?: Date;
}

/**
 * Keeps the S1 publication of each declaration in step with its latest filing, in the same
 * transaction as the change: the public projection is computed once here and stored, and a
 * reserved declaration is withdrawn.
 */
@Injectable()
export class PublicationService {
  constructor(private readonly publications: PublicationsRepository) {}

  async sync(latest: LatestFiling): Promise<'published' | 'withdrawn'> {
    if (latest.reserved) {
      await this.publications.remove(latest.s1Id);
      return 'withdrawn';
    }
    await this.publications.upsert(publicationOf(latest));
    return 'published';
  }

  /** Publishes declarations filed for the first time, in one step (bulk loads of generated data). */
  async publishNew(filings: LatestFiling[]): Promise<void> {
    await this.publications.insertNew(filings.filter((f) => !f.reserved).map(publicationOf));
  }

  /** Recomputes publications made with older projection rules (or every one with `all`). */
  async rebuild(options: { all?: boolean } = {}): Promise<number> {
    const stale = await this.publications.latestFilings({ olderThanRules: options.all ? undefined : PROJECTION_RULES_VERSION });
    for (const filing of stale) await this.sync(filing);
    return stale.length;
  }
}

function publicationOf(latest: LatestFiling): PublicationInput {
  const document = projectPublic(latest.document as never) as unknown as Record<string, unknown>;
  // A last guard: a projection bug must stop the filing rather than publish private data.
  const violations = privacyViolations(document);
  if (violations.length) throw new Error(`public projection of ${latest.s1Id} breaks the privacy rules at ${violations.slice(0, 3).join(', ')}`);
  return {
    s1Id: latest.s1Id,
    filingId: latest.filingId,
    publishedAt: latest.publishedAt ?? latest.filedAt,
    tipo: latest.tipo,
    rulesVersion: PROJECTION_RULES_VERSION,
    document,
    columns: publicationColumns(document),
  };
}
