import { itemNoun, type FormLabelsData } from './labels';

/**
 * «ningún inmueble», «ninguna participación»: the negative the app writes next to a list's noun,
 * agreeing with its gender (etiquetas.json `femeninos`). «Ningún» also stands before a compound whose
 * head is masculine («ningún préstamo o comodato»).
 */
export function noneOf(data: FormLabelsData, labelPath: string): string {
  const noun = itemNoun(data, labelPath);
  return `${data.femeninos?.includes(noun) ? 'ninguna' : 'ningún'} ${noun}`;
}
