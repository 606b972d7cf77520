import type { DeclarationStatus, DeclarationTipo, SectionStatus } from '@veraz/contracts';

export interface DeclarationRow {
  id: string;
  institutionId: string;
  userId: string;
  tipo: DeclarationTipo;
  actualizacionConflictoInteres: boolean;
  declaracionCompleta: boolean;
  fechaTomaPosesion: string | null;
  anioReportado: number | null;
  fechaConclusion: string | null;
  periodKey: string;
  status: DeclarationStatus;
  prefillFilingId: string | null;
  correctsFilingId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface SectionRow {
  section: string;
  data: Record<string, unknown>;
  status: Exclude<SectionStatus, 'vacía'>;
  version: number;
  updatedAt: Date;
}

export interface FilingRow {
  id: string;
  institutionId: string;
  declarationId: string;
  userId: string;
  s1Id: string;
  version: number;
  supersedesFilingId: string | null;
  notaAclaratoria: string | null;
  isLatest: boolean;
  folio: string;
  tipo: DeclarationTipo;
  declaracionCompleta: boolean;
  actualizacionConflictoInteres: boolean;
  filedAt: Date;
  document: Record<string, unknown>;
  canonicalJson: string;
  sha256: string;
  reserved: boolean;
  reservedReason: string | null;
  filerName: string;
  /** The period the filing reports, as its declaration was started (the one that applies to its tipo). */
  fechaTomaPosesion: string | null;
  anioReportado: number | null;
  fechaConclusion: string | null;
}

/** A filing as lists show it: everything but the document and its canonical text. */
export type FilingSummaryRow = Omit<FilingRow, 'document' | 'canonicalJson'>;

/** The period a filing reports, as the filer declared it when starting, and where their mail goes. */
export interface FilingPeriod {
  fechaTomaPosesion: string | null;
  anioReportado: number | null;
  fechaConclusion: string | null;
  email: string;
}

export type NewDeclaration = Omit<DeclarationRow, 'id' | 'institutionId' | 'status' | 'createdAt' | 'updatedAt'>;
