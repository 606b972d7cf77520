/** One label of standards/formulario/etiquetas.json; `porTipo` where the DOF form of a tipo words it differently. */
export interface LabelEntry {
  etiqueta: string;
  porTipo?: Partial<Record<string, string>>;
  ayuda?: string;
}

/** Shape of standards/formulario/etiquetas.json (see its README). */
export interface FormLabelsData {
  fuente: string;
  campos: Record<string, LabelEntry>;
  rutas: Record<string, LabelEntry>;
  secciones: Record<string, { ayuda: string }>;
  elementos: Record<string, string>;
  /** The nouns of `elementos` that are feminine: «ninguna participación», «ningún inmueble». */
  femeninos?: string[];
}

/** Shape of standards/formulario/valores.json: display text of plain string enum values. */
export type EnumLabelsData = Record<string, string>;

export interface FieldText {
  label: string;
  help?: string;
}

/** The entry that labels a field (section + property names): the path first, then the name; undefined if none does. */
export function labelEntry(data: FormLabelsData, labelPath: string): LabelEntry | undefined {
  return data.rutas[labelPath] ?? data.campos[labelPath.slice(labelPath.lastIndexOf('.') + 1)];
}

/**
 * Label and help of a field by its label path (section + property names), in the wording of the
 * tipo's DOF form when given. Without an entry the label is the property name itself.
 */
export function fieldText(data: FormLabelsData, labelPath: string, tipo?: string): FieldText {
  const entry = labelEntry(data, labelPath);
  const label = (tipo ? entry?.porTipo?.[tipo] : undefined) ?? entry?.etiqueta ?? labelPath.slice(labelPath.lastIndexOf('.') + 1);
  const help = entry?.ayuda;
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

const PARTS_OF_A_VALUE = new Set(['clave', 'valor', 'moneda', 'unidad']);

/**
 * Where a field is, in the words of the form: "Inmueble 2 › Valor de adquisición" for
 * 'bienInmueble[1].valorAdquisicion.valor' in bienesInmuebles. Accepts API paths ([1]) and form
 * names (.1), relative to the section; '' is the section itself. With a tipo, in its DOF wording.
 */
export function placeOf(data: FormLabelsData, sectionName: string, path: string, tipo?: string): string {
  const parts = path.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
  const names: string[] = [];
  const out: string[] = [];
  parts.forEach((part, i) => {
    if (/^\d+$/.test(part)) return;
    // The clave of a catalog or the valor of an amount is the field its parent names.
    if (PARTS_OF_A_VALUE.has(part) && i === parts.length - 1 && out.length) return;
    names.push(part);
    const labelPath = [sectionName, ...names].join('.');
    const next = parts[i + 1];
    const index = next !== undefined && /^\d+$/.test(next) ? Number(next) + 1 : null;
    const noun = data.elementos[labelPath];
    if (index !== null && noun) out.push(`${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${index}`);
    else out.push(fieldText(data, labelPath, tipo).label + (index !== null ? ` ${index}` : ''));
  });
  return out.join(' › ');
}
