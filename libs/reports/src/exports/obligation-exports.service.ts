import { Injectable } from '@nestjs/common';
import { AuditLog } from '@veraz/audit';
import { Clock } from '@veraz/config';
import { OBLIGATION_KIND_LABELS, OBLIGATION_STATE_LABELS, type ExportFormat, type ExportKind } from '@veraz/contracts';
import { tabularCsv, tabularXlsx, type Cell, type Tabular } from '../tabular/tabular-writer';
import { ObligationExportsRepository, type ObligationExportRow } from './obligation-exports.repository';

export interface ExportFile {
  content: Buffer;
  rows: number;
  fileName: string;
  contentType: string;
}

// The CURP is in the file: the OIC needs it to tell people apart, and it is the institution's own data.
// It never goes into the audit entry or a log.
const PERSON = ['Nombre', 'CURP', 'Área de adscripción', 'Puesto', 'Obligación'];
const OBLIGATION_HEADER = [...PERSON, 'Fecha límite', 'Fecha de presentación', 'Días de atraso', 'Requerimiento (folio)', 'Requerimiento notificado', 'Requerimiento vence'];
const REQUERIMIENTO_HEADER = [
  'Requerimiento (folio)', 'Emitido', 'Notificado', 'Notificado a', 'Vence',
  ...PERSON, 'Fecha límite', 'Estado de la obligación', 'Fecha de presentación', 'Días de atraso',
];

const SHEETS: Record<ExportKind, string> = { omisos: 'Omisos', extemporaneos: 'Extemporáneos', requerimientos: 'Requerimientos' };
const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The OIC's lists of omisos, extemporáneos and requerimientos, as CSV or Excel; each export is audited. */
@Injectable()
export class ObligationExportsService {
  constructor(
    private readonly repo: ObligationExportsRepository,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
  ) {}

  async generate(kind: ExportKind, format: ExportFormat, actorUserId: string | null): Promise<ExportFile> {
    const today = this.clock.today();
    const table = this.table(kind, today);
    const { content, rows } = format === 'csv' ? await tabularCsv(table) : await tabularXlsx(table, SHEETS[kind]);
    await this.audit.record({ action: 'export.generated', actorUserId, targetType: 'institution', details: { tipo: kind, formato: format, filas: rows } });
    return { content, rows, fileName: `${kind}-${today}.${format}`, contentType: CONTENT_TYPES[format] };
  }

  private table(kind: ExportKind, today: string): Tabular {
    if (kind === 'requerimientos') return { header: REQUERIMIENTO_HEADER, batches: mapBatches(this.repo.requerimientos(today), requerimientoRow) };
    const state = kind === 'omisos' ? 'OMISA' : 'PRESENTADA_EXTEMPORANEA';
    return { header: OBLIGATION_HEADER, batches: mapBatches(this.repo.byState(state, today), obligationRow) };
  }
}

async function* mapBatches(source: AsyncIterable<ObligationExportRow[]>, toRow: (r: ObligationExportRow) => Cell[]): AsyncGenerator<Cell[][]> {
  for await (const batch of source) yield batch.map(toRow);
}

function personCells(r: ObligationExportRow): Cell[] {
  const nombre = [r.nombres, r.primerApellido, r.segundoApellido].filter(Boolean).join(' ');
  return [nombre, r.curp, r.area, r.puesto, obligationText(r)];
}

/** «Declaración de modificación (ejercicio 2025)», «Declaración inicial (2026-01-15)». */
export function obligationText(r: Pick<ObligationExportRow, 'kind' | 'periodKey'>): string {
  const period = /^\d{4}$/.test(r.periodKey) ? `ejercicio ${r.periodKey}` : r.periodKey;
  return `${OBLIGATION_KIND_LABELS[r.kind] ?? r.kind} (${period})`;
}

function obligationRow(r: ObligationExportRow): Cell[] {
  return [...personCells(r), r.dueDate, r.metOn, Math.max(0, r.daysLate), r.reqFolio, r.reqNotifiedAt, r.reqDeadline];
}

function requerimientoRow(r: ObligationExportRow): Cell[] {
  const late = r.state === 'OMISA' || r.state === 'PRESENTADA_EXTEMPORANEA' ? Math.max(0, r.daysLate) : null;
  return [r.reqFolio, r.reqIssuedOn, r.reqNotifiedAt, r.reqNotifiedTo, r.reqDeadline, ...personCells(r), r.dueDate, OBLIGATION_STATE_LABELS[r.state] ?? r.state, r.metOn, late];
}
