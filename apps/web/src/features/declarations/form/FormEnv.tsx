import { createContext, useContext } from 'react';
import type { FieldError } from '@veraz/contracts';
import { fieldText, type FieldText, type OperationMode } from '@veraz/standards/form';
import type { FormStandards } from './data/standards';

/**
 * What every field of a section form shares: the standards data, the current validation problems
 * (from the API, which validates with the official schemas), which of them to show, and the filer's
 * México / extranjero style choices (they are not data until a side is filled in).
 */
export interface FormEnv {
  standards: FormStandards;
  sectionName: string;
  /** Problems by RHF name ('bienInmueble.0.titular'), from the last save or the server's 400. */
  errors: Map<string, string[]>;
  /** Show a field's problems: after it was touched, or everywhere once the filer asked for a review. */
  showErrorsFor(name: string): boolean;
  choices: Record<string, Record<string, 0 | 1>>;
  choose(objectName: string, key: string, choice: 0 | 1): void;
  /** "Today" in Mexico City, the latest date a date field accepts. */
  today: string;
  /** Who sets tipoOperacion, and the section as carried from the previous filing (see operations.ts). */
  operations: { mode: OperationMode; baseline: Record<string, unknown> | null };
}

export const FormEnvContext = createContext<FormEnv | null>(null);

export function useFormEnv(): FormEnv {
  const env = useContext(FormEnvContext);
  if (!env) throw new Error('useFormEnv outside a section form');
  return env;
}

/** 'bienInmueble[0].titular[0].clave' (API) → 'bienInmueble.0.titular.0.clave' (form names). */
export function formName(apiPath: string): string {
  return apiPath.replace(/\[(\d+)\]/g, '.$1');
}

export function errorMap(errors: FieldError[], sectionName: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const e of errors) {
    let path = e.path;
    if (path === sectionName) path = '';
    else if (path.startsWith(`${sectionName}.`)) path = path.slice(sectionName.length + 1);
    const name = formName(path);
    map.set(name, [...(map.get(name) ?? []), e.message]);
  }
  return map;
}

/** Problems of a widget: its own path, plus its parts' for widgets that edit several keys (clave/valor, valor/moneda). */
export function problemsOf(errors: Map<string, string[]>, name: string, includeParts: boolean): string[] {
  const out = [...(errors.get(name) ?? [])];
  if (includeParts) {
    for (const [path, messages] of errors) if (path.startsWith(`${name}.`)) out.push(...messages);
  }
  return out;
}

/** The form name with indexes dropped and the section in front: the key of the labels file. */
export function labelPathOf(sectionName: string, name: string): string {
  return [sectionName, ...name.split('.').filter((part) => part && !/^\d+$/.test(part))].join('.');
}

export function textOf(env: FormEnv, labelPath: string): FieldText {
  return fieldText(env.standards.labels, labelPath, env.standards.tipo);
}

export function inputId(name: string): string {
  return `campo-${name.replace(/\./g, '-') || 'seccion'}`;
}

export function capitalize(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

export function mexicoToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(new Date());
}
