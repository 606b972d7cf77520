import type { DeclarationTipo, FilingSummary } from './declarations';
import type { WorkbenchSort } from './integrity';
import type { ObligationState } from './obligations';

/**
 * The OIC's review of a filing (reviewer workbench): its states, notes and assignee. Codes are stored
 * as they are here; the labels are what reviewers read.
 */
export const REVIEW_STATES = ['SIN_REVISAR', 'EN_REVISION', 'CON_OBSERVACIONES', 'CONCLUIDA'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  SIN_REVISAR: 'Sin revisar',
  EN_REVISION: 'En revisión',
  CON_OBSERVACIONES: 'Con observaciones',
  CONCLUIDA: 'Concluida',
};

export const REVIEW_NOTE_LENGTH = { min: 1, max: 4000 } as const;

/** The declaration's format, as the list filter names it. */
export const FILING_FORMATS = ['completa', 'simplificada'] as const;
export type FilingFormat = (typeof FILING_FORMATS)[number];
export const FILING_FORMAT_LABELS: Record<FilingFormat, string> = { completa: 'Completa', simplificada: 'Simplificada' };

/** Obligation states a filing can have met an obligation with. */
export const MET_OBLIGATION_STATES = ['PRESENTADA_EN_TIEMPO', 'PRESENTADA_EXTEMPORANEA'] as const satisfies readonly ObligationState[];
export type MetObligationState = (typeof MET_OBLIGATION_STATES)[number];

/** Filters of the reviewer's filings list (all optional, combined with AND). */
export interface WorkbenchFilters {
  /** Folio prefix, the filer's name in any word order, a CURP or an RFC (with or without homoclave). */
  q?: string;
  tipo?: DeclarationTipo;
  /** Year the filing was presented (Mexico City). */
  anio?: number;
  /** Year a MODIFICACIÓN reports. */
  anioReportado?: number;
  /** The filer's área de adscripción in the roster (padrón). */
  area?: string;
  formato?: FilingFormat;
  estadoObligacion?: MetObligationState;
  estadoRevision?: ReviewState;
  /** Only filings assigned to this reviewer (user id). */
  asignadoA?: string;
  /** `recientes` (default): newest first; `riesgo`: highest score under the current thresholds first. */
  orden?: WorkbenchSort;
}

/** A row of the reviewer's list: the filing plus what the workbench adds. */
export interface WorkbenchFilingSummary extends FilingSummary {
  area: string | null;
  reviewState: ReviewState;
  assignee: { userId: string; nombreCompleto: string } | null;
  obligationState: MetObligationState | null;
  /** The filing's score under the institution's current thresholds; null until it is scored. */
  risk: { score: number; flagCount: number; thresholdVersion: number } | null;
}

export interface ReviewNoteView {
  id: string;
  author: { userId: string; nombreCompleto: string };
  body: string;
  createdAt: string;
}

export interface FilingReviewView {
  filingId: string;
  state: ReviewState;
  assignee: { userId: string; nombreCompleto: string } | null;
  /** Send back in PUT to change the review; 0 while the filing has never been reviewed. */
  version: number;
  updatedAt: string | null;
  /** Oldest first; notes are never edited or deleted. */
  notes: ReviewNoteView[];
}

export interface UpdateReviewRequest {
  version: number;
  state?: ReviewState;
  /** A member with REVISOR or ADMIN_INSTITUCION; null leaves the review unassigned. */
  assigneeId?: string | null;
}

/** Who a review can be assigned to. */
export interface ReviewerOption {
  userId: string;
  nombreCompleto: string;
}
