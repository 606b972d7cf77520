import { EMPLOYMENT_LEVELS, ROSTER_COLUMNS, ROSTER_MOVEMENTS, type EmploymentLevel, type RosterColumn, type RosterMovement } from '@veraz/contracts';

export { ROSTER_COLUMNS, REQUIRED_ROSTER_COLUMNS as REQUIRED_COLUMNS, type RosterColumn } from '@veraz/contracts';

/** Other names spreadsheets commonly use for the same columns. */
const ALIASES: Record<string, RosterColumn> = {
  nombre: 'nombres',
  apellido_paterno: 'primer_apellido',
  apellido_materno: 'segundo_apellido',
  correo_institucional: 'correo',
  correo_electronico: 'correo',
  email: 'correo',
  area_de_adscripcion: 'area',
  adscripcion: 'area',
  nivel_de_empleo: 'nivel',
  fecha_de_alta: 'fecha_alta',
  fecha_de_baja: 'fecha_baja',
  fecha_del_movimiento: 'fecha_movimiento',
  motivo_del_movimiento: 'motivo',
};

/** Lower case, no accents, single spaces: how headers and friendly values are compared. */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim();
}

export function columnOf(header: string): RosterColumn | null {
  const key = fold(header).replace(/ /g, '_');
  if ((ROSTER_COLUMNS as readonly string[]).includes(key)) return key as RosterColumn;
  return ALIASES[key] ?? null;
}

const LEVEL_FORMS: Record<string, EmploymentLevel> = {
  completa: 'JEFE_DEPARTAMENTO_O_SUPERIOR',
  'jefe de departamento o superior': 'JEFE_DEPARTAMENTO_O_SUPERIOR',
  'jefe de departamento u homologo o superior': 'JEFE_DEPARTAMENTO_O_SUPERIOR',
  'jefe de departamento u homologo': 'JEFE_DEPARTAMENTO_O_SUPERIOR',
  'jefe de departamento': 'JEFE_DEPARTAMENTO_O_SUPERIOR',
  superior: 'JEFE_DEPARTAMENTO_O_SUPERIOR',
  simplificada: 'INFERIOR_A_JEFE_DEPARTAMENTO',
  'inferior a jefe de departamento': 'INFERIOR_A_JEFE_DEPARTAMENTO',
  inferior: 'INFERIOR_A_JEFE_DEPARTAMENTO',
  operativo: 'INFERIOR_A_JEFE_DEPARTAMENTO',
};

/** An EMPLOYMENT_LEVELS code or one of its Spanish forms; null when unknown. */
export function levelOf(value: string): EmploymentLevel | null {
  const upper = value.trim().toUpperCase();
  if ((EMPLOYMENT_LEVELS as readonly string[]).includes(upper)) return upper as EmploymentLevel;
  return LEVEL_FORMS[fold(value)] ?? null;
}

/** alta|baja|cambio|licencia|reingreso, any case or accents; null when unknown. */
export function movementOf(value: string): RosterMovement | null {
  const upper = fold(value).toUpperCase();
  return (ROSTER_MOVEMENTS as readonly string[]).includes(upper) ? (upper as RosterMovement) : null;
}

/** YYYY-MM-DD or DD/MM/YYYY (how Excel in es-MX writes dates); null when not a real date. */
export function dateOf(value: string): string | null {
  const text = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
    if (!m) return null;
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || y < 1900 || y > 2100) return null;
  return date.toISOString().slice(0, 10);
}
