import { parse } from 'csv-parse/sync';
import type { RosterMovement, RosterPersonFields, RosterRowError } from '@veraz/contracts';
import { curpProblem, EMAIL_PATTERN, normalizeCurp } from '@veraz/standards';
import { columnOf, dateOf, levelOf, movementOf, REQUIRED_COLUMNS, type RosterColumn } from './roster-columns';

/** One valid line: what applying it means for the person with that CURP. */
export interface RosterRow extends RosterPersonFields {
  motivo: RosterMovement;
  /** The movement's date: fecha_movimiento, or fecha_alta (alta, reingreso) / fecha_baja (baja). */
  fechaMovimiento: string;
}

export type RowError = RosterRowError;

export interface ParsedLine {
  /** The line of the file (the header is line 1). */
  line: number;
  /** The cells as written, by column. */
  raw: Partial<Record<RosterColumn, string>>;
  row: RosterRow | null;
  errors: RowError[];
}

export interface ParsedRoster {
  encoding: 'utf-8' | 'windows-1252';
  delimiter: ',' | ';';
  lines: ParsedLine[];
  /** Problems with the file as a whole (no header, missing columns); no line is usable then. */
  fileErrors: string[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** UTF-8 (with or without BOM) when it decodes as such; otherwise Windows-1252, what Excel saves as «CSV». */
export function decodeRoster(content: Buffer): { text: string; encoding: ParsedRoster['encoding'] } {
  if (UTF8_BOM.every((b, i) => content[i] === b)) return { text: content.subarray(3).toString('utf8'), encoding: 'utf-8' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(content), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(content), encoding: 'windows-1252' };
  }
}

/** The delimiter the header line uses most (Excel in es-MX saves with semicolons). */
export function detectDelimiter(text: string): ',' | ';' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** Reads and checks every line; never throws on bad data (each problem is a Spanish error with its line and column). */
export function parseRoster(content: Buffer, onProgress?: (lines: number) => void): ParsedRoster {
  const { text, encoding } = decodeRoster(content);
  const delimiter = detectDelimiter(text);
  const records = parse(text, {
    delimiter,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    trim: true,
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  const result: ParsedRoster = { encoding, delimiter, lines: [], fileErrors: [] };
  if (!records.length) {
    result.fileErrors.push('El archivo está vacío: la primera línea debe llevar los nombres de las columnas.');
    return result;
  }
  const columns = records[0].record.map(columnOf);
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length) {
    result.fileErrors.push(`Faltan columnas obligatorias en la primera línea: ${missing.join(', ')}.`);
    return result;
  }
  const firstLineOfCurp = new Map<string, number>();
  for (let i = 1; i < records.length; i++) {
    const { record, info } = records[i];
    const raw: ParsedLine['raw'] = {};
    columns.forEach((column, j) => {
      if (column && record[j] !== undefined && record[j] !== '') raw[column] = record[j];
    });
    const parsed = checkLine(info.lines, raw);
    if (parsed.row) {
      const first = firstLineOfCurp.get(parsed.row.curp);
      if (first !== undefined) {
        parsed.errors.push({ line: info.lines, column: 'curp', message: `La CURP se repite: ya aparece en la línea ${first}.` });
        parsed.row = null;
      } else firstLineOfCurp.set(parsed.row.curp, info.lines);
    }
    result.lines.push(parsed);
    if (onProgress && i % 5000 === 0) onProgress(i);
  }
  onProgress?.(records.length - 1);
  return result;
}

/** Checks one line given by column (also what a single edit is checked with). */
export function checkLine(line: number, raw: ParsedLine['raw']): ParsedLine {
  const errors: RowError[] = [];
  const fail = (column: RosterColumn, message: string) => errors.push({ line, column, message });
  const required = (column: RosterColumn, label: string): string => {
    const value = raw[column] ?? '';
    if (!value) fail(column, `Falta ${label}.`);
    return value;
  };

  const curpText = required('curp', 'la CURP');
  const curp = normalizeCurp(curpText);
  const curpIssue = curpText ? curpProblem(curp) : null;
  if (curpIssue) fail('curp', `La CURP no es válida: ${curpIssue}.`);
  const nombres = required('nombres', 'el nombre');
  const primerApellido = required('primer_apellido', 'el primer apellido');

  const email = raw.correo ? raw.correo.toLowerCase() : null;
  if (email && !EMAIL_PATTERN.test(email)) fail('correo', 'El correo no es una dirección válida.');

  const nivel = raw.nivel ? levelOf(raw.nivel) : null;
  if (raw.nivel && !nivel) {
    fail('nivel', 'Nivel desconocido: usa «completa» (jefe de departamento o superior) o «simplificada» (inferior a jefe de departamento).');
  }

  const motivoText = required('motivo', 'el motivo');
  const motivo = motivoText ? movementOf(motivoText) : null;
  if (motivoText && !motivo) fail('motivo', 'Motivo desconocido: usa alta, baja, cambio, licencia o reingreso.');

  const date = (column: RosterColumn, label: string): string | null => {
    const text = raw[column];
    if (!text) return null;
    const value = dateOf(text);
    if (!value) fail(column, `${label} no es una fecha válida (usa AAAA-MM-DD o DD/MM/AAAA).`);
    return value;
  };
  const fechaAltaText = required('fecha_alta', 'la fecha de alta');
  const fechaAlta = fechaAltaText ? date('fecha_alta', 'La fecha de alta') : null;
  const fechaBaja = date('fecha_baja', 'La fecha de baja');
  const fechaMov = date('fecha_movimiento', 'La fecha del movimiento');
  if (fechaAlta && fechaBaja && fechaBaja < fechaAlta) fail('fecha_baja', 'La fecha de baja es anterior a la fecha de alta.');
  if (motivo === 'BAJA' && !raw.fecha_baja) fail('fecha_baja', 'Una baja necesita la fecha de baja.');
  if ((motivo === 'CAMBIO' || motivo === 'LICENCIA') && !raw.fecha_movimiento) {
    fail('fecha_movimiento', `Un movimiento de ${motivo === 'CAMBIO' ? 'cambio' : 'licencia'} necesita la fecha del movimiento.`);
  }
  if (motivo && motivo !== 'BAJA' && fechaBaja) {
    fail('fecha_baja', 'Solo una baja lleva fecha de baja; para un reingreso escribe la nueva fecha de alta y deja la de baja vacía.');
  }
  if (fechaAlta && fechaMov && fechaMov < fechaAlta) fail('fecha_movimiento', 'La fecha del movimiento es anterior a la fecha de alta.');

  if (errors.length || !motivo || !fechaAlta) return { line, raw, row: null, errors };
  const fechaMovimiento = fechaMov ?? (motivo === 'BAJA' ? fechaBaja! : fechaAlta);
  return {
    line,
    raw,
    errors,
    row: {
      curp,
      nombres,
      primerApellido,
      segundoApellido: raw.segundo_apellido ?? null,
      email,
      puesto: raw.puesto ?? null,
      area: raw.area ?? null,
      nivel,
      fechaAlta,
      fechaBaja,
      motivo,
      fechaMovimiento,
    },
  };
}
