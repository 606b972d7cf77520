import { applyOperations, operationMode, type OperationMode } from './form/operations';
import { sectionForm, type ObjectNode } from './form/tree';
import type { Tipo } from './tipos';
import { oasDocument } from './validation';

/** The form tree of a section from the tipo's OAS, cached: the API applies the same operation rules as the form. */
const roots = new Map<string, ObjectNode>();
export function sectionRoot(tipo: Tipo, section: string): ObjectNode {
  const key = `${tipo}:${section}`;
  let root = roots.get(key);
  if (!root) {
    root = sectionForm(oasDocument(tipo), section).root;
    roots.set(key, root);
  }
  return root;
}

export { applyOperations, operationMode, type OperationMode };
export { operationLists, pairItems, sameContent, unchangedFrom } from './form/operations';
