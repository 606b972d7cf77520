import { loadFormLabels } from './data';
import { fieldText, itemNoun, labelEntry, type FormLabelsData } from './form/labels';
import type { Tipo } from './tipos';

/*
 * The field labels of standards/formulario/etiquetas.json for server-side documents, the same texts
 * the web form and review page show. A label path is the section name followed by the property
 * names, without list indexes: 'bienesInmuebles.bienInmueble.valorAdquisicion'.
 */

const labels = (): FormLabelsData => loadFormLabels() as FormLabelsData;

/** Whether etiquetas.json labels the field (by its path or its property name). */
export function hasFieldLabel(labelPath: string): boolean {
  return labelEntry(labels(), labelPath) !== undefined;
}

/** The Spanish label of a field, in the wording of the tipo's DOF form; the property name if it has none. */
export function fieldLabel(labelPath: string, tipo?: Tipo): string {
  return fieldText(labels(), labelPath, tipo).label;
}

/** The singular noun of a list's items ("inmueble"), or undefined for a list etiquetas.json does not name. */
export function listItemNoun(labelPath: string): string | undefined {
  const data = labels();
  return data.elementos[labelPath] === undefined ? undefined : itemNoun(data, labelPath);
}
