/**
 * @veraz/standards: the S1 v2 declaration standard as code, built from the unmodified official files of
 * @veraz/standards-data (standards/ in the repository): declaration tipos, sections in DOF order,
 * Ajv validators with Spanish messages, pruning between tipos, catalogs, field labels and generated TypeScript types.
 */
export { TIPOS, type Tipo } from './tipos';
export { sectionsFor, sectionDef, type SectionDef, type SectionGroup } from './sections';
export type { FieldError } from './errors';
export {
  validateSectionDraft,
  validateSectionComplete,
  validateItem,
  validateItemWithLimits,
  validateResponse,
  oasDocument,
} from './validation';
export { ACLARACIONES_MAX, MONEDAS, textLimit, numberBounds } from './limits';
export { pruneToSchema } from './prune';
export { curpCheckDigit, curpProblem, normalizeCurp, isRealDate } from './identity/curp';
export { rfcCheckDigit, normalizeRfcPart, rfcPersonaFisicaProblem, rfcPersonaMoralProblem, rfcMatchesCurp, type RfcProblem } from './identity/rfc';
export { EMAIL_PATTERN, valueProblems, latestReportableDate, type DeclarationDates, type ValueProblem } from './form/value-checks';
export { catalogs, type CatalogEntry } from './catalogs';
export { fieldLabel, hasFieldLabel, listItemNoun } from './labels';
export { withComputedAmounts, computedAmountErrors, INCOME_TOTALS, PREVIOUS_YEAR_TOTALS, INCOME_GROUPS, type IncomeTotalFields } from './form/totals';
export { sectionForm } from './form/tree';
export { toSectionJson } from './form/rules';
export { orderFields } from './field-order';
export type {
  S1Item,
  S1ItemInicial,
  S1ItemModificacion,
  S1ItemConclusion,
  DeclaracionInicial,
  DeclaracionModificacion,
  DeclaracionConclusion,
  Inicial,
  Modificacion,
  Conclusion,
} from './generated/s1-types';
export { sectionRoot, applyOperations, operationMode, operationLists, pairItems, sameContent, unchangedFrom, type OperationMode } from './operations';
