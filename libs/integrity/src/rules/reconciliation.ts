import type { RiskSource } from '@veraz/contracts';
import { capitalize, filingLabel, folioLabel, itemWhere, percent, sourceOf } from '../engine/explain';
import { describeItem, keySet, sameAsAny } from '../engine/identity';
import { GOODS_SECTIONS, itemsOf, type AssetItem, type WealthSection } from '../engine/items';
import { clave, fechaCorta, situacionOf } from '../engine/json';
import { pesos, readAmount, toMxn } from '../engine/money';
import type { FilingFacts, Rule, RuleResult, ScoringInput } from '../engine/types';
import { wealthOf } from '../engine/wealth';
import { amountWords, moneyFigure } from './reading';

/**
 * Group 3: items that do not reconcile with the person's previous filing. Each finding is also worded
 * as help for the filer's self-check (the filing is then an unsigned draft). A section is reconciled
 * only when both filings carry it (a simplified filing has no assets). Severity MEDIA, except a
 * missing value of an acquisition that is not a purchase (inheritance, gift…): BAJA.
 */

/** Sections whose items are matched across filings: goods and investments. */
const MATCHED: readonly WealthSection[] = [...GOODS_SECTIONS, 'inversiones'];
const SALE_TYPE: Partial<Record<WealthSection, string>> = { bienesInmuebles: 'INMUEBLE', vehiculos: 'VEHICULO', bienesMuebles: 'MUEBLE' };
const SALE_TYPE_NAME: Record<string, string> = { INMUEBLE: 'inmuebles', VEHICULO: 'vehículos', MUEBLE: 'bienes muebles' };

/** Gender of the words that refer to the item: «la inversión», every other item is masculine. */
function pronoun(item: AssetItem): { lo: string; o: string } {
  return item.section === 'inversiones' ? { lo: 'la', o: 'a' } : { lo: 'lo', o: 'o' };
}

/** «del vehículo…», «de la inversión…». */
function deItem(name: string): string {
  return name.startsWith('el ') ? `del ${name.slice(3)}` : `de ${name}`;
}

export const reconciliationRule: Rule = {
  codes: ['BIEN_SIN_ADQUISICION', 'BIEN_DESAPARECE_SIN_BAJA', 'COMPRA_SIN_VALOR', 'VENTA_SIN_INGRESO'],
  evaluate(input: ScoringInput): RuleResult[] {
    const results: RuleResult[] = [];
    if (input.previous) {
      appears(input.filing, input.previous, results);
      if (input.filing.tipo !== 'INICIAL') disappears(input.filing, input.previous, results);
    }
    noValue(input.filing, input.previous, results);
    saleWithoutIncome(input, results);
    return results;
  },
};

/** BIEN_SIN_ADQUISICION: held now, not in the previous filing, and either not AGREGAR or acquired before it. */
function appears(filing: FilingFacts, previous: FilingFacts, results: RuleResult[]): void {
  const now = itemsOf(filing);
  const before = itemsOf(previous);
  for (const section of MATCHED) {
    if (!now[section].present || !before[section].present) continue;
    const keys = keySet(before[section].items.filter((i) => i.held));
    for (const item of now[section].items) {
      if (!item.held || sameAsAny(item, keys)) continue;
      const notAdded = item.tipoOperacion !== 'AGREGAR';
      const acquiredBefore = !notAdded && item.fechaAdquisicion !== null && item.fechaAdquisicion < previous.fecha;
      if (!notAdded && !acquiredBefore) continue;
      const name = describeItem(item);
      const { lo, o } = pronoun(item);
      const op = item.tipoOperacion ?? 'sin operación';
      results.push({
        code: 'BIEN_SIN_ADQUISICION',
        severity: 'MEDIA',
        explanation: notAdded
          ? `${capitalize(name)} (${itemWhere(item, filing)}) no está en la declaración anterior (${filingLabel(previous)}), ` +
            `pero se reporta con la operación «${op}» en lugar de «AGREGAR»: no se declara cuándo ni cómo se adquirió.`
          : `${capitalize(name)} (${itemWhere(item, filing)}) se reporta como adquirido el ${fechaCorta(item.fechaAdquisicion as string)}, ` +
            `antes de la declaración anterior (${filingLabel(previous)}), donde no aparece.`,
        figures: [
          { label: 'Operación', value: op },
          ...(item.fechaAdquisicion ? [{ label: 'Fecha de adquisición', value: fechaCorta(item.fechaAdquisicion) }] : []),
          { label: 'Fecha de la declaración anterior', value: fechaCorta(previous.fecha) },
        ],
        sources: [sourceOf(filing, section, item.index, notAdded ? 'tipoOperacion' : 'fechaAdquisicion'), sourceOf(previous, section, null, null)],
        help: {
          message: notAdded
            ? `${capitalize(name)} aparece por primera vez respecto de tu declaración anterior (${folioLabel(previous)}) y está ` +
              `marcad${o} como «${op}». Si ${lo} adquiriste en el periodo, márca${lo} como «Agregar»; si no, puedes explicarlo en aclaraciones.`
            : `${capitalize(name)} tiene fecha de adquisición ${fechaCorta(item.fechaAdquisicion as string)}, anterior a tu ` +
              `declaración anterior (${folioLabel(previous)}), donde no aparece. Revisa la fecha; si es correcta, puedes ` +
              'explicar en aclaraciones por qué no se declaró entonces.',
          section,
          item: item.index,
          field: notAdded ? 'tipoOperacion' : 'fechaAdquisicion',
        },
      });
    }
  }
}

