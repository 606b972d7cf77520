import { parse } from 'csv-parse/sync';
import { ValidationError, type FieldError } from '@veraz/contracts';

/**
 * Reads the exchange-rate files an operator imports:
 * - Banco de México's SIE CSV export of a daily series: title and metadata lines, a header row
 *   `Fecha,<serie>…`, then `DD/MM/AAAA,valor` rows ("N/E": no value published that day). Each year's
 *   rate is the mean of its published values.
 * - A yearly table `anio,moneda,tipo_cambio` from another official source (the operator names it).
 * Either all of a file is good, or it is refused with every problem and its line number.
 */

/** SIE series whose currency we know; others need an explicit `moneda`. Add only ids you can cite. */
export const KNOWN_SIE_SERIES: Record<string, { currency: string; name: string }> = {
  SF43718: { currency: 'USD', name: 'FIX' },
};

/** One yearly rate ready to store (pesos per unit, at most 6 decimals as the table keeps them). */
export interface ParsedFxRate {
  currency: string;
  year: number;
  mxnPerUnit: number;
  observations: number;
  source: string;
}

export interface FxImportOptions {
  /** ISO 4217 code for a series not in KNOWN_SIE_SERIES, or for yearly rows without `moneda`. */
  moneda?: string | null;
  /** Who published the figures: required for the yearly table; for SIE, replaces «Banco de México, SIE». */
  fuente?: string | null;
}

const CURRENCY = /^[A-Z]{3}$/;
const MICRO = 1_000_000;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

class Problems {
  readonly list: FieldError[] = [];
  add(line: number | null, message: string): void {
    this.list.push({ path: 'csv', message: line === null ? message : `línea ${line}: ${message}` });
  }
  param(path: 'moneda' | 'fuente', message: string): void {
    this.list.push({ path, message });
  }
  throwIfAny(): void {
    if (this.list.length) throw new ValidationError(this.list.slice(0, 100), 'El archivo de tipos de cambio tiene errores; no se guardó nada.');
  }
}

/** UTF-8 (with or without BOM) when it decodes as such; otherwise Windows-1252 (what Excel saves). */
export function decodeFxFile(content: Buffer | string): string {
  if (typeof content === 'string') return content.replace(/^\uFEFF/, '');
  if (UTF8_BOM.every((b, i) => content[i] === b)) return content.subarray(3).toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return new TextDecoder('windows-1252').decode(content);
  }
}

/** Lower case, no accents, no quotes: how header cells are compared. */
function plain(cell: string): string {
  return cell.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/"/g, '').trim().toLowerCase();
}

const YEAR_COLUMNS = ['anio', 'ano'];
const RATE_COLUMNS = ['tipo_cambio', 'tipo de cambio', 'tipocambio'];

/** The header row: SIE's `Fecha,<serie>…`, or a yearly table's (its columns in any order). */
function isHeader(line: string): boolean {
  const cells = line.split(/[,;]/).map(plain);
  if (cells.length < 2) return false;
  return cells[0] === 'fecha' || (cells.some((c) => YEAR_COLUMNS.includes(c)) && cells.some((c) => RATE_COLUMNS.includes(c)));
}

