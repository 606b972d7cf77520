import { Injectable } from '@nestjs/common';
import type { SqlPart } from '@veraz/tenancy';
import { projectPublic, PROJECTION_RULES_VERSION, privacyViolations, publicMetadata, type S1ItemLike } from '@veraz/projection';
import { publicationColumns } from './publication-columns';
import { PublicationsRepository, type FilingToPublish, type PublicationInput } from './publications.repository';

export type { PublicationInput } from './publications.repository';

/** The latest version of one declaration, as the signing and reservation code knows it. */
export interface LatestFiling extends FilingToPublish {
  /** When it became public, for the change feed: the filing time, or now when a reservation is lifted. */
  publishedAt?: Date;
  /** Never published before (a first filing, not a correction): appended without looking for a row to replace. */
  firstVersion?: boolean;
}

/**
 * Keeps the S1 publication of each declaration in step with its latest filing, in the same
 * transaction as the change: the public projection is computed once here and stored, and a
 * reserved declaration is withdrawn.
 */
@Injectable()
export class PublicationService {
  constructor(private readonly publications: PublicationsRepository) {}

  /**
   * `prepared` is `prepare(latest)` computed earlier (signing does it before it locks the folio
   * counter, since the projection is the expensive part).
   */
  async sync(latest: LatestFiling, prepared?: PublicationInput): Promise<'published' | 'withdrawn'> {
    if (latest.reserved) {
      await this.publications.remove(latest.s1Id);
      return 'withdrawn';
    }
    const publication = prepared ?? publicationOf(latest);
    if (latest.firstVersion) await this.publications.insertNew([publication]);
    else await this.publications.upsert(publication);
    return 'published';
  }

  /**
   * `sync` of a first, public version as parts of the caller's statement (signing writes it with the
   * filing, in its last statement); null when `sync` must run instead (a correction or a reserved filing).
   */
  newPublicationParts(latest: LatestFiling, prepared: PublicationInput | null): SqlPart[] | null {
    if (latest.reserved || !latest.firstVersion || !prepared) return null;
    return this.publications.insertNewParts(prepared);
  }

  /** The public projection of a filing and its S1 columns, checked against the privacy rules; nothing is stored. */
  prepare(latest: LatestFiling): PublicationInput {
    return publicationOf(latest);
  }

  /**
   * `prepare(latest)` for the same filing at another time of filing, from what was prepared at the first
   * one: only the publication time and the metadata (copied as is by the projection) differ, so the
   * sections are not projected and checked again (signing re-times under the folio's lock).
   */
  retimed(prepared: PublicationInput, latest: LatestFiling): PublicationInput {
    const metadata = publicMetadata((latest.document as unknown as S1ItemLike).metadata);
    return { ...prepared, publishedAt: latest.publishedAt ?? latest.filedAt, document: { ...(prepared.document as Record<string, unknown>), metadata } };
  }

  /** Publishes declarations filed for the first time (each `prepare`d), in one step (bulk loads of generated data). */
  async publishNew(publications: PublicationInput[]): Promise<void> {
    await this.publications.insertNew(publications);
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
