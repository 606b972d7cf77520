import { placeOf, type FormLabelsData } from '@veraz/standards/form';
import { sentence } from '../../components/useFormErrors';

/**
 * A field path as a person can read it: without the section prefix, list positions counted from 1
 * and camelCase split into words. "bienesInmuebles.bienInmueble[0].superficieTerreno.valor" read in
 * the section bienesInmuebles → "bien inmueble 1 › superficie terreno › valor".
 */
export function readablePath(path: string, section: string): string {
  let rest = path;
  if (rest === section) return '';
  if (rest.startsWith(`${section}.`)) rest = rest.slice(section.length + 1);
  else if (rest.startsWith(`${section}[`)) rest = rest.slice(section.length);
  return rest
    .replace(/\[(\d+)\]/g, (_, index: string) => ` ${Number(index) + 1}`)
    .split('.')
    .map((part) => words(part.trim()))
    .filter(Boolean)
    .join(' › ');
}

function relativeTo(path: string, section: string): string {
  if (path === section) return '';
  if (path.startsWith(`${section}.`)) return path.slice(section.length + 1);
  if (path.startsWith(`${section}[`)) return path.slice(section.length);
  return path;
}

function words(part: string): string {
  return part
    .replace(/([a-záéíóúñ0-9])([A-ZÁÉÍÓÚÑ])/g, '$1 $2')
    .toLocaleLowerCase('es-MX');
}

/**
 * "Inmueble 1 › Valor de adquisición: falta capturar" → one line, with the form's labels once they are
 * loaded (the words of the path until then); a message for the whole section stays alone.
 */
export function pendingLine(path: string, message: string, section: string, labels?: FormLabelsData | null, tipo?: string): string {
  const where = labels ? placeOf(labels, section, relativeTo(path, section), tipo) : readablePath(path, section);
  const text = sentence(message);
  return where ? `${where}: ${text}` : text;
}

/** The section a sign error belongs to: the first segment of its path. */
export function sectionOfPath(path: string): string {
  return path.split(/[.[]/)[0] ?? path;
}
