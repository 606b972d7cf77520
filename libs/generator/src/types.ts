import type { Tipo } from '@veraz/standards';

export interface GeneratedPerson {
  curp: string;
  /** First 10 characters of the RFC (4 letters + birth date), as the S1 standard splits it. */
  rfc: string;
  /** 3 characters, the last one being SAT's check digit. */
  homoclave: string;
  nombre: string;
  primerApellido: string;
  segundoApellido: string | null;
  /** Unique per person index; in the reserved example.com/.net/.org domains, so no mail reaches anyone. */
  email: string;
  declaracionCompleta: boolean;
  /** Declared assets grow far faster than income (for red-flag analysis). */
  suspicious: boolean;
}

export interface GeneratedFiling {
  person: GeneratedPerson;
  tipo: Tipo;
  declaracionCompleta: boolean;
  /** INICIAL only: the date the office was taken. */
  fechaTomaPosesion: string | null;
  /** MODIFICACIÓN only: the year reported. */
  anioReportado: number | null;
  /** CONCLUSIÓN only: the date the office ended. */
  fechaConclusion: string | null;
  /** filing time (UTC ISO), within the legal window of the tipo */
  filedAt: string;
  /** the S1 `declaracion` object: { situacionPatrimonial: {...}, interes?: {...} } with exactly the sections the tipo and format require */
  declaracion: Record<string, unknown>;
}

export interface GenerateOptions {
  seed: number;
  /** Number of people; person i only depends on (seed, i), not on how many precede it. */
  officials: number;
  /** Years covered; the last MODIFICACIÓN reports `firstYear + years - 1`. */
  years: number;
  /** Goes to `metadata.institucion` and `nombreEntePublico`; its wording sets the order of government and state. */
  institutionName: string;
  /** Default: current year - years. */
  firstYear?: number;
  /**
   * Filings dated after this day (YYYY-MM-DD) are not yet filed and are left out, so that no date lies in
   * the future. Default: yesterday (UTC). Pass it to make the output independent of the calendar.
   */
  asOf?: string;
}
