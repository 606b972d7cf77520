/** Shape of standards/formulario/etiquetas.json (see its README). */
export interface FormLabelsData {
  fuente: string;
  campos: Record<string, { etiqueta: string; ayuda?: string }>;
  rutas: Record<string, { etiqueta: string; ayuda?: string }>;
  secciones: Record<string, { ayuda: string }>;
  elementos: Record<string, string>;
}

/** Shape of standards/formulario/valores.json: display text of plain string enum values. */
export type EnumLabelsData = Record<string, string>;

export interface FieldText {
  label: string;
  help?: string;
}

/** Label and help of a field by its label path (section + property names): the path first, then the name. */
export function fieldText(data: FormLabelsData, labelPath: string): FieldText {
  const byPath = data.rutas[labelPath];
  const key = labelPath.slice(labelPath.lastIndexOf('.') + 1);
  const byName = data.campos[key];
  const label = byPath?.etiqueta ?? byName?.etiqueta ?? key;
  const help = byPath ? byPath.ayuda : byName?.ayuda;
  return help ? { label, help } : { label };
}

/** Singular noun of a list's items ("inmueble"), for "Agregar inmueble" and "Inmueble 2". */
export function itemNoun(data: FormLabelsData, labelPath: string): string {
  return data.elementos[labelPath] ?? 'elemento';
}

/** The display text of an enum value: from valores.json, else the value with spaces for underscores. */
export function enumText(data: EnumLabelsData, value: string): string {
  return data[value] ?? value.replace(/_/g, ' ');
}
