import type { FieldError, SectionStatus } from '@veraz/contracts';
import { validateSectionComplete, type SectionDef } from '@veraz/standards';
import type { DeclarationRow } from '../declaration.types';
import { sectionRuleErrors } from './business-rules';
import { operationRuleErrors } from './operation-rules';

export interface SectionAssessment {
  status: Exclude<SectionStatus, 'vacía'>;
  pending: FieldError[];
}

/**
 * Where a saved section stands, from real validation: the official section schema with its
 * required fields plus the business rules. `baseline` is the section as carried from the previous
 * filing (null when the draft started from none); tipoOperacion is checked against it. `ninguno` when the filer states there is nothing to report.
 */
export function assessSection(def: SectionDef, data: Record<string, unknown>, declaration: DeclarationRow, today: string, baseline: Record<string, unknown> | null): SectionAssessment {
  const pending = [...validateSectionComplete(declaration.tipo, def.name, data), ...sectionRuleProblems(def, data, declaration, today, baseline)];
  if (pending.length) return { status: 'en captura', pending };
  return { status: def.listKey && data.ninguno === true ? 'ninguno' : 'completa', pending: [] };
}

/** The business and operation rules of assessSection without the schema (for a caller that checked the schema already). */
export function sectionRuleProblems(def: SectionDef, data: Record<string, unknown>, declaration: DeclarationRow, today: string, baseline: Record<string, unknown> | null): FieldError[] {
  return [...sectionRuleErrors(def, data, declaration, today), ...operationRuleErrors(def, declaration.tipo, data, baseline)];
}

export function progressOf(statuses: SectionStatus[]): number {
  if (statuses.length === 0) return 0;
  const done = statuses.filter((s) => s === 'completa' || s === 'ninguno').length;
  return Math.floor((done * 100) / statuses.length);
}