/** Every yearly rate the file gives, or a ValidationError (400) listing each problem with its line. */
export function parseFxFile(content: Buffer | string, options: FxImportOptions = {}): ParsedFxRate[] {
  const problems = new Problems();
  const moneda = options.moneda?.trim().toUpperCase() || null;
  const fuente = options.fuente?.trim() || null;
  if (moneda && (!CURRENCY.test(moneda) || moneda === 'MXN')) problems.param('moneda', 'debe ser un código de moneda ISO 4217 de tres letras distinto de MXN (p. ej. USD)');
  if (fuente && fuente.length > 300) problems.param('fuente', 'debe tener como máximo 300 caracteres');
  problems.throwIfAny();

  const text = decodeFxFile(content);
  const lines = text.split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex(isHeader);
  if (headerIndex < 0) {
    problems.add(null, 'no se encontró la fila de encabezados: el archivo del SIE de Banco de México lleva «Fecha» y la clave de la serie (p. ej. Fecha,SF43718); la tabla anual, anio,moneda,tipo_cambio.');
    problems.throwIfAny();
  }
  const header = lines[headerIndex];
  const delimiter = header.split(';').length > header.split(',').length ? ';' : ',';
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(lines.slice(headerIndex).join('\n'), {
      delimiter,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (err) {
    // An unclosed quote and the like: the whole file is unreadable from that line on.
    const at = typeof (err as { lines?: unknown }).lines === 'number' ? (err as { lines: number }).lines + headerIndex : null;
    problems.add(null, `el archivo no se puede leer como CSV: ¿una comilla sin cerrar?${at ? ` (la lectura se detuvo en la línea ${at})` : ''}.`);
    problems.throwIfAny();
    throw err;
  }
  // Line numbers of the file, not of the slice parsed.
  const rows = records.map(({ record, info }) => ({ cells: record, line: info.lines + headerIndex }));
  const columns = rows[0].cells.map(plain);
  const rates = columns[0] === 'fecha' ? sieRates(rows, delimiter, moneda, fuente, problems) : yearlyRates(rows, columns, delimiter, moneda, fuente, problems);
  problems.throwIfAny();
  if (!rates.length) {
    problems.add(null, 'el archivo no trae ningún valor publicado (solo encabezados o «N/E»).');
    problems.throwIfAny();
  }
  return rates.sort((a, b) => a.currency.localeCompare(b.currency) || a.year - b.year);
}

type Row = { cells: string[]; line: number };

/** A decimal number as millionths (exact integer arithmetic for the mean), or null when it is not one. */
function micros(text: string, delimiter: string): number | null {
  const normalized = delimiter === ';' ? text.replace(',', '.') : text;
  const m = /^(\d{1,7})(?:\.(\d{1,6}))?$/.exec(normalized);
  if (!m) return null;
  const value = Number(m[1]) * MICRO + Number((m[2] ?? '').padEnd(6, '0'));
  return value > 0 ? value : null;
}

/** DD/MM/AAAA (SIE) or AAAA-MM-DD, checked to be a real day; null otherwise. */
function dayOf(text: string): { iso: string; year: number } | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = text.includes('/') ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
  const year = Number(y);
  const date = new Date(Date.UTC(year, Number(mo) - 1, Number(d)));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null;
  if (year < 1900 || year > 2200) return null;
  return { iso: date.toISOString().slice(0, 10), year };
}

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function sieRates(rows: Row[], delimiter: string, moneda: string | null, fuente: string | null, problems: Problems): ParsedFxRate[] {
  const [header, ...data] = rows;
  const series = header.cells.slice(1).map((c) => c.replace(/"/g, '').trim().toUpperCase());
  if (!series.length || series.some((s) => !s)) problems.add(header.line, 'después de «Fecha» cada columna debe llevar la clave de una serie del SIE (p. ej. SF43718).');
  const currencies = series.map((id) => {
    const known = KNOWN_SIE_SERIES[id];
    if (known && moneda && moneda !== known.currency) {
      problems.param('moneda', `la serie ${id} es de ${known.currency}, no de ${moneda}`);
    } else if (!known && !(moneda && series.length === 1)) {
      problems.add(header.line, `no se conoce la moneda de la serie ${id}: indica la moneda (p. ej. --moneda USD) e importa una serie por archivo.`);
    }
    return known?.currency ?? moneda ?? '';
  });
  const repeated = currencies.find((c, i) => c && currencies.indexOf(c) !== i);
  if (repeated) problems.add(header.line, `dos series del archivo son de ${repeated}: importa una por archivo.`);
  if (problems.list.length) return [];

  // Per series and year: the sum and count of published values, and the first and last day.
  const years = series.map(() => new Map<number, { sum: number; n: number; first: string; last: string }>());
  const seen = new Map<string, number>();
  for (const { cells, line } of data) {
    const day = dayOf(cells[0] ?? '');
    if (!day) {
      problems.add(line, `«${cells[0] ?? ''}» no es una fecha válida (se espera DD/MM/AAAA).`);
      continue;
    }
    if (seen.has(day.iso)) problems.add(line, `la fecha ${dmy(day.iso)} se repite (ya aparece en la línea ${seen.get(day.iso)}).`);
    seen.set(day.iso, line);
    series.forEach((id, i) => {
      const cell = (cells[i + 1] ?? '').trim();
      if (cell === '' || /^n\/e$/i.test(cell)) return;
      const value = micros(cell, delimiter);
      if (value === null) return problems.add(line, `el valor «${cell}» de la serie ${id} no es un tipo de cambio (número positivo, hasta 6 decimales) ni «N/E».`);
      const year = years[i].get(day.year) ?? { sum: 0, n: 0, first: day.iso, last: day.iso };
      year.sum += value;
      year.n += 1;
      if (day.iso < year.first) year.first = day.iso;
      if (day.iso > year.last) year.last = day.iso;
      years[i].set(day.year, year);
    });
  }
  return series.flatMap((id, i) =>
    [...years[i]].map(([year, y]) => {
      const known = KNOWN_SIE_SERIES[id];
      const serie = `serie ${id}${known ? ` (${known.name})` : ''}`;
      // A year not covered from early January to late December is said to be partial in its source.
      const partial = y.first > `${year}-01-10` || y.last < `${year}-12-20` ? '; año incompleto' : '';
      return {
        currency: currencies[i],
        year,
        mxnPerUnit: Math.round(y.sum / y.n) / MICRO,
        observations: y.n,
        source: `${fuente ?? 'Banco de México, SIE'}, ${serie}, promedio de ${y.n} observaciones de ${year} (del ${dmy(y.first)} al ${dmy(y.last)}${partial})`,
      };
    }),
  );
}

function yearlyRates(rows: Row[], columns: string[], delimiter: string, moneda: string | null, fuente: string | null, problems: Problems): ParsedFxRate[] {
  const [header, ...data] = rows;
  const at = (names: string[]) => columns.findIndex((c) => names.includes(c));
  const anio = at(YEAR_COLUMNS);
  const monedaCol = at(['moneda']);
  const tipo = at(RATE_COLUMNS);
  if (anio < 0 || tipo < 0) problems.add(header.line, 'la tabla anual lleva las columnas anio, moneda y tipo_cambio.');
  if (!fuente) problems.param('fuente', 'indica la fuente oficial de las cifras anuales (p. ej. «DOF, tipo de cambio promedio anual»)');
  if (problems.list.length) return [];

  const out: ParsedFxRate[] = [];
  const seen = new Map<string, number>();
  for (const { cells, line } of data) {
    const yearText = (cells[anio] ?? '').trim();
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    if (!(year >= 1900 && year <= 2200)) problems.add(line, `«${yearText}» no es un año válido (p. ej. 2024).`);
    const cellCurrency = monedaCol >= 0 ? (cells[monedaCol] ?? '').trim().toUpperCase() : '';
    const currency = cellCurrency || moneda || '';
    if (!currency) problems.add(line, 'falta la moneda (columna moneda, o indícala para todo el archivo).');
    else if (!CURRENCY.test(currency) || currency === 'MXN') problems.add(line, `«${currency}» no es un código de moneda ISO 4217 distinto de MXN.`);
    else if (moneda && cellCurrency && cellCurrency !== moneda) problems.add(line, `la moneda ${cellCurrency} no es la indicada para el archivo (${moneda}).`);
    const rateText = (cells[tipo] ?? '').trim();
    const value = micros(rateText, delimiter);
    if (value === null) problems.add(line, `«${rateText}» no es un tipo de cambio (número positivo, hasta 6 decimales).`);
    const key = `${currency} ${year}`;
    if (seen.has(key)) problems.add(line, `${currency} ${year} se repite (ya aparece en la línea ${seen.get(key)}).`);
    seen.set(key, line);
    if (value !== null && currency && year) out.push({ currency, year, mxnPerUnit: value / MICRO, observations: 1, source: `${fuente}, cifra anual de ${year}` });
  }
  return out;
}
