import type { FieldError } from './errors';

/** The three S1 declaration types, spelled exactly as the standard does. */
export const DECLARATION_TIPOS = ['INICIAL', 'MODIFICACIÓN', 'CONCLUSIÓN'] as const;
export type DeclarationTipo = (typeof DECLARATION_TIPOS)[number];

/**
 * The employment level an admin records on a membership. It decides the format: complete from
 * jefe de departamento up (Normas, Decimoprimera), simplified below (Decimosegunda).
 */
export const EMPLOYMENT_LEVELS = ['JEFE_DEPARTAMENTO_O_SUPERIOR', 'INFERIOR_A_JEFE_DEPARTAMENTO'] as const;
export type EmploymentLevel = (typeof EMPLOYMENT_LEVELS)[number];
export const EMPLOYMENT_LEVEL_LABELS: Record<EmploymentLevel, string> = {
  JEFE_DEPARTAMENTO_O_SUPERIOR: 'Jefe de departamento u homólogo, o superior (declaración completa)',
  INFERIOR_A_JEFE_DEPARTAMENTO: 'Inferior a jefe de departamento (declaración simplificada)',
};

/** Whether the filer can start a declaration now; when not, `reason` says why in Spanish. */
export interface StartReadiness {
  canStart: boolean;
  employmentLevel: EmploymentLevel | null;
  reason: string | null;
}

/** Why a filer without a recorded employment level cannot start yet (the API's 409 and the home page). */
export const EMPLOYMENT_LEVEL_MISSING_MESSAGE =
  'Tu institución aún no registra tu nivel de empleo, que define si tu declaración es completa o simplificada. Pide a la persona administradora que lo registre.';

/** `vacía` = never saved; `ninguno` = the filer states there is nothing to report. */
export const SECTION_STATUSES = ['vacía', 'en captura', 'completa', 'ninguno'] as const;
export type SectionStatus = (typeof SECTION_STATUSES)[number];

export type DeclarationStatus = 'BORRADOR' | 'PRESENTADA';

/** Body that starts a declaration. The dates required depend on the tipo. */
export interface StartDeclarationRequest {
  tipo: DeclarationTipo;
  /** Interest-only update filed at any time (Normas, Octava); sets metadata.actualizacionConflictoInteres. */
  actualizacionConflictoInteres?: boolean;
  /** INICIAL: date the filer took office (YYYY-MM-DD). */
  fechaTomaPosesion?: string;
  /** MODIFICACIÓN: the calendar year reported (filed in May of the next year). */
  anioReportado?: number;
  /** CONCLUSIÓN: date the filer left office (YYYY-MM-DD). */
  fechaConclusion?: string;
  /** Start from the filer's last filing (default true when there is one). */
  prefill?: boolean;
}

export interface SectionView {
  name: string;
  group: 'situacionPatrimonial' | 'interes';
  label: string;
  status: SectionStatus;
  /** Version to send back in If-Match when saving; 0 when never saved. */
  version: number;
  data: Record<string, unknown> | null;
  /** What keeps the section from being complete (empty when complete or never saved). */
  pending: FieldError[];
  updatedAt: string | null;
}

export interface DeclarationSummary {
  id: string;
  tipo: DeclarationTipo;
  actualizacionConflictoInteres: boolean;
  declaracionCompleta: boolean;
  status: DeclarationStatus;
  fechaTomaPosesion: string | null;
  anioReportado: number | null;
  fechaConclusion: string | null;
  /** Whole-number percentage of offered sections that are complete (or `ninguno`). */
  progress: number;
  prefilledFromFilingId: string | null;
  correctsFilingId: string | null;
  filingId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DeclarationView extends DeclarationSummary {
  sections: SectionView[];
}

export interface SaveSectionResult {
  section: SectionView;
  progress: number;
}

export interface SectionChange {
  section: string;
  /** NUEVA: not in the previous filing; SIN_CAMBIOS / MODIFICADA against it; VACIA: not captured here. */
  change: 'NUEVA' | 'SIN_CAMBIOS' | 'MODIFICADA' | 'VACIA';
  /** For list sections: items added, removed and kept unchanged (tipoOperacion ignored). */
  items?: { added: number; removed: number; unchanged: number };
  /** The section as carried from the previous filing (the baseline of its tipoOperacion); null when that filing lacked it. */
  previous?: Record<string, unknown> | null;
}

export interface DeclarationChanges {
  filingId: string;
  folio: string;
  sections: SectionChange[];
}

export interface SignDeclarationRequest {
  password: string;
  /** Acceptance of "bajo protesta de decir verdad". */
  aceptaProtesta: boolean;
  /** Required when the declaration corrects a filing (nota aclaratoria). */
  notaAclaratoria?: string;
  /** Optional: also sign with the filer's e.firma (SAT FIEL); its RFC must be the account's. */
  efirma?: EfirmaFilesRequest;
}

/** The e.firma files, each base64 of the DER file as the SAT issues it. Never stored. */
export interface EfirmaFilesRequest {
  /** The certificate (.cer). */
  cer: string;
  /** The encrypted private key (.key, PKCS#8). */
  key: string;
  /** The private key's passphrase. */
  passphrase: string;
}

/** The filer's e.firma signature of a filing: a detached CMS over the filing's SHA-256 hex string. */
/** `vencido_o_revocado`: issued by a registered authority, but expired or revoked at the signing time. */
export const EFIRMA_AUTORIDAD_ESTADOS = ['registrada', 'sin_autoridades', 'no_registrada', 'vencido_o_revocado'] as const;

/** Whether an e.firma certificate was issued by an authority the institution registered (`veraz institution ca`). */
export interface EfirmaAuthorityView {
  estado: (typeof EFIRMA_AUTORIDAD_ESTADOS)[number];
  explicacion: string;
}

export interface FilingEfirmaView {
  /** SAT certificate number. */
  serial: string;
  notAfter: string;
  signedAt: string;
  autoridad: EfirmaAuthorityView;
}

export interface FilingSummary {
  id: string;
  folio: string;
  s1Id: string;
  version: number;
  isLatest: boolean;
  tipo: DeclarationTipo;
  declaracionCompleta: boolean;
  actualizacionConflictoInteres: boolean;
  filedAt: string;
  sha256: string;
  filer: { userId: string; nombreCompleto: string };
  reserved: boolean;
  supersedesFilingId: string | null;
  notaAclaratoria: string | null;
  /** The period reported, as the declaration was started: the one that applies to its tipo is set. */
  fechaTomaPosesion: string | null;
  anioReportado: number | null;
  fechaConclusion: string | null;
}

/** A constancia of the annual tax return as listed beside a filing for its reviewer. */
export interface FilingConstanciaView {
  id: string;
  fiscalYear: number;
  fileName: string;
  size: number;
  uploadedAt: string;
}

export interface FilingView extends FilingSummary {
  reservedReason: string | null;
  /** The S1 result item as filed: {id, metadata, declaracion}. */
  document: Record<string, unknown>;
  /** The other versions of the same declaration, oldest first. */
  versions: Array<{ id: string; folio: string; version: number; filedAt: string }>;
  /** Present when the filer also signed with e.firma. */
  efirma: FilingEfirmaView | null;
  /** For reviewers: the filer's filing before this one (its latest version), to compare a MODIFICACIÓN against. */
  previousFilingId?: string | null;
  /** For reviewers: the filer's constancias of the annual tax return, newest fiscal year first. */
  constancias?: FilingConstanciaView[];
}

/** 422 body when a declaration cannot be signed yet. */
export interface SignBlockedSection {
  section: string;
  label: string;
  status: SectionStatus;
  errors: FieldError[];
}
