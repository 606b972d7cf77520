// The shapes of a filing row, written once: the new row signing and bulk loads insert, and the column
// maps every read of filings selects with (this lib's repositories and the workbench's).
import { col, defineColumns } from '@veraz/tenancy';
import type { FilingPeriod, FilingRow, FilingSummaryRow } from '../declaration.types';

export type NewFiling = Pick<
  FilingRow,
  | 'declarationId' | 'userId' | 's1Id' | 'version' | 'supersedesFilingId' | 'notaAclaratoria' | 'folio' | 'tipo'
  | 'declaracionCompleta' | 'actualizacionConflictoInteres' | 'filedAt' | 'document' | 'canonicalJson' | 'sha256'
> & {
  /** Chosen by the caller when other rows must name the filing before it is written (the acuse job). */
  id?: string;
  folioYear: number;
  folioSeq: number;
  /** A correction of a reserved filing stays reserved (Normas, Vigésima). */
  reservedReason: string | null;
  extracted: ExtractedColumns;
};

/** Public fields copied out of the document at filing time, for S1 filters, sorting and red flags. */
export interface ExtractedColumns {
  nombres: string;
  primerApellido: string;
  segundoApellido: string | null;
  nombreEntePublico: string | null;
  empleoCargoComision: string | null;
  nivelEmpleoCargoComision: string | null;
  nivelOrdenGobierno: string | null;
  entidadFederativa: string | null;
  municipioAlcaldia: string | null;
  escolaridadNiveles: string[];
  totalIngresosNetos: number | null;
}

export const FILING_SUMMARY = defineColumns<FilingSummaryRow>({
  id: col.text('f.id'),
  institutionId: col.text('f.institution_id'),
  declarationId: col.text('f.declaration_id'),
  userId: col.text('f.user_id'),
  s1Id: col.text('f.s1_id'),
  version: col.number('f.version'),
  supersedesFilingId: col.textOrNull('f.supersedes_filing_id'),
  notaAclaratoria: col.textOrNull('f.nota_aclaratoria'),
  isLatest: col.bool('f.is_latest'),
  folio: col.text('f.folio'),
  tipo: col.value('f.tipo'),
  declaracionCompleta: col.bool('f.declaracion_completa'),
  actualizacionConflictoInteres: col.bool('f.actualizacion_conflicto_interes'),
  filedAt: col.value('f.filed_at'),
  sha256: col.text('f.sha256'),
  reserved: col.bool('f.reserved'),
  reservedReason: col.textOrNull('f.reserved_reason'),
  filerName: col.text(`concat_ws(' ', u.nombre, u.primer_apellido, u.segundo_apellido)`),
  fechaTomaPosesion: col.textOrNull(`to_char(d.fecha_toma_posesion, 'YYYY-MM-DD')`),
  anioReportado: col.numberOrNull('d.anio_reportado'),
  fechaConclusion: col.textOrNull(`to_char(d.fecha_conclusion, 'YYYY-MM-DD')`),
});

/**
 * `filerName` of FILING_SUMMARY for a filer the caller already holds (signing answers with the filing it
 * just wrote): concat_ws skips a NULL and keeps an empty string, and so does this.
 */
export function filerNameOf(person: { nombre: string; primerApellido: string; segundoApellido: string | null }): string {
  return [person.nombre, person.primerApellido, person.segundoApellido].filter((part) => part !== null).join(' ');
}

/** Every read of a filing names its filer and the period its declaration reports. */
export const FILING_FROM = `filings f JOIN users u ON u.id = f.user_id JOIN declarations d ON d.id = f.declaration_id`;

export const FILING = FILING_SUMMARY.extend<FilingRow>({ document: col.value('f.document'), canonicalJson: col.text('f.canonical_json') });

export const FILING_PERIOD = defineColumns<FilingPeriod>({
  fechaTomaPosesion: col.textOrNull(`to_char(d.fecha_toma_posesion, 'YYYY-MM-DD')`),
  anioReportado: col.numberOrNull('d.anio_reportado'),
  fechaConclusion: col.textOrNull(`to_char(d.fecha_conclusion, 'YYYY-MM-DD')`),
  email: col.text('u.email'),
});

export const FILING_VERSION = defineColumns<FilingVersion>({ id: col.text('id'), folio: col.text('folio'), version: col.number('version'), filedAt: col.value('filed_at') });

/** One version of a declaration's filings. */
export interface FilingVersion {
  id: string;
  folio: string;
  version: number;
  filedAt: Date;
}
