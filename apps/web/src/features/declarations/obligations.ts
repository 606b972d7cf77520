import type { DeclarationTipo, FilerObligationsView, FilerObligationView } from '@veraz/contracts';
import { declarationPaths } from './DeclarationContext';

/** A pending or missed obligation as the filer's home page shows it (computed by the server from the roster). */
export interface ObligationCard {
  id: string;
  title: string;
  missed: boolean;
  stateLabel: string;
  /** «Venció el …» or «Plazo: del … al …». */
  dueText: string;
  basis: string;
  /** Where the filer starts it: the start page with the tipo (and year) chosen, or the aviso/constancia page. */
  startPath: string;
  actionLabel: string;
}

/** The start page with the tipo (and year) already chosen. */
export function startPathFor(tipo: DeclarationTipo, anioReportado?: number): string {
  const query = new URLSearchParams({ tipo });
  if (anioReportado !== undefined) query.set('anioReportado', String(anioReportado));
  return `${declarationPaths.start()}?${query.toString()}`;
}

// Calendar dates (YYYY-MM-DD) read in UTC so no time zone moves them a day.
const calendar = new Intl.DateTimeFormat('es-MX', { dateStyle: 'long', timeZone: 'UTC' });
export function formatCalendarDate(date: string): string {
  return calendar.format(new Date(`${date}T00:00:00Z`));
}

/** Missed and pending obligations only (the server sends them first), each with its start link. */
export function obligationCards(view: FilerObligationsView): ObligationCard[] {
  return view.items.filter((o) => o.state === 'OMISA' || o.state === 'PENDIENTE').map(card);
}

function card(o: FilerObligationView): ObligationCard {
  const yearly = o.kind === 'MODIFICACIÓN' || o.kind === 'CONSTANCIA_FISCAL';
  const missed = o.state === 'OMISA';
  return {
    id: o.id,
    title: yearly ? `${o.kindLabel} (año ${o.periodKey})` : `${o.kindLabel} (${formatCalendarDate(o.triggerDate)})`,
    missed,
    stateLabel: o.stateLabel,
    dueText: missed ? `Venció el ${formatCalendarDate(o.dueDate)}` : `Plazo: del ${formatCalendarDate(o.windowStart)} al ${formatCalendarDate(o.dueDate)}`,
    basis: o.basis,
    ...action(o),
  };
}

function action(o: FilerObligationView): { startPath: string; actionLabel: string } {
  switch (o.kind) {
    case 'INICIAL':
      return { startPath: startPathFor('INICIAL'), actionLabel: 'Iniciar declaración inicial' };
    case 'MODIFICACIÓN':
      return { startPath: startPathFor('MODIFICACIÓN', Number(o.periodKey)), actionLabel: `Iniciar declaración de modificación ${o.periodKey}` };
    case 'CONCLUSIÓN':
      return { startPath: startPathFor('CONCLUSIÓN'), actionLabel: 'Iniciar declaración de conclusión' };
    case 'AVISO_CAMBIO_ENTE':
      return { startPath: '/declaraciones/aviso', actionLabel: 'Dar aviso por cambio de ente' };
    case 'CONSTANCIA_FISCAL':
      return { startPath: '/declaraciones/constancias', actionLabel: `Adjuntar constancia fiscal ${o.periodKey}` };
  }
}
