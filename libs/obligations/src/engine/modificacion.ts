import { addDays, maxDate, minDate, yearOf } from './dates';
import type { StartDecision } from './engine';
import { meet, pending } from './meeting';
import type { Stretch } from './timeline';
import type { DerivedObligation, EngineInput, Exemption } from './types';

type Interval = [from: string, to: string];

/**
 * MODIFICACIÓN (Cuarta, Sexta): in May of Y+1, reporting year Y, for whoever worked at least one day of Y
 * and holds the encargo in this ente during that May; excused by Séptima II a) and b). With it, when
 * the institution requires it, the constancia fiscal of year Y.
 */
export function deriveModificaciones(input: EngineInput, stretches: Stretch[], starts: StartDecision[], conclusiones: DerivedObligation[], exemptions: Exemption[]): DerivedObligation[] {
  const { today } = input;
  const worked = workedIntervals(stretches, starts, input);
  if (!worked.length) return [];
  const held: Interval[] = stretches.map((s) => [s.start, s.end ?? '9999-12-31']);
  const out: DerivedObligation[] = [];
  const owed: DerivedObligation[] = [];
  const constancias: DerivedObligation[] = [];

  for (let year = yearOf(worked[0][0]); year <= yearOf(today) - 1; year++) {
    const may: Interval = [`${year + 1}-05-01`, `${year + 1}-05-31`];
    if (!overlaps(worked, [`${year}-01-01`, `${year}-12-31`])) continue;
    if (!overlaps(held, may)) continue;

    const inicial = starts.find((s) => s.obligation?.kind === 'INICIAL' && s.stretch.start >= `${year + 1}-01-01` && s.stretch.start <= may[1]);
    if (inicial?.obligation?.metOn && inicial.obligation.metOn >= `${year + 1}-01-01` && inicial.obligation.metOn <= may[1]) {
      exemptions.push({ kind: 'MODIFICACIÓN', triggerDate: may[0], basis: `Séptima, fracción II, inciso a): tomó posesión el ${inicial.stretch.start} y presentó la inicial el ${inicial.obligation.metOn}, ambas en enero a mayo; no se presenta la modificación de ${year}.` });
      continue;
    }
    const conclusion = conclusiones.find((c) => c.triggerDate >= may[0] && c.triggerDate <= may[1] && c.metOn !== null && c.metOn >= may[0] && c.metOn <= may[1]);
    if (conclusion) {
      exemptions.push({ kind: 'MODIFICACIÓN', triggerDate: may[0], basis: `Séptima, fracción II, inciso b): concluyó el ${conclusion.triggerDate} y presentó la conclusión el ${conclusion.metOn}, ambas en mayo; no se presenta la modificación de ${year}.` });
      continue;
    }
    owed.push(pending('MODIFICACIÓN', String(year), may[0], may[1], `Cuarta y Sexta: laboró al menos un día de ${year} y ocupa el encargo en mayo de ${year + 1}; modificación del 1 al 31 de mayo de ${year + 1}, reportando el ${year}.`));
    if (input.requiresTaxConstancia) {
      constancias.push(pending('CONSTANCIA_FISCAL', String(year), may[0], may[1], `LGRA, artículo 32, y disposición de la institución: constancia de presentación de la declaración fiscal del ejercicio ${year}, con la modificación (a más tardar el 31 de mayo de ${year + 1}).`));
    }
  }

  // A MODIFICACIÓN meets the year it reports; interest-only updates meet nothing (Octava).
  for (const o of owed) {
    const filings = input.filings.filter((f) => f.tipo === 'MODIFICACIÓN' && !f.actualizacionConflictoInteres && f.anioReportado === Number(o.periodKey));
    meet([{ obligation: o, from: null, to: null }], filings.map((f) => ({ id: f.id, on: f.filedOn })), today);
  }
  for (const o of constancias) {
    const records = input.constancias.filter((c) => c.fiscalYear === Number(o.periodKey));
    meet([{ obligation: o, from: null, to: null }], records.map((c) => ({ id: c.id, on: c.uploadedOn })), today);
  }
  out.push(...owed, ...constancias);
  return out;
}

/**
 * Days actually worked: the stretches without their licencias (a licencia is not «laborar»), plus,
 * for a stretch begun by an aviso, the previous ente's last days (the service continued there).
 */
function workedIntervals(stretches: Stretch[], starts: StartDecision[], input: EngineInput): Interval[] {
  const out: Interval[] = [];
  for (const s of stretches) {
    let cursor = s.start;
    const end = s.end ?? input.today;
    for (const l of s.licencias) {
      if (l.from > cursor) out.push([cursor, minDate(addDays(l.from, -1), end)]);
      cursor = l.until ?? addDays(end, 1);
    }
    if (cursor <= end) out.push([cursor, end]);
  }
  for (const start of starts) {
    if (start.kind !== 'AVISO_CAMBIO_ENTE' || !start.otherBaja) continue;
    const otherBaja = start.otherBaja;
    const otherStart = input.otherEntes.filter((m) => m.kind !== 'BAJA' && m.date <= otherBaja).map((m) => m.date).sort().pop();
    out.push([otherStart ?? otherBaja, otherBaja]);
  }
  return out.filter(([a, b]) => a <= b).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

function overlaps(intervals: Interval[], [from, to]: Interval): boolean {
  return intervals.some(([a, b]) => maxDate(a, from) <= minDate(b, to));
}