/** BIEN_DESAPARECE_SIN_BAJA: held in the previous filing, absent now, and no BAJA for it. */
function disappears(filing: FilingFacts, previous: FilingFacts, results: RuleResult[]): void {
  const now = itemsOf(filing);
  const before = itemsOf(previous);
  for (const section of MATCHED) {
    if (!now[section].present || !before[section].present) continue;
    const keys = keySet(now[section].items);
    for (const item of before[section].items) {
      if (!item.held || sameAsAny(item, keys)) continue;
      const name = describeItem(item);
      const { lo } = pronoun(item);
      const motive = section === 'inversiones' ? '' : ' y su motivo (venta, donación, siniestro u otro)';
      results.push({
        code: 'BIEN_DESAPARECE_SIN_BAJA',
        severity: 'MEDIA',
        explanation:
          `${capitalize(name)} (${itemWhere(item, previous)}, ${filingLabel(previous)}) no aparece en esta declaración ` +
          `(${filingLabel(filing)}) ni se reporta con la operación «BAJA».`,
        figures: [{ label: 'Elemento de la declaración anterior', value: String(item.index + 1) }],
        sources: [sourceOf(previous, section, item.index, null), sourceOf(filing, section, null, null)],
        help: {
          message:
            `${capitalize(name)}, que declaraste en tu declaración anterior (${folioLabel(previous)}), no aparece en esta. ` +
            `Si ya no ${lo} tienes, agréga${lo} con la operación «Baja»${motive}; si ${lo} conservas, agréga${lo} «Sin cambios». ` +
            'También puedes explicarlo en aclaraciones.',
          section,
          item: null,
          field: null,
        },
      });
    }
  }
}

/** COMPRA_SIN_VALOR: a good acquired in the period (since the previous filing, or the last year) with no value. */
function noValue(filing: FilingFacts, previous: FilingFacts | null, results: RuleResult[]): void {
  const now = itemsOf(filing);
  const start = previous?.fecha ?? yearBefore(filing.fecha);
  for (const section of GOODS_SECTIONS) {
    for (const item of now[section].items) {
      const recent = item.fechaAdquisicion ? item.fechaAdquisicion > start : item.tipoOperacion === 'AGREGAR' && filing.tipo !== 'INICIAL';
      if (!recent || (item.amount && item.amount.valor > 0)) continue;
      const forma = clave(item.raw.formaAdquisicion);
      const purchase = forma === null || forma === 'CPV' || forma === 'PRM';
      const name = describeItem(item);
      const when = item.fechaAdquisicion ? `adquirido el ${fechaCorta(item.fechaAdquisicion)}` : 'agregado en esta declaración';
      results.push({
        code: 'COMPRA_SIN_VALOR',
        severity: purchase ? 'MEDIA' : 'BAJA',
        explanation:
          `${capitalize(name)} (${itemWhere(item, filing)}), ${when}, ` +
          `${item.amount ? `tiene valor de adquisición ${amountWords(item.amount)}` : 'no tiene valor de adquisición'}` +
          `${forma ? ` (forma de adquisición ${forma})` : ''}. El periodo empieza el ${fechaCorta(start)}` +
          `${previous ? ` (${filingLabel(previous)})` : ' (un año antes de la declaración)'}.`,
        figures: [
          item.amount ? moneyFigure('Valor de adquisición', item.amount) : { label: 'Valor de adquisición', value: 'sin valor' },
          { label: 'Inicio del periodo', value: fechaCorta(start) },
        ],
        sources: [sourceOf(filing, section, item.index, 'valorAdquisicion')],
        help: {
          message:
            `Para ${name}, ${when}, falta el valor de adquisición. Anota el valor que consta en la escritura, factura o ` +
            'contrato; si no lo conoces, puedes explicarlo en aclaraciones.',
          section,
          item: item.index,
          field: 'valorAdquisicion',
        },
      });
    }
  }
}

function yearBefore(date: string): string {
  const year = Number(date.slice(0, 4));
  return Number.isFinite(year) ? `${year - 1}${date.slice(4, 10)}` : date;
}

