import type { FieldError } from '@veraz/contracts';
import { operationLists, operationMode, pairItems, sameContent, sectionRoot, unchangedFrom, type SectionDef, type Tipo } from '@veraz/standards';

type Json = Record<string, unknown>;

/**
 * tipoOperacion as the standard means it, checked at save and again at signing:
 * - an INICIAL declares only altas (no BAJA, no MODIFICAR);
 * - a BAJA says why (motivoBaja) where the schema asks for it;
 * - with a previous filing: a SIN_CAMBIOS item equals the item it was copied from, only new items are
 *   AGREGAR, and no copied item disappears (it is reported as BAJA instead).
 * `previous` is the section as carried from the filing the draft started from (null: it started from none).
 */
export function operationRuleErrors(def: SectionDef, tipo: Tipo, data: Json, previous: Json | null): FieldError[] {
  const root = sectionRoot(tipo, def.name);
  const mode = operationMode(tipo, previous !== null);
  const errors: FieldError[] = [];
  const op = data.tipoOperacion;
  if (mode === 'inicial' && (op === 'BAJA' || op === 'MODIFICAR')) errors.push({ path: 'tipoOperacion', message: INICIAL_ONLY });
  if (mode === 'derived' && op === 'SIN_CAMBIOS' && previous && !sameContent(sectionOwn(root, data), sectionOwn(root, previous))) {
    errors.push({ path: 'tipoOperacion', message: CHANGED });
  }
  for (const key of operationLists(root)) {
    const list = Array.isArray(data[key]) ? (data[key] as Json[]) : [];
    const before = previous && Array.isArray(previous[key]) ? (previous[key] as Json[]) : [];
    const pairs = pairItems(list, before);
    const withMotivo = (root.children.find((c) => c.key === key) as { item: { children: Array<{ key: string }> } }).item.children.some((c) => c.key === 'motivoBaja');
    let copied = 0;
    list.forEach((item, i) => {
      const path = (field: string) => `${key}[${i}].${field}`;
      const itemOp = item?.tipoOperacion;
      if (mode === 'inicial' && (itemOp === 'BAJA' || itemOp === 'MODIFICAR')) errors.push({ path: path('tipoOperacion'), message: INICIAL_ONLY });
      if (itemOp === 'BAJA' && withMotivo && !(item.motivoBaja as Json | undefined)?.clave) errors.push({ path: path('motivoBaja'), message: 'indica el motivo de la baja' });
      if (mode !== 'derived' || itemOp === 'AGREGAR' || itemOp === undefined) return;
      const was = pairs[i];
      if (!was) {
        errors.push({ path: path('tipoOperacion'), message: 'no estaba en tu declaración anterior: su tipo de operación es AGREGAR' });
        return;
      }
      copied++;
      if (itemOp === 'SIN_CAMBIOS' && !unchangedFrom(item, was)) errors.push({ path: path('tipoOperacion'), message: CHANGED });
    });
    if (mode === 'derived' && copied < before.length) {
      const missing = before.length - copied;
      errors.push({ path: key, message: `${missing === 1 ? 'falta 1 elemento' : `faltan ${missing} elementos`} de tu declaración anterior: no se eliminan, se dan de baja con su motivo` });
    }
  }
  return errors;
}

const INICIAL_ONLY = 'una declaración inicial solo declara altas: el tipo de operación es AGREGAR';
const CHANGED = 'cambió respecto de tu declaración anterior: su tipo de operación es MODIFICAR';

function sectionOwn(root: ReturnType<typeof sectionRoot>, data: Json): Json {
  const lists = new Set(operationLists(root));
  return Object.fromEntries(Object.entries(data).filter(([k]) => !lists.has(k)));
}
