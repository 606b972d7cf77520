import { OBLIGATION_KIND_LABELS } from '@veraz/contracts';
import { fechaCorta } from '../engine/json';
import type { ObligationFacts, Rule, RuleResult, ScoringInput } from '../engine/types';
import { dayNumber, isoDay, mexicoDay, source } from './reading';

/**
 * Group 8, from the console's obligations. An omission is ALTA (LGRA art. 33: it can void the
 * appointment or lead to inhabilitación). A late filing is BAJA up to LATE_MEDIA_DAYS days late and
 * MEDIA beyond: a month late is usually paperwork, more is a pattern worth a look.
 *
 * Each omission shows on exactly one filing of the person: the first one filed after its due date
 * (due on or after the previous filing's day and before this filing's day), or, when no later filing
 * exists, the person's latest filing. Only the three declarations count as omitted declarations; the
 * aviso and the tax constancia are not S1 declarations.
 */

export const LATE_MEDIA_DAYS = 30;

const DECLARATIONS = new Set(['INICIAL', 'MODIFICACIÓN', 'CONCLUSIÓN']);

function describe(o: ObligationFacts): string {
  const what = OBLIGATION_KIND_LABELS[o.kind] ?? o.kind;
  return `${what} (${o.kind === 'MODIFICACIÓN' ? `año ${o.periodKey}` : `por el evento del ${fechaCorta(o.periodKey)}`})`;
}

export const filingTimelinessRule: Rule = {
  codes: ['PRESENTACION_EXTEMPORANEA', 'DECLARACION_OMITIDA'],
  evaluate({ filing, previous, obligations, isLatestOfPerson }: ScoringInput): RuleResult[] {
    if (obligations.length === 0) return [];
    const out: RuleResult[] = [];
    const filedDay = mexicoDay(filing.filedAt);
    const previousDay = previous ? mexicoDay(previous.filedAt) : null;
    for (const o of obligations) {
      const due = dayNumber(o.dueDate);
      if (due === null) continue;
      if (o.metByFilingId === filing.id && o.state === 'PRESENTADA_EXTEMPORANEA') {
        const metDay = dayNumber(o.metOn) ?? filedDay;
        if (metDay === null) continue;
        const late = Math.max(0, metDay - due);
        const filed = o.metOn ?? isoDay(metDay);
        out.push({
          code: 'PRESENTACION_EXTEMPORANEA',
          severity: late > LATE_MEDIA_DAYS ? 'MEDIA' : 'BAJA',
          explanation:
            `Folio ${filing.folio}: cumple la obligación ${describe(o)} con fecha límite ${fechaCorta(o.dueDate)}, y se presentó el ${fechaCorta(filed)}: ` +
            `${late} ${late === 1 ? 'día' : 'días'} tarde (más de ${LATE_MEDIA_DAYS} días tarde es severidad media).`,
          figures: [
            { label: 'Fecha límite', value: fechaCorta(o.dueDate) },
            { label: 'Fecha de presentación', value: fechaCorta(filed) },
            { label: 'Días de retraso', value: String(late) },
          ],
          sources: [source(filing, null, null, null)],
        });
        continue;
      }
      if (o.state !== 'OMISA' || o.metByFilingId !== null || !DECLARATIONS.has(o.kind) || filedDay === null) continue;
      const inWindow = (previousDay === null || due >= previousDay) && due < filedDay;
      const afterThis = isLatestOfPerson && due >= filedDay;
      if (!inWindow && !afterThis) continue;
      const late = inWindow ? filedDay - due : null;
      const filedOn = isoDay(filedDay);
      out.push({
        code: 'DECLARACION_OMITIDA',
        severity: 'ALTA',
        explanation: inWindow
          ? `Omisión de la ${describe(o)}: su fecha límite era el ${fechaCorta(o.dueDate)} y sigue sin presentarse. Se muestra en el folio ${filing.folio}, la primera declaración de la persona presentada después (el ${fechaCorta(filedOn)}, ${late} días después de la fecha límite).`
          : `Omisión de la ${describe(o)}: su fecha límite era el ${fechaCorta(o.dueDate)} y sigue sin presentarse. Se muestra en el folio ${filing.folio}, la última declaración presentada por la persona (el ${fechaCorta(filedOn)}).`,
        figures: [
          { label: 'Obligación', value: describe(o) },
          { label: 'Fecha límite', value: fechaCorta(o.dueDate) },
          ...(late !== null ? [{ label: 'Días entre la fecha límite y esta declaración', value: String(late) }] : []),
        ],
        sources: [source(filing, null, null, null)],
      });
    }
    return out;
  },
};
