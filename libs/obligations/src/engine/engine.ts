import { FILING_WINDOW_DAYS } from '@veraz/contracts';
import { addDays, daysBetween } from './dates';
import { meet, pending } from './meeting';
import { deriveModificaciones } from './modificacion';
import { buildTimeline, type Stretch } from './timeline';
import type { DerivedObligation, EngineInput, EngineResult, Exemption } from './types';

/** How a stretch began: with an INICIAL, with an aviso, or with nothing owed (Séptima I). */
export interface StartDecision {
  stretch: Stretch;
  kind: 'INICIAL' | 'AVISO_CAMBIO_ENTE' | null;
  /** For an aviso: the conclusión in the other ente. */
  otherBaja: string | null;
  obligation: DerivedObligation | null;
}

const days = FILING_WINDOW_DAYS;

/**
 * Derives one person's obligations in one institution from the roster, what other entes of the same
 * orden say (dates only) and what the person filed. Pure: the caller supplies `today`.
 */
export function deriveObligations(input: EngineInput): EngineResult {
  const timeline = buildTimeline(input.movements);
  if (timeline.problems.length) return { obligations: [], exemptions: [], problems: timeline.problems };
  const { stretches } = timeline;
  const { today } = input;
  const exemptions: Exemption[] = [];
  const otherBajas = input.otherEntes.filter((m) => m.kind === 'BAJA').map((m) => m.date).sort();
  const otherStarts = input.otherEntes.filter((m) => m.kind !== 'BAJA').map((m) => m.date).sort();

  // Start of each stretch: INICIAL (Cuarta), aviso (Cuarta, Séptima I c) or nothing (Séptima I b).
  const starts: StartDecision[] = stretches.map((stretch, i) => {
    const sameBaja = i > 0 ? stretches[i - 1].end : null;
    const otherBaja = [...otherBajas].reverse().find((d) => d <= stretch.start) ?? null;
    const sameGap = sameBaja ? daysBetween(sameBaja, stretch.start) : Infinity;
    const otherGap = otherBaja ? daysBetween(otherBaja, stretch.start) : Infinity;
    const when = stretch.startKind === 'ALTA' ? 'toma de posesión' : 'reingreso';
    if (otherGap < sameGap && otherGap <= days) {
      const obligation = pending('AVISO_CAMBIO_ENTE', stretch.start, stretch.start, addDays(stretch.start, days),
        `Cuarta y Séptima, fracción I, inciso c): cambio de ente público del mismo orden de gobierno (conclusión el ${otherBaja}, inicio el ${stretch.start}, ${otherGap} días); se da aviso dentro de los sesenta días naturales en lugar de inicial y conclusión.`);
      exemptions.push({ kind: 'INICIAL', triggerDate: stretch.start, basis: `Séptima, fracción I, inciso c): cambio de ente del mismo orden de gobierno a los ${otherGap} días de la conclusión; no se presenta inicial, se da aviso.` });
      return { stretch, kind: 'AVISO_CAMBIO_ENTE', otherBaja, obligation };
    }
    if (sameGap <= days) {
      exemptions.push({ kind: 'INICIAL', triggerDate: stretch.start, basis: `Séptima, fracción I, inciso b): reingreso a los ${sameGap} días de la conclusión; no se presenta inicial.` });
      return { stretch, kind: null, otherBaja: null, obligation: null };
    }
    const why = Number.isFinite(sameGap)
      ? `Cuarta: reingreso el ${stretch.start}, ${sameGap} días después de la conclusión del ${sameBaja} (más de sesenta); inicial dentro de los sesenta días naturales siguientes.`
      : `Cuarta: ${when} el ${stretch.start}; inicial dentro de los sesenta días naturales siguientes.`;
    return { stretch, kind: 'INICIAL', otherBaja: null, obligation: pending('INICIAL', stretch.start, stretch.start, addDays(stretch.start, days), why) };
  });

  for (const stretch of stretches) {
    for (const l of stretch.licencias) {
      if (l.until) exemptions.push({ kind: 'INICIAL', triggerDate: l.until, basis: `Séptima, fracción I, inciso d): regreso de una licencia o suspensión (desde el ${l.from}); no se presenta inicial.` });
      else if (!stretch.end) exemptions.push({ kind: 'CONCLUSIÓN', triggerDate: l.from, basis: `Séptima, fracción III, inciso c): licencia o suspensión desde el ${l.from} sin baja definitiva; no se presenta conclusión.` });
    }
    for (const c of stretch.cambios) {
      exemptions.push({ kind: 'INICIAL', triggerDate: c, basis: 'Séptima, fracciones I y III, inciso a): cambio de puesto, nivel o adscripción en el mismo ente; no se presentan inicial ni conclusión.' });
    }
  }

  // End of each stretch: CONCLUSIÓN (Cuarta) unless the person starts again within 60 days (Séptima III b).
  const ends: { stretch: Stretch; index: number; obligation: DerivedObligation }[] = [];
  stretches.forEach((stretch, i) => {
    if (!stretch.end) return;
    const baja = stretch.end;
    const sameNext = stretches[i + 1]?.start ?? null;
    const otherNext = otherStarts.find((d) => d >= baja) ?? null;
    const gaps = [sameNext, otherNext].filter((d): d is string => d !== null).map((d) => daysBetween(baja, d));
    const gap = gaps.length ? Math.min(...gaps) : Infinity;
    if (gap <= days) {
      const where = otherNext !== null && daysBetween(baja, otherNext) === gap ? 'en otro ente del mismo orden de gobierno' : 'en el mismo ente';
      exemptions.push({ kind: 'CONCLUSIÓN', triggerDate: baja, basis: `Séptima, fracción III, inciso b): inicia de nuevo ${where} a los ${gap} días de la conclusión; no se presenta conclusión.` });
      return;
    }
    const licencia = stretch.endedOnLicencia ? ' La licencia terminó en baja definitiva, así que Séptima III c) no la excusa.' : '';
    ends.push({ stretch, index: i, obligation: pending('CONCLUSIÓN', baja, baja, addDays(baja, days), `Cuarta: conclusión del encargo el ${baja}; conclusión dentro de los sesenta días naturales siguientes.${licencia}`) });
  });

  // Meet the start obligations: a filing belongs to the period after the previous conclusión.
  const inicialSlots = starts.filter((s) => s.kind === 'INICIAL');
  meet(inicialSlots.map((s, k) => ({ obligation: s.obligation!, from: previousEnd(stretches, s.stretch), to: k + 1 < inicialSlots.length ? previousEnd(stretches, inicialSlots[k + 1].stretch) : null })),
    input.filings.filter((f) => f.tipo === 'INICIAL' && !f.actualizacionConflictoInteres).map((f) => ({ id: f.id, on: f.filedOn })), today);
  const avisoSlots = starts.filter((s) => s.kind === 'AVISO_CAMBIO_ENTE');
  meet(avisoSlots.map((s, k) => ({ obligation: s.obligation!, from: s.otherBaja, to: avisoSlots[k + 1]?.otherBaja ?? null })),
    input.avisos.map((a) => ({ id: a.id, on: a.filedOn })), today);
  // A CONCLUSIÓN filed belongs to the stretch it closes: from its start to the next start.
  meet(ends.map((e) => ({ obligation: e.obligation, from: e.stretch.start, to: stretches[e.index + 1]?.start ?? null })),
    input.filings.filter((f) => f.tipo === 'CONCLUSIÓN' && !f.actualizacionConflictoInteres).map((f) => ({ id: f.id, on: f.filedOn })), today);

  const modificaciones = deriveModificaciones(input, stretches, starts, ends.map((e) => e.obligation), exemptions);
  const obligations = [...starts.flatMap((s) => (s.obligation ? [s.obligation] : [])), ...ends.map((e) => e.obligation)]
    .filter((o) => o.triggerDate <= today)
    .concat(modificaciones)
    .sort((a, b) => (a.dueDate === b.dueDate ? (a.kind < b.kind ? -1 : 1) : a.dueDate < b.dueDate ? -1 : 1));
  return { obligations, exemptions, problems: [] };
}

/** The conclusión before a stretch in this ente (its filings cannot belong to an earlier period). */
function previousEnd(stretches: Stretch[], stretch: Stretch): string | null {
  const i = stretches.indexOf(stretch);
  return i > 0 ? addDays(stretches[i - 1].end!, 1) : null;
}
