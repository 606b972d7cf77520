import type { EfirmaAuthorityView } from '@veraz/contracts';

/** Answer of `GET /verificar/{folio}`: public facts of the filing, nothing private. */
export interface FolioVerification {
  existe: boolean;
  folio: string;
  /** REQUERIMIENTO or AVISO when the folio is a requerimiento the OIC issued or an aviso por cambio de ente; absent for a filed declaration. */
  documento?: DocumentoVerificado;
  institucion?: string;
  tipo?: string;
  declaracionCompleta?: boolean;
  fechaPresentacion?: string;
  version?: number;
  /** False when a later version (nota aclaratoria) replaced it. */
  vigente?: boolean;
  hash?: { dado: string; coincide: boolean };
  /** The filer's e.firma, null when the filing was not signed with one: was its certificate issued by a registered authority? */
  efirma?: EfirmaVerification | null;
  /** The acuse was sealed with the institution's self-signed trial certificate; null while no acuse exists. */
  selloDePrueba?: boolean | null;
  anclaBitacora?: AuditAnchorVerification | null;
}

/** The audit chain anchor printed on the acuse, and whether the institution's chain still holds that entry unchanged. */
export interface AuditAnchorVerification {
  entrada: number;
  hash: string;
  conservada: boolean;
}

/** Said wherever a verification shows an acuse sealed with the self-signed trial certificate. */
export const TRIAL_SEAL_NOTICE =
  'Sello de prueba: la institución aún no registra su certificado oficial; el sello prueba la integridad del archivo, no la identidad de la institución.';

export interface EfirmaVerification {
  autoridad: EfirmaAuthorityView;
}

/** Answer of `POST /verificar`: what the uploaded file is. */
export interface PdfVerification {
  /** 'REQUERIMIENTO' when the file is a registered requerimiento letter; absent otherwise. */
  documento?: DocumentoVerificado;
  /** The file carries a PDF signature at all. */
  firmado: boolean;
  /** The last signature verifies and nothing was added after it. */
  firmaValida: boolean;
  /** The signature covers the whole file (no content appended after sealing). */
  documentoCompleto: boolean;
  firmante: string | null;
  /** The file is, byte for byte, an acuse Veraz issued and stored. */
  registrado: boolean;
  folio?: string;
  institucion?: string;
  tipo?: string;
  fechaPresentacion?: string;
  /** SHA-256 of the uploaded file. */
  sha256: string;
  /** One or two sentences in Spanish saying what the result means. */
  explicacion: string;
  /** Extra facts for people: when the seal was applied, whether the registered filing is still the current version. */
  fechaFirma?: string | null;
  vigente?: boolean;
  /** Of the registered filing, as in FolioVerification. */
  efirma?: EfirmaVerification | null;
  /** The seal's certificate is the institution's self-signed trial one; null when the file is not a registered acuse. */
  selloDePrueba: boolean | null;
  /** Of the registered filing, as in FolioVerification. */
  anclaBitacora?: AuditAnchorVerification | null;
}

export type DocumentoVerificado = 'REQUERIMIENTO' | 'AVISO';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
