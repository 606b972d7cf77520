/** S1 values (spelled as the standard spells them) that describe an institution as an ente público. */
export const NIVELES_ORDEN_GOBIERNO = ['FEDERAL', 'ESTATAL', 'MUNICIPAL_ALCALDIA'] as const;
export type NivelOrdenGobierno = (typeof NIVELES_ORDEN_GOBIERNO)[number];

export const AMBITOS_PUBLICOS = ['EJECUTIVO', 'LEGISLATIVO', 'JUDICIAL', 'ORGANO_AUTONOMO'] as const;
export type AmbitoPublico = (typeof AMBITOS_PUBLICOS)[number];

export interface EntePublico {
  nivelOrdenGobierno: NivelOrdenGobierno | null;
  ambitoPublico: AmbitoPublico | null;
}
