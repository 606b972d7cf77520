import { fieldLabel, hasFieldLabel, listItemNoun, sectionDef, TIPOS, type Tipo } from '@veraz/standards';

/*
 * What the PDF prints next to each value. The texts are those of standards/formulario/etiquetas.json
 * (through @veraz/standards), the same the web form and review page show; nothing is worded here.
 * A label path is the section name and the property names, without list indexes.
 */

/** "fechaInicioRepresentacion" → "Fecha inicio representacion": a document never prints a raw key. */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const lastKey = (labelPath: string) => labelPath.slice(labelPath.lastIndexOf('.') + 1);

/** Whether the PDF prints a label from etiquetas.json for this field rather than the humanized fallback. */
export function printsLabel(labelPath: string): boolean {
  return hasFieldLabel(labelPath);
}

/** The label of a field; only a property the labels file lacks (a future version of the standard) is humanized. */
export function pdfLabel(labelPath: string, tipo: Tipo): string {
  return printsLabel(labelPath) ? fieldLabel(labelPath, tipo) : humanize(lastKey(labelPath));
}

/** What one numbered element of a list is called: "Inmueble" for "Inmueble 2 de 5". */
export function pdfItemName(labelPath: string, tipo: Tipo): string {
  const noun = listItemNoun(labelPath);
  return noun ? noun.charAt(0).toUpperCase() + noun.slice(1) : pdfLabel(labelPath, tipo);
}

/** The title of a section the tipo does not list (printed after the official ones): its title in another tipo. */
export function otherSectionTitle(name: string): string {
  for (const tipo of TIPOS) {
    const def = sectionDef(tipo, name);
    if (def) return def.label;
  }
  return humanize(name);
}
