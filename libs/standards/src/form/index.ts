/**
 * Browser-safe part of @veraz/standards: builds the capture form of a section from the official OAS
 * (passed in, so the web app can load it lazily) and turns the form's values back into S1 JSON.
 * Nothing here loads files or compiles schemas.
 */
export { resolveRef, sectionSchema, groupProperties } from '../oas-nav';
export { sectionForm, walkNodes, type FormNode, type ObjectNode, type ListNode, type SectionForm, type CatalogNode, type GeoNode, type TextNode, type NumberNode, type EnumNode, type CatalogListNode, type MoneyNode, type BooleanNode, type DateNode } from './tree';
export { ALTERNATIVES, chosenAlternative, hiddenKeys, toSectionJson } from './rules';
export { fieldText, labelEntry, itemNoun, enumText, placeOf, type FormLabelsData, type LabelEntry, type EnumLabelsData, type FieldText } from './labels';
export { MONEDAS, ACLARACIONES_MAX, textLimit, numberBounds } from '../limits';
export { matchCatalog, asksToSpecify, type CatalogOption } from './catalog-match';
export { TOTALS_SECTIONS, isComputedAmount, computedAmounts, withComputedAmounts, computedAmountErrors, type ComputedAmount } from './totals';
export { noneOf } from './agreement';
export { applyOperations, operationMode, operationLists, pairItems, sameContent, unchangedFrom, contentOf, type Operation, type OperationMode } from './operations';
export { sectionDiff, type SectionDiff, type ItemChange, type FieldChange } from './diff';
export { EMAIL_PATTERN, valueProblems, latestReportableDate, type DeclarationDates, type ValueProblem } from './value-checks';
export { curpProblem } from '../identity/curp';
export { rfcPersonaFisicaProblem } from '../identity/rfc';
export { DOF_SECTIONS, dofSectionTitle, dofSectionRank } from '../dof-sections';
