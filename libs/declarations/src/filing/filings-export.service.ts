import { Injectable } from '@nestjs/common';
import { AuditLog } from '@veraz/audit';
import { tabularCsv } from '@veraz/reports';
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
 * The institution's filings as CSV for a spreadsheet, through the shared tabular writer (UTF-8 with a
 * byte order mark, RFC 4180 quoting, formula-looking cells escaped). Exporting the list of filers is
 * recorded in the audit log.
 */
@Injectable()
export class FilingsExportService {
  constructor(
    private readonly filings: FilingsService,
    private readonly audit: AuditLog,
  ) {}

  async csv(actorUserId: string, search: string | undefined): Promise<{ content: Buffer; rows: number }> {
    const filings = this.filings;
    async function* batches() {
      for await (const batch of filings.institutionBatches(search)) yield batch.map(row);
    }
    const { content, rows } = await tabularCsv({ header: HEADER, batches: batches() });
    const text = search?.trim();
    await this.audit.record({ action: 'filings.exported', actorUserId, targetType: 'institution', details: { filas: rows, ...(text ? { busqueda: text } : {}) } });
    return { content, rows };
  }
}
