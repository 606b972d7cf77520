import type { FieldError } from '@veraz/contracts';
import type { SectionDef } from '@veraz/standards';
import type { DeclarationRow } from '../declaration.types';

type Json = Record<string, unknown>;

/**
 * Rules the OAS cannot express, checked per section: `ninguno` agrees with the list, no date lies
 * in the future, percentages stay in range, and the job dates agree with the declaration's period.
 * Paths are relative to the section, like the schema errors.
 */
export function sectionRuleErrors(def: SectionDef, data: Json, declaration: Pick<DeclarationRow, 'tipo' | 'fechaTomaPosesion' | 'fechaConclusion' | 'anioReportado'>, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (def.listKey) {
    const list = data[def.listKey];
    const count = Array.isArray(list) ? list.length : 0;
    if (data.ninguno === true && count > 0) errors.push({ path: def.listKey, message: 'marcaste «ninguno»: quita los elementos o desmarca la opción' });
    if (data.ninguno !== true && count === 0) errors.push({ path: def.listKey, message: 'agrega al menos un elemento o marca «ninguno»' });
  }
  walk(data, '', (key, value, path) => {
    if (typeof value === 'string' && key.startsWith('fecha') && /^\d{4}-\d{2}-\d{2}$/.test(value) && value > today) {
      errors.push({ path, message: 'la fecha no puede ser posterior a hoy' });
    }
    if (typeof value === 'number' && key.startsWith('porcentaje')) {
      const min = key === 'porcentajeIncrementoDecremento' ? -100 : 0;
      if (value < min || value > 100) errors.push({ path, message: `debe estar entre ${min} y 100` });
    }
  });
  if (def.name === 'datosEmpleoCargoComision') errors.push(...jobDateErrors(data, declaration));
  if (def.name === 'actividadAnualAnterior' && data.servidorPublicoAnioAnterior === true) {
    const start = data.fechaIngreso;
    const end = data.fechaConclusion;
    if (typeof start === 'string' && typeof end === 'string' && start > end) {
      errors.push({ path: 'fechaConclusion', message: 'debe ser igual o posterior a la fecha de ingreso' });
    }
  }
  return errors;
}

function jobDateErrors(data: Json, d: Pick<DeclarationRow, 'tipo' | 'fechaTomaPosesion' | 'fechaConclusion' | 'anioReportado'>): FieldError[] {
  const fecha = typeof data.fechaTomaPosesion === 'string' ? data.fechaTomaPosesion : null;
  if (!fecha) return [];
  // The OAS describes this field as the date the office began or ended, depending on the tipo.
  if (d.tipo === 'INICIAL' && d.fechaTomaPosesion && fecha !== d.fechaTomaPosesion) {
    return [{ path: 'fechaTomaPosesion', message: `debe coincidir con la fecha de toma de posesión de esta declaración (${d.fechaTomaPosesion})` }];
  }
  if (d.tipo === 'CONCLUSIÓN' && d.fechaConclusion && fecha !== d.fechaConclusion) {
    return [{ path: 'fechaTomaPosesion', message: `en la conclusión indica la fecha en que concluyó el encargo (${d.fechaConclusion})` }];
  }
  if (d.tipo === 'MODIFICACIÓN' && d.anioReportado && fecha > `${d.anioReportado}-12-31`) {
    return [{ path: 'fechaTomaPosesion', message: `debe ser anterior al fin del año que reportas (${d.anioReportado})` }];
  }
  return [];
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
