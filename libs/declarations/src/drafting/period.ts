import { DECLARATION_TIPOS, ValidationError, type DeclarationTipo, type FieldError, type StartDeclarationRequest } from '@veraz/contracts';

export interface Period {
  tipo: DeclarationTipo;
  actualizacionConflictoInteres: boolean;
  fechaTomaPosesion: string | null;
  anioReportado: number | null;
  fechaConclusion: string | null;
  /** One open draft per filer and key. */
  key: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks that the dates a tipo needs are present and plausible; `today` is YYYY-MM-DD in Mexico City. */
export function parsePeriod(body: StartDeclarationRequest, today: string): Period {
  const errors: FieldError[] = [];
  const tipo = body?.tipo;
  if (!(DECLARATION_TIPOS as readonly unknown[]).includes(tipo)) {
    throw new ValidationError([{ path: 'tipo', message: `debe ser uno de: ${DECLARATION_TIPOS.join(', ')}` }]);
  }
  const interes = body.actualizacionConflictoInteres === true;
  if (body.actualizacionConflictoInteres !== undefined && typeof body.actualizacionConflictoInteres !== 'boolean') {
    errors.push({ path: 'actualizacionConflictoInteres', message: 'debe ser verdadero o falso' });
  }
  const period: Period = { tipo, actualizacionConflictoInteres: interes, fechaTomaPosesion: null, anioReportado: null, fechaConclusion: null, key: '' };

  if (interes) {
    // An interest update may be filed at any time (Normas, Octava); it travels as a MODIFICACIÓN.
    if (tipo !== 'MODIFICACIÓN') errors.push({ path: 'tipo', message: 'la actualización de intereses se presenta con tipo MODIFICACIÓN' });
    period.key = 'INTERESES';
  } else if (tipo === 'INICIAL') {
    period.fechaTomaPosesion = checkDate(body.fechaTomaPosesion, 'fechaTomaPosesion', today, errors);
    period.key = `INICIAL:${period.fechaTomaPosesion}`;
  } else if (tipo === 'CONCLUSIÓN') {
    period.fechaConclusion = checkDate(body.fechaConclusion, 'fechaConclusion', today, errors);
    period.key = `CONCLUSIÓN:${period.fechaConclusion}`;
  } else {
    const year = body.anioReportado;
    const current = Number(today.slice(0, 4));
    if (!Number.isInteger(year)) errors.push({ path: 'anioReportado', message: 'indica el año que reportas (por ejemplo, el año anterior)' });
    else if ((year as number) < 2000 || (year as number) >= current) errors.push({ path: 'anioReportado', message: `debe ser un año entre 2000 y ${current - 1}` });
    period.anioReportado = year as number;
    period.key = `MODIFICACIÓN:${year}`;
  }
  if (errors.length) throw new ValidationError(errors);
  return period;
}

function checkDate(value: unknown, path: string, today: string, errors: FieldError[]): string {
  if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    errors.push({ path, message: 'indica una fecha válida (AAAA-MM-DD)' });
    return '';
  }
  if (new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    errors.push({ path, message: 'indica una fecha válida (AAAA-MM-DD)' });
  } else if (value > today) {
    errors.push({ path, message: 'no puede ser una fecha futura' });
  }
  return value;
}

// Built once: constructing an Intl formatter costs far more than formatting (it showed in the signing profile).
const MEXICO_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date and year in Mexico City, where the filing deadlines run. */
export function mexicoDate(now: Date = new Date()): string {
  return MEXICO_DAY.format(now);
}
