import type { AssetItem } from './items';
import { clave, fechaCorta, valorOf, type Json } from './json';

/**
 * How the same asset is found again in another filing, and how it is named in an explanation.
 * An item carries several keys; two items are the same asset when they share any key, so a MODIFICAR
 * that corrects one field (the value, the folio real, the address) still matches on the others.
 */

/** Accented letters of Spanish (and a few more) folded to their base letter, by char code. */
const FOLD = new Map<number, string>();
for (const [letters, base] of [
  ['ÀÁÂÃÄÅàáâãäå', 'a'],
  ['ÈÉÊËèéêë', 'e'],
  ['ÌÍÎÏìíîï', 'i'],
  ['ÒÓÔÕÖòóôõö', 'o'],
  ['ÙÚÛÜùúûü', 'u'],
  ['Ññ', 'n'],
  ['Çç', 'c'],
] as const) {
  for (const letter of letters) FOLD.set(letter.charCodeAt(0), base);
}

/**
 * Lower case, no accents, letters and digits only: "Folio real 2,345-871" → "folioreal2345871".
 * One pass over the characters (no regular expressions, no Unicode normalisation): it runs for every
 * item of both filings of every scoring.
 */
export function normalizeKey(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  const text = String(value);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) out += text[i];
    else if (code >= 65 && code <= 90) out += String.fromCharCode(code + 32);
    else if (code >= 192) out += FOLD.get(code) ?? '';
  }
  return out;
}

/** Words that say nothing about which account or asset it is. */
const EMPTY_IDS = new Set(['', 'noaplica', 'na', 'sn', 'sinnumero', 'ninguno']);

function strong(prefix: string, value: unknown, minLength: number): string | null {
  const key = normalizeKey(value);
  return key.length >= minLength && !EMPTY_IDS.has(key) ? `${prefix}:${key}` : null;
}

function acquisition(prefix: string, item: AssetItem): string | null {
  return item.fechaAdquisicion && item.amount && item.amount.valor > 0
    ? `${prefix}:${item.fechaAdquisicion}:${item.amount.valor}:${item.amount.moneda}`
    : null;
}

/** The item's identity keys (computed once per item: both reconciliation directions read them). */
export function identityKeys(item: AssetItem): string[] {
  item.keys ??= computeKeys(item);
  return item.keys;
}

function computeKeys(item: AssetItem): string[] {
  const raw = item.raw;
  const keys: Array<string | null> = [];
  switch (item.section) {
    case 'bienesInmuebles': {
      const tipo = clave(raw.tipoInmueble) ?? '';
      const domicilio = (raw.domicilioMexico ?? raw.domicilioExtranjero) as Json | undefined;
      keys.push(strong('dato', raw.datoIdentificacion, 4));
      if (domicilio && typeof domicilio === 'object' && normalizeKey(domicilio.calle)) {
        keys.push(
          `dom:${tipo}:${normalizeKey(domicilio.codigoPostal)}:${normalizeKey(domicilio.calle)}:` +
            `${normalizeKey(domicilio.numeroExterior)}:${normalizeKey(domicilio.numeroInterior)}`,
        );
      }
      keys.push(acquisition(`adq:${tipo}`, item));
      break;
    }
    case 'vehiculos': {
      keys.push(strong('serie', raw.numeroSerieRegistro, 5));
      const marca = normalizeKey(raw.marca);
      if (marca && typeof raw.anio === 'number') keys.push(`mma:${marca}:${normalizeKey(raw.modelo)}:${raw.anio}`);
      keys.push(acquisition('adq', item));
      break;
    }
    case 'bienesMuebles': {
      const tipo = clave(raw.tipoBien) ?? '';
      const descripcion = normalizeKey(raw.descripcionGeneralBien);
      if (descripcion) keys.push(`desc:${tipo}:${descripcion}`);
      keys.push(acquisition(`adq:${tipo}`, item));
      break;
    }
    case 'inversiones': {
      const tipo = clave(raw.tipoInversion) ?? '';
      keys.push(strong(`cuenta:${tipo}`, raw.numeroCuentaContrato, 4));
      const lugar = raw.localizacionInversion as Json | undefined;
      const institucion = normalizeKey(lugar?.rfc) || normalizeKey(lugar?.institucionRazonSocial);
      if (institucion) keys.push(`inst:${tipo}:${clave(raw.subTipoInversion) ?? ''}:${institucion}`);
      break;
    }
    case 'adeudos': {
      const tipo = clave(raw.tipoAdeudo) ?? '';
      keys.push(strong(`cuenta:${tipo}`, raw.numeroCuentaContrato, 4));
      const otorgante = raw.otorganteCredito as Json | undefined;
      const quien = normalizeKey(otorgante?.rfc) || normalizeKey(otorgante?.nombreInstitucion);
      if (quien) keys.push(`otorgante:${tipo}:${quien}:${item.fechaAdquisicion ?? ''}`);
      break;
    }
  }
  return keys.filter((key): key is string => key !== null);
}

/** Keys of every item of a list, for "is it there?" look-ups. */
export function keySet(items: readonly AssetItem[]): Set<string> {
  const set = new Set<string>();
  for (const item of items) for (const key of identityKeys(item)) set.add(key);
  return set;
}

export function sameAsAny(item: AssetItem, keys: ReadonlySet<string>): boolean {
  for (const key of identityKeys(item)) if (keys.has(key)) return true;
  return false;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** "el vehículo Mazda CX-5 2019", "el inmueble CASA en Zapopan"…: how an explanation names the asset. */
export function describeItem(item: AssetItem): string {
  const raw = item.raw;
  switch (item.section) {
    case 'bienesInmuebles': {
      const tipo = valorOf(raw.tipoInmueble) ?? 'sin tipo';
      const mx = raw.domicilioMexico as Json | undefined;
      const lugar = valorOf(mx?.municipioAlcaldia) ?? (raw.domicilioExtranjero ? 'el extranjero' : null);
      const fecha = item.fechaAdquisicion ? `, adquirido el ${fechaCorta(item.fechaAdquisicion)}` : '';
      return `el inmueble ${tipo}${lugar ? ` en ${lugar}` : ''}${fecha}`;
    }
    case 'vehiculos': {
      const parts = [raw.marca, raw.modelo, raw.anio].filter((p) => (typeof p === 'string' && p.trim()) || typeof p === 'number');
      return `el vehículo ${parts.length ? parts.join(' ') : (valorOf(raw.tipoVehiculo) ?? 'sin descripción')}`;
    }
    case 'bienesMuebles': {
      const descripcion = typeof raw.descripcionGeneralBien === 'string' ? raw.descripcionGeneralBien.trim() : '';
      return `el bien mueble «${shorten(descripcion || (valorOf(raw.tipoBien) ?? 'sin descripción'), 60)}»`;
    }
    case 'inversiones': {
      const tipo = valorOf(raw.subTipoInversion) ?? valorOf(raw.tipoInversion) ?? 'sin tipo';
      const institucion = valorOf({ valor: (raw.localizacionInversion as Json | undefined)?.institucionRazonSocial });
      return `la inversión ${tipo}${institucion ? ` en ${shorten(institucion, 50)}` : ''}`;
    }
    case 'adeudos':
      return `el adeudo ${valorOf(raw.tipoAdeudo) ?? 'sin tipo'}`;
  }
}
