import type { RiskFigure, RiskSource } from '@veraz/contracts';
import { readAmount } from '../engine/money';
import { fechaCorta } from '../engine/json';
import type { Rule, RuleResult, ScoringInput } from '../engine/types';
import { amountWords, clave, fold, interes, isBaja, isObj, items, label, moneyFigure, num, situacionOf, source, text, type Json } from './reading';

/**
 * Group 4, lifestyle signals. Only what the filing holds on its date counts: items reported as BAJA
 * (sold, donated…) are left to group 3. Severities: a single large home is BAJA (common among senior
 * officials); a luxury vehicle, an aircraft or boat, several properties in one year and assets abroad
 * are MEDIA (each worth a look, none proof of anything on its own).
 */

const BRANDS = new WeakMap<readonly string[], { pattern: RegExp | null; names: Map<string, string> }>();

/** One regex per thresholds' brand list (cached by the list's identity: built once, not per filing). */
function luxuryBrands(brands: readonly string[]): { pattern: RegExp | null; names: Map<string, string> } {
  let cached = BRANDS.get(brands);
  if (!cached) {
    const names = new Map<string, string>();
    for (const brand of brands) {
      const folded = fold(brand);
      if (folded && !names.has(folded)) names.set(folded, brand);
    }
    // Longest first, so "land rover" wins over a shorter brand at the same place; whole words only.
    const alternatives = [...names.keys()].sort((a, b) => b.length - a.length).map((b) => b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    cached = { pattern: alternatives.length ? new RegExp(`(?:^| )(${alternatives.join('|')})(?= |$)`) : null, names };
    BRANDS.set(brands, cached);
  }
  return cached;
}

/** The luxury brand (as the thresholds spell it) a vehicle's marca and modelo name, or null. */
export function luxuryBrandOf(marca: string | null, modelo: string | null, brands: readonly string[]): string | null {
  const { pattern, names } = luxuryBrands(brands);
  if (!pattern || (!marca && !modelo)) return null;
  // "Audi R8", "Range Rover" and "Cadillac Escalade" are models: read marca and modelo together.
  const match = pattern.exec(fold(`${marca ?? ''} ${modelo ?? ''}`));
  return match ? (names.get(match[1]!) ?? match[1]!) : null;
}

const AIR_OR_WATER: Record<string, string> = { AERN: 'aeronave', BARYA: 'barco o yate' };
const HOMES = new Set(['CASA', 'DPTO']);
const TO_M2: Record<string, number> = { m2: 1, ha: 10_000, km2: 1_000_000 };

function vehicleWords(v: Json): string {
  return [text(v.marca), text(v.modelo), typeof v.anio === 'number' ? String(v.anio) : null].filter(Boolean).join(' ') || 'sin marca ni modelo';
}

function acquisition(item: Json): { words: string; figures: RiskFigure[] } {
  const amount = readAmount(item.valorAdquisicion);
  const raw = text(item.fechaAdquisicion);
  const fecha = raw ? fechaCorta(raw) : null;
  const words = [amount ? `adquirido por ${amountWords(amount)}` : 'sin valor de adquisición declarado', fecha ? `el ${fecha}` : null].filter(Boolean).join(' ');
  const figures: RiskFigure[] = [];
  if (amount) figures.push(moneyFigure('Valor de adquisición', amount));
  if (fecha) figures.push({ label: 'Fecha de adquisición', value: fecha });
  return { words, figures };
}

function vehicles(input: ScoringInput, out: RuleResult[]): void {
  const { filing, thresholds } = input;
  items(situacionOf(filing), 'vehiculos', 'vehiculo').forEach((v, i) => {
    if (!isObj(v) || isBaja(v)) return;
    const what = vehicleWords(v);
    const { words, figures } = acquisition(v);
    const src = [source(filing, 'vehiculos', i, 'marca')];
    const brand = luxuryBrandOf(text(v.marca), text(v.modelo), thresholds.marcasDeLujo);
    if (brand) {
      out.push({
        code: 'VEHICULO_LUJO',
        severity: 'MEDIA',
        explanation: `Folio ${filing.folio}, vehículos, vehículo ${i + 1}: ${what}, ${words}. La marca o el modelo coincide con «${brand}», de la lista de marcas de lujo de los umbrales vigentes (${thresholds.marcasDeLujo.length} marcas).`,
        figures: [{ label: 'Vehículo', value: what }, { label: 'Marca de lujo de la lista', value: brand }, ...figures],
        sources: src,
      });
    }
    const tipo = clave(v.tipoVehiculo);
    const kind = tipo ? AIR_OR_WATER[tipo] : undefined;
    if (kind) {
      out.push({
        code: 'AERONAVE_O_EMBARCACION',
        severity: 'MEDIA',
        explanation: `Folio ${filing.folio}, vehículos, vehículo ${i + 1}: ${kind} (tipo de vehículo ${tipo}, «${label(v.tipoVehiculo)}»), ${what}, ${words}.`,
        figures: [{ label: 'Tipo de vehículo', value: `${tipo} ${label(v.tipoVehiculo)}` }, { label: 'Vehículo', value: what }, ...figures],
        sources: [source(filing, 'vehiculos', i, 'tipoVehiculo')],
      });
    }
  });
}

function properties(input: ScoringInput, out: RuleResult[]): void {
  const { filing, thresholds } = input;
  const byYear = new Map<string, number[]>();
  const list = items(situacionOf(filing), 'bienesInmuebles', 'bienInmueble');
  list.forEach((p, i) => {
    if (!isObj(p) || isBaja(p)) return;
    const year = text(p.fechaAdquisicion)?.slice(0, 4);
    if (year && /^\d{4}$/.test(year)) {
      const same = byYear.get(year);
      if (same) same.push(i);
      else byYear.set(year, [i]);
    }
    const tipo = clave(p.tipoInmueble);
    const sup = isObj(p.superficieConstruccion) ? p.superficieConstruccion : null;
    if (!tipo || !HOMES.has(tipo) || !sup || typeof sup.valor !== 'number') return;
    const unidad = text(sup.unidad) ?? 'm2';
    const factor = TO_M2[unidad];
    if (factor === undefined) return;
    const m2 = sup.valor * factor;
    if (m2 <= thresholds.construccionM2) return;
    const declared = unidad === 'm2' ? `${num(sup.valor)} m²` : `${num(sup.valor)} ${unidad} (${num(m2)} m²)`;
    out.push({
      code: 'CASA_GRANDE',
      severity: 'BAJA',
      explanation: `Folio ${filing.folio}, bienes inmuebles, inmueble ${i + 1} (${label(p.tipoInmueble)}): superficie de construcción de ${declared}, mayor que el umbral de ${num(thresholds.construccionM2)} m².`,
      figures: [
        { label: 'Superficie de construcción', value: `${num(m2)} m²` },
        { label: 'Umbral', value: `${num(thresholds.construccionM2)} m²` },
      ],
      sources: [source(filing, 'bienesInmuebles', i, 'superficieConstruccion.valor')],
    });
  });
  if (thresholds.inmueblesPorAnio < 1) return;
  for (const [year, indexes] of byYear) {
    if (indexes.length < thresholds.inmueblesPorAnio) continue;
    const lines = indexes.map((i) => {
      const p = list[i]!;
      return `inmueble ${i + 1} (${label(p.tipoInmueble) ?? 'sin tipo'}, ${acquisition(p).words})`;
    });
    out.push({
      code: 'VARIOS_INMUEBLES_EN_UN_ANIO',
      severity: 'MEDIA',
      explanation: `Folio ${filing.folio}, bienes inmuebles: ${indexes.length} inmuebles adquiridos en ${year}: ${lines.join('; ')}. El umbral es de ${thresholds.inmueblesPorAnio} o más en un año.`,
      figures: [
        { label: 'Año de adquisición', value: year },
        { label: 'Inmuebles adquiridos', value: num(indexes.length) },
        { label: 'Umbral (inmuebles por año)', value: num(thresholds.inmueblesPorAnio) },
        ...indexes.flatMap((i) => acquisition(list[i]!).figures.filter((f) => f.label === 'Valor de adquisición').map((f) => ({ ...f, label: `Valor de adquisición, inmueble ${i + 1}` }))),
      ],
      sources: indexes.map((i) => source(filing, 'bienesInmuebles', i, 'fechaAdquisicion')),
    });
  }
}

const REGION_NAMES = new Intl.DisplayNames('es-MX', { type: 'region' });

/** S1 writes the country as its ISO code: "Estados Unidos (US)" for the reviewer; an unknown code as written. */
function country(pais: unknown): string | null {
  const code = text(pais);
  if (!code) return null;
  let name: string | undefined;
  try {
    name = REGION_NAMES.of(code.toUpperCase());
  } catch {
    name = undefined;
  }
  return name && name !== code.toUpperCase() ? `${name} (${code})` : code;
}

const isForeignCountry = (pais: unknown): boolean => typeof pais === 'string' && pais.trim() !== '' && pais.trim().toUpperCase() !== 'MX';

/** Investment balances are named per tipo. */
const SALDO = ['saldoSituacionActual', 'saldoDiciembreAnterior', 'saldoFechaConclusion'];

/** Every inmueble, vehículo, inversión, empresa or fideicomiso the filing places abroad: one flag listing them all. */
function abroad(input: ScoringInput, out: RuleResult[]): void {
  const { filing } = input;
  const sp = situacionOf(filing);
  const found: Array<{ words: string; figures: RiskFigure[]; source: RiskSource }> = [];
  const add = (section: string, i: number, field: string, words: string, value: RiskFigure | null): void => {
    found.push({ words, figures: value ? [value] : [], source: source(filing, section, i, field) });
  };
  const valueOf = (labelText: string, raw: unknown): RiskFigure | null => {
    const amount = readAmount(raw);
    return amount ? moneyFigure(labelText, amount) : null;
  };
  items(sp, 'bienesInmuebles', 'bienInmueble').forEach((p, i) => {
    if (!isObj(p) || isBaja(p) || !isObj(p.domicilioExtranjero) || p.domicilioExtranjero.pais === 'MX') return;
    const where = [text(p.domicilioExtranjero.ciudadLocalidad), country(p.domicilioExtranjero.pais)].filter(Boolean).join(', ') || 'domicilio en el extranjero';
    add('bienesInmuebles', i, 'domicilioExtranjero', `inmueble ${i + 1} (${label(p.tipoInmueble) ?? 'sin tipo'}) en ${where}`, valueOf(`Valor de adquisición, inmueble ${i + 1}`, p.valorAdquisicion));
  });
  items(sp, 'vehiculos', 'vehiculo').forEach((v, i) => {
    if (!isObj(v) || isBaja(v) || !isObj(v.lugarRegistro) || !isForeignCountry(v.lugarRegistro.pais)) return;
    add('vehiculos', i, 'lugarRegistro.pais', `vehículo ${i + 1} (${vehicleWords(v)}) registrado en ${country(v.lugarRegistro.pais)}`, valueOf(`Valor de adquisición, vehículo ${i + 1}`, v.valorAdquisicion));
  });
  items(sp, 'inversiones', 'inversion').forEach((inv, i) => {
    if (!isObj(inv) || isBaja(inv)) return;
    const loc = isObj(inv.localizacionInversion) ? inv.localizacionInversion : {};
    const ifex = clave(inv.subTipoInversion) === 'IFEX';
    if (!isForeignCountry(loc.pais) && !ifex) return;
    const where = isForeignCountry(loc.pais) ? `en ${country(loc.pais)}` : '(inversión financiera en el extranjero)';
    const saldo = SALDO.map((f) => inv[f]).find((v) => readAmount(v));
    add('inversiones', i, isForeignCountry(loc.pais) ? 'localizacionInversion.pais' : 'subTipoInversion', `inversión ${i + 1} (${label(inv.tipoInversion) ?? 'sin tipo'}${text(loc.institucionRazonSocial) ? `, ${text(loc.institucionRazonSocial)}` : ''}) ${where}`, valueOf(`Saldo, inversión ${i + 1}`, saldo));
  });
  const it = interes(filing);
  items(it, 'participacion', 'participacion').forEach((p, i) => {
    if (!isObj(p) || isBaja(p) || !isObj(p.ubicacion) || !isForeignCountry(p.ubicacion.pais)) return;
    add('participacion', i, 'ubicacion.pais', `participación ${i + 1} en ${text(p.nombreEmpresaSociedadAsociacion) ?? 'una empresa'} ubicada en ${country(p.ubicacion.pais)}`, typeof p.porcentajeParticipacion === 'number' ? { label: `Porcentaje de participación, participación ${i + 1}`, value: `${num(p.porcentajeParticipacion)} %` } : null);
  });
  items(it, 'fideicomisos', 'fideicomiso').forEach((f, i) => {
    if (!isObj(f) || isBaja(f) || f.extranjero !== 'EX') return;
    add('fideicomisos', i, 'extranjero', `fideicomiso ${i + 1} constituido en el extranjero`, null);
  });
  if (found.length === 0) return;
  out.push({
    code: 'BIENES_EN_EL_EXTRANJERO',
    severity: 'MEDIA',
    explanation: `Folio ${filing.folio}: ${found.length === 1 ? 'un bien, cuenta o empresa' : `${found.length} bienes, cuentas o empresas`} en el extranjero: ${found.map((f) => f.words).join('; ')}.`,
    figures: [{ label: 'Bienes, cuentas o empresas en el extranjero', value: num(found.length) }, ...found.flatMap((f) => f.figures)],
    sources: found.map((f) => f.source),
  });
}

export const lifestyleRule: Rule = {
  codes: ['VEHICULO_LUJO', 'AERONAVE_O_EMBARCACION', 'CASA_GRANDE', 'VARIOS_INMUEBLES_EN_UN_ANIO', 'BIENES_EN_EL_EXTRANJERO'],
  evaluate(input: ScoringInput): RuleResult[] {
    const out: RuleResult[] = [];
    vehicles(input, out);
    properties(input, out);
    abroad(input, out);
    return out;
  },
};
