import type { FieldError } from '@veraz/contracts';
import { computedAmountErrors, valueProblems, type SectionDef } from '@veraz/standards';
import type { DeclarationRow } from '../declaration.types';

type Json = Record<string, unknown>;

/**
 * Rules the OAS cannot express, checked per section: `ninguno` agrees with the list, no date lies
 * in the future, percentages stay in range, automatic totals equal their sums, the job dates agree with
 * the declaration's period, and values the OAS types only as text (CURP, RFC, e-mail, phone, postal
 * code, dates) are well formed.
 * Paths are relative to the section, like the schema errors.
 */
export function sectionRuleErrors(def: SectionDef, data: Json, declaration: Pick<DeclarationRow, 'tipo' | 'fechaTomaPosesion' | 'fechaConclusion' | 'anioReportado'>, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (def.listKey) {
    const list = data[def.listKey];
    const count = Array.isArray(list) ? list.length : 0;
    if (data.ninguno === true && count > 0) errors.push({ path: def.listKey, message: 'marcaste «ninguno»: quita los elementos o desmarca la opción' });
    if (data.ninguno !== true && count === 0) errors.push({ path: def.listKey, message: 'agrega al menos un elemento o marca «ninguno»' });
    // The OAS requires no field of an item; an item with nothing but its tipoOperacion declares nothing.
    if (Array.isArray(list)) {
      list.forEach((item, i) => {
        if (item && typeof item === 'object' && Object.keys(item).every((k) => k === 'tipoOperacion')) {
          errors.push({ path: `${def.listKey}[${i}]`, message: 'este elemento está vacío: llénalo o quítalo' });
        }
      });
    }
  }
  walk(data, '', (key, value, path) => {
    // Some date fields carry no `format: date` in the OAS; every fecha* is a date all the same.
    if (typeof value === 'string' && key.startsWith('fecha')) {
      if (!isDate(value)) errors.push({ path, message: 'escribe la fecha con el formato AAAA-MM-DD' });
      else if (value > today) errors.push({ path, message: 'la fecha no puede ser posterior a hoy' });
    }
    if (typeof value === 'number' && key.startsWith('porcentaje')) {
      const min = key === 'porcentajeIncrementoDecremento' ? -100 : 0;
      if (value < min || value > 100) errors.push({ path, message: `debe estar entre ${min} y 100` });
    }
  });
  errors.push(...computedAmountErrors(def.name, declaration.tipo, data));
  if (def.name === 'inversiones' || def.name === 'adeudos') errors.push(...balanceErrors(def.name, data, declaration.tipo));
  // CURP, RFC, e-mail, phone, postal code and date coherence: the same checks the web form runs.
  // One message per field: a future date needs no second one about the period.
  const flagged = new Set(errors.map((e) => e.path));
  errors.push(...valueProblems(def.name, data, declaration).filter((p) => !flagged.has(p.path)));
  return errors;
}

/** The balance each tipo reports (the OAS leaves it optional, but a declaration without it says nothing). */
const BALANCE_FIELD: Record<string, Record<string, string>> = {
  inversiones: { INICIAL: 'saldoSituacionActual', MODIFICACIÓN: 'saldoDiciembreAnterior', CONCLUSIÓN: 'saldoFechaConclusion' },
  adeudos: { INICIAL: 'saldoInsolutoSituacionActual', MODIFICACIÓN: 'saldoInsolutoDiciembreAnterior', CONCLUSIÓN: 'saldoInsolutoFechaConclusion' },
};

function balanceErrors(section: 'inversiones' | 'adeudos', data: Json, tipo: string): FieldError[] {
  const listKey = section === 'inversiones' ? 'inversion' : 'adeudo';
  const field = BALANCE_FIELD[section][tipo];
  const items = Array.isArray(data[listKey]) ? (data[listKey] as Json[]) : [];
  return items.flatMap((item, i) =>
    item && typeof item === 'object' && item[field] === undefined ? [{ path: `${listKey}[${i}].${field}`, message: 'indica el saldo a la fecha que reporta esta declaración' }] : [],
  );
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function walk(value: unknown, path: string, visit: (key: string, value: unknown, path: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${path}[${i}]`, visit));
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      visit(key, child, childPath);
      walk(child, childPath, visit);
    }
  }
}
