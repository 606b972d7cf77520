import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { AuditLog } from '@veraz/audit';
import { declarationTitle, filingStateText, formatText, MEXICO_TIME_ZONE, periodText, type FilingSummary } from '@veraz/contracts';
import { FilingsService } from './filings.service';

const HEADER = ['Folio', 'Declarante', 'Tipo', 'Formato', 'Periodo', 'Presentada (hora del centro de México)', 'Versión', 'Estado', 'Huella digital (SHA-256)'];

// "2026-05-14 10:30:05": sorts as text and every spreadsheet reads it as a date and time.
const MEXICO_SORTABLE = new Intl.DateTimeFormat('sv-SE', { timeZone: MEXICO_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

function row(f: FilingSummary): string[] {
  return [
    f.folio,
    f.filer.nombreCompleto,
    declarationTitle(f) + (f.supersedesFilingId ? ' (nota aclaratoria)' : ''),
    formatText(f.declaracionCompleta),
    periodText(f),
    MEXICO_SORTABLE.format(new Date(f.filedAt)),
    String(f.version),
    filingStateText(f),
    f.sha256,
  ];
}

/**
 * The institution's filings as CSV for a spreadsheet: UTF-8 with a byte order mark (Excel then reads the
 * accents right), RFC 4180 quoting, and cells that a spreadsheet would run as a formula (a name
 * starting with =, +, - or @) prefixed with an apostrophe: csv-stringify's escape_formulas.
 * Exporting the list of filers is recorded in the audit log.
 */
@Injectable()
export class FilingsExportService {
  constructor(
    private readonly filings: FilingsService,
    private readonly audit: AuditLog,
  ) {}

  async csv(actorUserId: string, search: string | undefined): Promise<{ content: Buffer; rows: number }> {
    const parts: string[] = ['\uFEFF', stringify([HEADER])];
    let rows = 0;
    for await (const batch of this.filings.institutionBatches(search)) {
      parts.push(stringify(batch.map(row), { escape_formulas: true }));
      rows += batch.length;
    }
    const text = search?.trim();
    await this.audit.record({ action: 'filings.exported', actorUserId, targetType: 'institution', details: { filas: rows, ...(text ? { busqueda: text } : {}) } });
    return { content: Buffer.from(parts.join(''), 'utf8'), rows };
  }
}
