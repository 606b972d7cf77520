import type { DeclarationTipo } from '@veraz/contracts';

/** The dates a declaration's period is made of (a filing row, a draft, a generated filing). */
export interface ReportPeriod {
  fechaTomaPosesion: string | null;
  anioReportado: number | null;
  fechaConclusion: string | null;
}

/**
 * The date a declaration reports on (FilingFacts.fecha): the toma de posesión (INICIAL), 31 December of
 * the reported year (MODIFICACIÓN) or the conclusión (CONCLUSIÓN); null when the period lacks it. Its SQL
 * twin, for the scoring reads, is FECHA in scoring/scoring-facts.repository.ts.
 */
export function reportDate(tipo: DeclarationTipo, period: ReportPeriod): string | null {
  if (tipo === 'INICIAL') return period.fechaTomaPosesion;
  if (tipo === 'MODIFICACIÓN') return period.anioReportado === null ? null : `${period.anioReportado}-12-31`;
  return period.fechaConclusion;
}
