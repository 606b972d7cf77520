import type { ObligationState } from './obligations';

/**
 * The comptroller's dashboard: obligations counted by state, by área and by due month, and the
 * May (modificación) on-time rate. States are as of the clock's today: a pending obligation whose
 * due date has passed counts as omisa even before the engine's next recompute.
 */
export type StateCounts = Record<ObligationState, number>;

export interface DashboardView {
  /** The Mexico City date the counts are judged on (YYYY-MM-DD). */
  today: string;
  total: number;
  byState: StateCounts;
  /** Áreas de adscripción, largest first; `area` is null for people without one. */
  byArea: Array<{ area: string | null; counts: StateCounts; total: number }>;
  /** The twelve due months of today's year (YYYY-MM). */
  byMonth: Array<{ month: string; counts: StateCounts; total: number }>;
  may: MayRateView;
}

/** The modificación declarations due on 31 May of today's year (reporting the year before). */
export interface MayRateView {
  year: number;
  dueDate: string;
  /** Obligations due that May. */
  due: number;
  onTime: number;
  late: number;
  omisas: number;
  pending: number;
  /** onTime / due, 0..1; null when nothing is due. */
  onTimeRate: number | null;
  /** 'ANTES' before 1 May, 'EN_CURSO' during May, 'CERRADO' after 31 May. */
  phase: 'ANTES' | 'EN_CURSO' | 'CERRADO';
}

/** What the OIC exports: omisos, extemporáneos and the requerimientos issued. */
export const EXPORT_KINDS = ['omisos', 'extemporaneos', 'requerimientos'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_KIND_LABELS: Record<ExportKind, string> = {
  omisos: 'Omisos',
  extemporaneos: 'Extemporáneos',
  requerimientos: 'Requerimientos',
};
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
