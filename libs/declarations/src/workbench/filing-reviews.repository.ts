import { Injectable } from '@nestjs/common';
import type { ReviewState } from '@veraz/contracts';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext } from '@veraz/tenancy';

export interface FilingReviewRow {
  filingId: string;
  state: ReviewState;
  assigneeId: string | null;
  assigneeName: string | null;
  version: number;
  updatedAt: Date;
}

export interface ReviewNoteRow {
  id: string;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: Date;
}

export interface ReviewerRow {
  userId: string;
  name: string;
}

const FULL_NAME = (t: string) => `concat_ws(' ', ${t}.nombre, ${t}.primer_apellido, ${t}.segundo_apellido)`;

const REVIEW = defineColumns<FilingReviewRow>({
  filingId: col.text('r.filing_id'),
  state: col.value('r.state'),
  assigneeId: col.textOrNull('r.assignee_id'),
  assigneeName: col.textOrNull(`CASE WHEN a.id IS NULL THEN NULL ELSE ${FULL_NAME('a')} END`),
  version: col.number('r.version'),
  updatedAt: col.value('r.updated_at'),
});

const NOTE = defineColumns<ReviewNoteRow>({
  id: col.text('n.id'),
  authorId: col.text('n.author_id'),
  authorName: col.text(FULL_NAME('u')),
  body: col.text('n.body'),
  createdAt: col.value('n.created_at'),
});

/** The OIC's review of each filing (one row, versioned) and its append-only notes. */
@Injectable()
export class FilingReviewsRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  private query<T = Record<string, unknown>>(sql: string, params: unknown[]): Promise<T[]> {
    return sqlRows<T>(this.tx.manager(), sql, params);
  }

  async find(filingId: string): Promise<FilingReviewRow | null> {
    const rows = await this.query(
      `SELECT ${REVIEW.select} FROM filing_reviews r LEFT JOIN users a ON a.id = r.assignee_id
        WHERE r.filing_id = $1 AND r.institution_id = $2`,
      [filingId, this.tenant.institutionId()],
    );
    return REVIEW.readFirst(rows);
  }

  /**
   * Writes the review if it is still at `expectedVersion` (0: never reviewed). False when someone
   * else changed it first; the row is locked until the transaction ends.
   */
  async save(filingId: string, expectedVersion: number, state: ReviewState, assigneeId: string | null, actorUserId: string): Promise<boolean> {
    const institutionId = this.tenant.institutionId();
    const rows =
      expectedVersion === 0
        ? await this.query(
            `INSERT INTO filing_reviews (filing_id, institution_id, state, assignee_id, updated_by) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (filing_id, institution_id) DO NOTHING RETURNING filing_id`,
            [filingId, institutionId, state, assigneeId, actorUserId],
          )
        : await this.query(
            `UPDATE filing_reviews SET state = $3, assignee_id = $4, updated_by = $5, updated_at = now(), version = version + 1
              WHERE filing_id = $1 AND institution_id = $2 AND version = $6 RETURNING filing_id`,
            [filingId, institutionId, state, assigneeId, actorUserId, expectedVersion],
          );
    return rows.length === 1;
  }

  async notes(filingId: string): Promise<ReviewNoteRow[]> {
    const rows = await this.query(
      `SELECT ${NOTE.select} FROM filing_review_notes n JOIN users u ON u.id = n.author_id
        WHERE n.filing_id = $1 AND n.institution_id = $2 ORDER BY n.created_at, n.id`,
      [filingId, this.tenant.institutionId()],
    );
    return rows.map((r) => NOTE.read(r));
  }

  async addNote(filingId: string, authorId: string, body: string): Promise<string> {
    const rows = await this.query<{ id: string }>(
      `INSERT INTO filing_review_notes (institution_id, filing_id, author_id, body) VALUES ($1, $2, $3, $4) RETURNING id`,
      [this.tenant.institutionId(), filingId, authorId, body],
    );
    return rows[0]!.id;
  }

  /** Members who may review: active REVISOR or ADMIN_INSTITUCION of the current institution. */
  async reviewers(): Promise<ReviewerRow[]> {
    const rows = await this.query<{ user_id: string; name: string }>(
      `SELECT m.user_id, ${FULL_NAME('u')} AS name FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.institution_id = $1 AND m.deactivated_at IS NULL AND m.roles && ARRAY['REVISOR', 'ADMIN_INSTITUCION']
        ORDER BY u.primer_apellido, u.nombre`,
      [this.tenant.institutionId()],
    );
    return rows.map((r) => ({ userId: r.user_id, name: r.name }));
  }
}
