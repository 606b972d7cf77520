import { Injectable } from '@nestjs/common';
import { AuditLog } from '@veraz/audit';
import {
  DomainError,
  NotFoundError,
  REVIEW_NOTE_LENGTH,
  REVIEW_STATES,
  ValidationError,
  type FilingReviewView,
  type ReviewerOption,
  type ReviewState,
  type UpdateReviewRequest,
} from '@veraz/contracts';
import { FilingsRepository } from '../repositories/filings.repository';
import { FilingReviewsRepository, type FilingReviewRow } from './filing-reviews.repository';

/**
 * The OIC's review of a filing: state, assignee and notes. Concurrent edits are refused, not merged:
 * a change carries the version it was based on and a stale one gets 409 (notes are append-only and
 * need no version). Every change is audited.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly reviews: FilingReviewsRepository,
    private readonly filings: FilingsRepository,
    private readonly audit: AuditLog,
  ) {}

  async get(filingId: string): Promise<FilingReviewView> {
    await this.requireFiling(filingId);
    return this.view(filingId, await this.reviews.find(filingId));
  }

  async update(actorUserId: string, filingId: string, change: UpdateReviewRequest): Promise<FilingReviewView> {
    await this.requireFiling(filingId);
    const current = await this.reviews.find(filingId);
    const state: ReviewState = change.state ?? current?.state ?? 'SIN_REVISAR';
    if (!REVIEW_STATES.includes(state)) throw new ValidationError([{ path: 'state', message: `debe ser uno de: ${REVIEW_STATES.join(', ')}` }]);
    const assigneeId = change.assigneeId === undefined ? (current?.assigneeId ?? null) : change.assigneeId;
    if (assigneeId && assigneeId !== current?.assigneeId && !(await this.reviews.reviewers()).some((r) => r.userId === assigneeId)) {
      throw new ValidationError([{ path: 'assigneeId', message: 'debe ser un miembro de la institución con rol de revisión o administración' }]);
    }
    if (!(await this.reviews.save(filingId, change.version, state, assigneeId, actorUserId))) {
      throw new DomainError('REVISION_MODIFICADA', 409, 'Otra persona cambió esta revisión mientras la veías. Vuelve a cargarla y repite tu cambio.');
    }
    const before = { state: current?.state ?? 'SIN_REVISAR', assigneeId: current?.assigneeId ?? null };
    if (state !== before.state) {
      await this.audit.record({ action: 'review.state_changed', actorUserId, targetType: 'filing', targetId: filingId, details: { before: before.state, after: state } });
    }
    if (assigneeId !== before.assigneeId) {
      await this.audit.record({ action: 'review.assigned', actorUserId, targetType: 'filing', targetId: filingId, details: { before: before.assigneeId, after: assigneeId } });
    }
    return this.get(filingId);
  }

  async addNote(actorUserId: string, filingId: string, body: unknown): Promise<FilingReviewView> {
    const { min, max } = REVIEW_NOTE_LENGTH;
    const text = typeof body === 'string' ? body.trim() : '';
    if (text.length < min || text.length > max) throw new ValidationError([{ path: 'texto', message: `escribe la nota (de ${min} a ${max} caracteres)` }]);
    await this.requireFiling(filingId);
    const id = await this.reviews.addNote(filingId, actorUserId, text);
    // The note's text stays in the review, not in the audit chain.
    await this.audit.record({ action: 'review.note_added', actorUserId, targetType: 'filing', targetId: filingId, details: { noteId: id } });
    return this.get(filingId);
  }

  async reviewers(): Promise<ReviewerOption[]> {
    return (await this.reviews.reviewers()).map((r) => ({ userId: r.userId, nombreCompleto: r.name }));
  }

  private async requireFiling(filingId: string): Promise<void> {
    if (!(await this.filings.findById(filingId))) throw new NotFoundError('No se encontró la declaración presentada.');
  }

  private async view(filingId: string, row: FilingReviewRow | null): Promise<FilingReviewView> {
    const notes = await this.reviews.notes(filingId);
    return {
      filingId,
      state: row?.state ?? 'SIN_REVISAR',
      assignee: row?.assigneeId ? { userId: row.assigneeId, nombreCompleto: row.assigneeName ?? '' } : null,
      version: row?.version ?? 0,
      updatedAt: row?.updatedAt.toISOString() ?? null,
      notes: notes.map((n) => ({ id: n.id, author: { userId: n.authorId, nombreCompleto: n.authorName }, body: n.body, createdAt: n.createdAt.toISOString() })),
    };
  }
}
