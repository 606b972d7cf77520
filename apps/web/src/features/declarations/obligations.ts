import type { DeclarationSummary, DeclarationTipo, FilingSummary } from '@veraz/contracts';
import { declarationPaths } from './DeclarationContext';
import { mexicoToday } from './labels';

/** A declaration the filer appears to owe, derived from their own record (there is no roster yet). */
export interface Obligation {
  tipo: Extract<DeclarationTipo, 'INICIAL' | 'MODIFICACIÓN'>;
  title: string;
  /** MODIFICACIÓN: the year it reports. */
  anioReportado?: number;
  /** MODIFICACIÓN: last day to file it (YYYY-MM-DD), 31 May of the following year. */
  deadline?: string;
  /** The start page with the tipo and period preselected. */
  startPath: string;
}

export interface ObligationInput {
  declarations: DeclarationSummary[];
  /** The filer's own filings. */
  filings: FilingSummary[];
  now: Date;
}

/** The start page with the tipo (and year) already chosen. */
export function startPathFor(tipo: DeclarationTipo, anioReportado?: number): string {
  const query = new URLSearchParams({ tipo });
  if (anioReportado !== undefined) query.set('anioReportado', String(anioReportado));
  return `${declarationPaths.start()}?${query.toString()}`;
}

/**
 * What the filer seems to owe today (Mexico City calendar), per the LGRA, art. 33:
 * - the initial declaration, while they have filed nothing and have not started one;
 * - from January to May of year Y, the modification for Y-1 when they filed something before Y
 *   (their initial declaration, typically), their last filing before Y is not a conclusion, and
 *   they have neither filed nor started the modification for Y-1. An interest-only update does not
 *   count as the annual modification.
 * A draft for the same obligation counts as attended: it is listed under "En captura".
 */
export function pendingObligations({ declarations, filings, now }: ObligationInput): Obligation[] {
  const out: Obligation[] = [];
  const today = mexicoToday(now);
  const hasFiled = filings.length > 0 || declarations.some((d) => d.status === 'PRESENTADA');

  if (!hasFiled && !declarations.some((d) => d.tipo === 'INICIAL')) {
    out.push({ tipo: 'INICIAL', title: 'Declaración inicial', startPath: startPathFor('INICIAL') });
  }

  if (today.month >= 1 && today.month <= 5) {
    const year = today.year;
    const reported = year - 1;
    const before = filings.filter((f) => mexicoToday(new Date(f.filedAt)).year < year).sort((a, b) => b.filedAt.localeCompare(a.filedAt));
    const lastBefore = before[0];
    const attended = declarations.some((d) => d.tipo === 'MODIFICACIÓN' && !d.actualizacionConflictoInteres && d.anioReportado === reported);
    if (lastBefore && lastBefore.tipo !== 'CONCLUSIÓN' && !attended) {
      out.push({
        tipo: 'MODIFICACIÓN',
        title: `Declaración de modificación (año ${reported}), plazo: 31 de mayo de ${year}`,
        anioReportado: reported,
        deadline: `${year}-05-31`,
        startPath: startPathFor('MODIFICACIÓN', reported),
      });
    }
  }
  return out;
}
