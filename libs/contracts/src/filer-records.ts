import type { AmbitoPublico, NivelOrdenGobierno } from './ente-publico';

/**
 * The filer's records beside the declarations: the SAT's acuse of the annual tax return (constancia
 * fiscal, LGRA art. 32) and the aviso por cambio de ente público (Normas, Cuarta). Neither is published.
 */

/** Largest constancia accepted: the SAT's acuse is one or two pages, far below it. */
export const TAX_CONSTANCIA_MAX_BYTES = 5 * 1024 * 1024;
export const TAX_CONSTANCIA_MAX_MB = 5;

export interface TaxConstanciaView {
  id: string;
  userId: string;
  /** Name of the person who uploaded it (the filer). */
  declarante: string;
  anioFiscal: number;
  declarationId: string | null;
  nombreArchivo: string;
  tamano: number;
  sha256: string;
  subidaEn: string;
  /** The latest upload for that person and year: the one that counts. */
  vigente: boolean;
}

/** What the filer's constancias page needs to say whether the institution asks for it. */
export interface TaxConstanciaStatus {
  requerida: boolean;
  maxMb: number;
  constancias: TaxConstanciaView[];
}

/** Datos generales of the aviso: taken from the account (names, CURP, RFC), the contact data from the filer. */
export interface AvisoDatosGenerales {
  nombre: string;
  primerApellido: string;
  segundoApellido: string | null;
  curp: string | null;
  rfc: string | null;
  homoClave: string | null;
  correoInstitucional: string;
  correoPersonal: string | null;
  telefono: string | null;
}

export interface AvisoEncargoNuevo {
  nombreEntePublico: string;
  nivelOrdenGobierno: NivelOrdenGobierno | null;
  ambitoPublico: AmbitoPublico | null;
  empleoCargoComision: string;
  areaAdscripcion: string;
  nivelEmpleoCargoComision: string;
  fechaTomaPosesion: string;
}

export interface AvisoEncargoAnterior {
  nombreEntePublico: string;
  fechaConclusion: string;
}

/** What the filer writes (datos generales come from the account; contact data may be edited). */
export interface AvisoInput {
  contacto: { correoPersonal?: string | null; telefono?: string | null };
  encargoNuevo: Omit<AvisoEncargoNuevo, 'nombreEntePublico' | 'nivelOrdenGobierno' | 'ambitoPublico'>;
  encargoAnterior: AvisoEncargoAnterior;
}

export interface AvisoData {
  datosGenerales: AvisoDatosGenerales;
  encargoNuevo: AvisoEncargoNuevo;
  encargoAnterior: AvisoEncargoAnterior;
}

/** What the form starts with: the account, the last filing and the roster row, all editable where the form allows. */
export interface AvisoPrefill {
  datosGenerales: AvisoDatosGenerales;
  encargoNuevo: Partial<AvisoEncargoNuevo> & Pick<AvisoEncargoNuevo, 'nombreEntePublico' | 'nivelOrdenGobierno' | 'ambitoPublico'>;
  encargoAnterior: Partial<AvisoEncargoAnterior>;
}

export interface AvisoView {
  id: string;
  userId: string;
  folio: string;
  presentadoEn: string;
  sha256: string;
  acuseSha256: string | null;
  datos: AvisoData;
}

export const AVISO_TIPO_LABEL = 'Aviso por cambio de ente público';