/** The declared income from sales of each kind of good (INICIAL: the previous year's, the only one it has). */
function saleIncome(filing: FilingFacts): { byType: Map<string, number>; untyped: number; path: string } {
  const situacion = situacionOf(filing);
  const path = filing.tipo === 'INICIAL' ? 'actividadAnualAnterior' : 'ingresos';
  const block = (situacion[path] as Record<string, unknown> | undefined)?.enajenacionBienes as Record<string, unknown> | undefined;
  const byType = new Map<string, number>();
  let typed = 0;
  for (const bien of Array.isArray(block?.bienes) ? (block.bienes as Array<Record<string, unknown>>) : []) {
    const valor = readAmount(bien?.remuneracion)?.valor ?? 0;
    const tipo = typeof bien?.tipoBienEnajenado === 'string' ? bien.tipoBienEnajenado : '';
    if (valor > 0 && tipo) {
      byType.set(tipo, (byType.get(tipo) ?? 0) + valor);
      typed += valor;
    }
  }
  const total = readAmount(block?.remuneracionTotal)?.valor ?? 0;
  return { byType, untyped: Math.max(0, total - typed), path };
}

/** VENTA_SIN_INGRESO: a BAJA for sale (motivoBaja VNT) of the declarant's with no sale income and no matching rise in balances. */
function saleWithoutIncome(input: ScoringInput, results: RuleResult[]): void {
  const { filing, previous, rates, thresholds } = input;
  const now = itemsOf(filing);
  let income: ReturnType<typeof saleIncome> | null = null;
  for (const section of GOODS_SECTIONS) {
    for (const item of now[section].items) {
      if (item.held || item.share === 0 || clave(item.raw.motivoBaja) !== 'VNT') continue;
      income ??= saleIncome(filing);
      const type = SALE_TYPE[section] as string;
      if ((income.byType.get(type) ?? 0) > 0 || income.untyped > 0) continue;
      const value = item.amount ? toMxn(item.amount, item.year, rates) : null;
      const ownValue = value?.ok ? value.mxn * item.share : null;
      const balances = balanceRise(input);
      // Without the item's value or a comparable balance, only the missing income is stated.
      if (balances && ownValue !== null && balances.rise >= thresholds.ventaSaldosProporcion * ownValue) continue;
      const name = describeItem(item);
      const balanceText = balances
        ? `Las inversiones y cuentas del declarante pasaron de ${pesos(balances.before)} a ${pesos(balances.after)}` +
          `${ownValue !== null ? `: el aumento no llega al ${percent(thresholds.ventaSaldosProporcion)} de su parte del valor de adquisición (${pesos(ownValue)})` : ''}.`
        : previous
          ? 'Los saldos de inversiones no se pueden comparar con la declaración anterior (falta la sección o un tipo de cambio).'
          : 'No hay una declaración anterior con saldos que comparar.';
      const sources: RiskSource[] = [sourceOf(filing, section, item.index, 'motivoBaja'), sourceOf(filing, income.path, null, 'enajenacionBienes')];
      if (balances && previous) sources.push(sourceOf(previous, 'inversiones', null, null), sourceOf(filing, 'inversiones', null, null));
      results.push({
        code: 'VENTA_SIN_INGRESO',
        severity: 'MEDIA',
        explanation:
          `${capitalize(name)} (${itemWhere(item, filing)}) se da de baja por venta, pero la declaración no reporta ingresos ` +
          `por enajenación de ${SALE_TYPE_NAME[type]} (${income.path}.enajenacionBienes). ${balanceText}`,
        figures: [
          { label: 'Valor de adquisición (parte del declarante)', value: ownValue === null ? 'sin valor' : Math.round(ownValue) },
          { label: 'Ingreso por enajenación declarado', value: 0 },
          ...(balances ? [{ label: 'Cambio en inversiones y cuentas', value: Math.round(balances.rise) }] : []),
          ...(balances && ownValue !== null ? [{ label: 'Umbral: parte del valor cubierta por los saldos', value: percent(thresholds.ventaSaldosProporcion) }] : []),
        ],
        sources,
        help: {
          message:
            `Declaraste la venta ${deItem(name)}, pero no aparece un ingreso por enajenación de ${SALE_TYPE_NAME[type]}. ` +
            'Si recibiste dinero por la venta, regístralo en los ingresos por enajenación de bienes; si no, puedes explicarlo en aclaraciones.',
          section: income.path,
          item: null,
          field: 'enajenacionBienes',
        },
      });
    }
  }
}

function balanceRise(input: ScoringInput): { before: number; after: number; rise: number } | null {
  if (!input.previous) return null;
  const now = wealthOf(input.filing, input.rates).sections.inversiones;
  const before = wealthOf(input.previous, input.rates).sections.inversiones;
  if (!now.present || !before.present || now.missing.length > 0 || before.missing.length > 0) return null;
  return { before: before.mxn, after: now.mxn, rise: now.mxn - before.mxn };
}
