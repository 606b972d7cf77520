/** Limits of the institution settings, shared by the API's checks and the web form. */
export const SIGNING_LEGAL_TEXT_MAX = 4000;
export const INSTITUTION_NAME_LENGTH = { min: 3, max: 200 } as const;
export const REMINDER_OFFSET_RANGE = { min: 1, max: 365 } as const;
export const MAX_REMINDER_OFFSETS = 10;
export const MAX_LOGO_BYTES = 256 * 1024;
/** A P12 with its chain is a few KB; anything near this is not one. */
export const MAX_P12_BYTES = 64 * 1024;

export interface CertificateView {
  commonName: string;
  organization: string | null;
  notBefore: string;
  notAfter: string;
  fingerprintSha256: string;
  /** The trial certificate Veraz creates until the institution imports its own. */
  selfSigned: boolean;
}

/** What an institution's admin sees and edits on «Configuración». */
export interface InstitutionSettingsView {
  slug: string;
  name: string;
  hasLogo: boolean;
  signingLegalText: string | null;
  /** Days before a due date when a pending obligation gets a reminder, largest first. */
  reminderOffsets: number[];
  requiresTaxConstancia: boolean;
  certificate: CertificateView | null;
}

export interface UpdateInstitutionSettingsRequest {
  name: string;
  signingLegalText: string | null;
  reminderOffsets: number[];
  requiresTaxConstancia: boolean;
}

/** What a filer's signing dialog shows besides the protest of truth. */
export interface SigningTextView {
  signingLegalText: string | null;
}
