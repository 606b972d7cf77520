import { AMBITOS_PUBLICOS, NIVELES_ORDEN_GOBIERNO, type EntePublico } from '@veraz/contracts';
import { enumText, fieldText, type EnumLabelsData, type FormLabelsData } from '@veraz/standards/form';
import etiquetas from '@veraz/standards-data/formulario/etiquetas.json';
import valores from '@veraz/standards-data/formulario/valores.json';

// The same words the filer's employment section uses: one label source, standards/formulario.
const labels = etiquetas as unknown as FormLabelsData;
const values = valores as EnumLabelsData;
const SECTION = 'datosEmpleoCargoComision';

export type EnteField = keyof EntePublico;

export const ENTE_FIELDS: Record<EnteField, { label: string; options: readonly string[] }> = {
  nivelOrdenGobierno: { label: fieldText(labels, `${SECTION}.nivelOrdenGobierno`).label, options: NIVELES_ORDEN_GOBIERNO },
  ambitoPublico: { label: fieldText(labels, `${SECTION}.ambitoPublico`).label, options: AMBITOS_PUBLICOS },
};

export const ENTE_FIELD_NAMES = Object.keys(ENTE_FIELDS) as EnteField[];

/** "Estatal" for ESTATAL; null (not recorded yet) reads as such. */
export function enteValueText(value: string | null): string {
  return value ? enumText(values, value) : 'Sin registrar';
}
