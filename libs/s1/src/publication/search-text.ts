import { foldText } from '@veraz/projection';

/**
 * The form names are searched in: lower case, without accents, spaces collapsed. Unlike the
 * reference implementation, ñ also matches n: people search "munoz" or "nunez" from keyboards
 * and habits without ñ and expect to find Muñoz and Núñez (a search for "muñoz" still finds them).
 */
export function searchText(value: unknown): string {
  // Without control characters: the full-name search joins the name parts with one (\x1f).
  return typeof value === 'string' ? foldText(value.replace(/\p{Cc}/gu, ' ')).toLowerCase() : '';
}
