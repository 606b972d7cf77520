import { PassThrough } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/** A cell: text, a number (days, counts) or empty. */
export type Cell = string | number | null;
/** Rows arrive in batches, so a repository can page through a large result. */
export type RowBatches = AsyncIterable<Cell[][]> | Iterable<Cell[][]>;

export interface Tabular {
  /** Spanish column headers. */
  header: string[];
  batches: RowBatches;
}

/**
 * CSV for a spreadsheet: UTF-8 with a byte order mark (Excel then reads the accents right), RFC 4180
 * quoting, and cells a spreadsheet would run as a formula (starting with =, +, - or @) prefixed with
 * an apostrophe: csv-stringify's escape_formulas.
 */
export async function tabularCsv(table: Tabular): Promise<{ content: Buffer; rows: number }> {
  const parts: string[] = ['\uFEFF', stringify([table.header])];
  let rows = 0;
  for await (const batch of table.batches) {
    parts.push(stringify(batch.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))), { escape_formulas: true }));
    rows += batch.length;
  }
  return { content: Buffer.from(parts.join(''), 'utf8'), rows };
}

/**
 * An Excel workbook of one sheet, written with exceljs's streaming writer: each row is committed as it
 * comes, so a large export never holds the whole workbook model. Cells are typed values, never formulas.
 */
export async function tabularXlsx(table: Tabular, sheetName: string): Promise<{ content: Buffer; rows: number }> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Veraz';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.header.map((header) => ({ header, width: Math.max(12, Math.min(40, header.length + 4)) }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let rows = 0;
  for await (const batch of table.batches) {
    for (const row of batch) sheet.addRow(row).commit();
    rows += batch.length;
  }
  sheet.commit();
  await workbook.commit();
  await finished;
  return { content: Buffer.concat(chunks), rows };
}
