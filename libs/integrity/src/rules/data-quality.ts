import type { RiskFigure, RiskSource } from '@veraz/contracts';
import { INCOME_GROUPS, INCOME_TOTALS, PREVIOUS_YEAR_TOTALS, type IncomeTotalFields } from '@veraz/standards';
import { pesos, readAmount, toMxn } from '../engine/money';
import type { Rule, RuleResult, ScoringInput } from '../engine/types';
import { dateProblems, placeholderNames } from './data-quality-text';
import { INCOME_GROUP_LABELS, periodSalary, periodWords } from './income-basis';
import { filingYear, fold, interes, isBaja, isObj, items, label, num, situacionOf, source, text, type Json } from './reading';

/**
 * Group 7, data quality. Every result also carries `help`: the same finding worded for the filer (the
 * self-check before signing), never as an accusation. All BAJA: a data error is a reason to ask, not a
 * sign of anything. Findings of one kind in one section are one result (a filing with ten bad dates is
 * one data problem, not ten red flags), its help pointing at the first field.
 */

function salary(input: ScoringInput): RuleResult[] {
  const { filing, thresholds, rates } = input;
  const s = periodSalary(filing, rates);
  if (!s || s.mxn === null) return [];
  const { salarioMensualMinimo: min, salarioMensualMaximo: max } = thresholds;
  // Read kindly: too low only if low even over the shortest period the income can cover, too high only
  // if high even over the longest (a post taken in October pays three months of a MODIFICACIÓN's year).
  const highest = s.mxn / s.months.shortest;
  const lowest = s.mxn / s.months.longest;
  const declared = `${pesos(s.mxn)} ${periodWords(filing)}`;
  const over = (months: number, since: string | null): string =>
    filing.tipo === 'INICIAL' ? '' : ` repartidos en ${num(Math.round(months * 10) / 10)} meses${since ? ` (desde la toma de posesión del ${since})` : ''}`;
  const range = `${pesos(min)} a ${pesos(max)} al mes`;
  let explanation: string;
  let help: string;
  let monthly: number;
  if (s.mxn === 0) {
    monthly = 0;
    explanation = `Folio ${filing.folio}, ingresos, I. remuneración por el cargo público (${s.field}): declarada en cero.`;
    help = 'Tu remuneración por el cargo público está en cero. Si recibes un sueldo por tu cargo, anota su monto neto (después de impuestos) en el rubro I de Ingresos.';
  } else if (highest < min) {
    monthly = highest;
    explanation = `Folio ${filing.folio}, ingresos, I. remuneración por el cargo público (${s.field}): ${declared}${over(s.months.shortest, s.months.since)} equivalen a ${pesos(highest)} al mes, por debajo del rango plausible de ${range}.`;
    help = `Tu remuneración por el cargo público equivale a ${pesos(highest)} al mes, menos de lo habitual. Revisa que sea el monto neto ${periodWords(filing) === 'mensual' ? 'mensual' : 'de todo el periodo'} y que no falten dígitos.`;
  } else if (lowest > max) {
    monthly = lowest;
    explanation = `Folio ${filing.folio}, ingresos, I. remuneración por el cargo público (${s.field}): ${declared}${over(s.months.longest, null)} equivalen a ${pesos(lowest)} al mes, por encima del rango plausible de ${range}.`;
    help = `Tu remuneración por el cargo público equivale a ${pesos(lowest)} al mes, más de lo habitual. Revisa que sea el monto neto (después de impuestos), del periodo que pide la declaración, y que no sobren dígitos.`;
  } else {
    return [];
  }
  return [
    {
      code: 'SALARIO_IMPLAUSIBLE',
      severity: 'BAJA',
      explanation,
      figures: [
        { label: 'Remuneración declarada', value: s.amount.valor, ...(s.amount.moneda === 'MXN' ? {} : { currency: s.amount.moneda }) },
        { label: 'Equivalente mensual', value: Math.round(monthly) },
        { label: 'Mínimo mensual plausible', value: min },
        { label: 'Máximo mensual plausible', value: max },
      ],
      sources: [source(filing, 'ingresos', null, `${s.field}.valor`)],
      help: { message: help, section: 'ingresos', item: null, field: `${s.field}.valor` },
    },
  ];
}

/** actividadAnualAnterior words its totals its own way (OAS). */

interface Mismatch {
  words: string;
  stored: number;
  sum: number;
  field: string;
}

/**
 * The sums the DOF forms fill in (II.n = its items, II = II.1…II.5, A = I + II, C = A + B; the capture
 * computes the same in libs/standards form/totals.ts), each checked against the parts as stored, so a
 * wrong II.4 is reported once and not again in II, A and C. A difference under one peso is rounding.
 */
function totals(input: ScoringInput): RuleResult[] {
  const { filing, rates } = input;
  const year = filingYear(filing);
  const out: RuleResult[] = [];
  const sp = situacionOf(filing);
  const sections: Array<[string, Json, IncomeTotalFields]> = [];
  if (isObj(sp.ingresos)) sections.push(['ingresos', sp.ingresos, INCOME_TOTALS[filing.tipo]]);
  if (isObj(sp.actividadAnualAnterior) && sp.actividadAnualAnterior.servidorPublicoAnioAnterior === true) sections.push(['actividadAnualAnterior', sp.actividadAnualAnterior, PREVIOUS_YEAR_TOTALS]);
  for (const [section, data, f] of sections) {
    const found: Mismatch[] = [];
    // Pesos of a stored amount; undefined when absent, null when its rate is missing (the check is skipped).
    const mxn = (raw: unknown): number | null | undefined => {
      const amount = readAmount(raw);
      if (!amount) return undefined;
      const c = toMxn(amount, year, rates);
      return c.ok ? c.mxn : null;
    };
    const check = (words: string, field: string, stored: number | null | undefined, parts: Array<number | null | undefined>): void => {
      if (stored === undefined || stored === null || parts.every((p) => p === undefined) || parts.some((p) => p === null)) return;
      const sum = parts.reduce<number>((acc, p) => acc + (p ?? 0), 0);
      if (Math.abs(stored - sum) >= 1) found.push({ words, stored, sum, field });
    };
    const groupTotals: Array<number | null | undefined> = [];
    for (const [group, list] of INCOME_GROUPS) {
      const g = data[group];
      if (!isObj(g)) continue;
      const stored = mxn(g.remuneracionTotal);
      groupTotals.push(stored);
      const parts = Array.isArray(g[list]) ? (g[list] as unknown[]).map((it) => (isObj(it) ? mxn(it.remuneracion) : undefined)) : [];
      check(`${INCOME_GROUP_LABELS[group]}: el total`, `${group}.remuneracionTotal`, stored, parts.length ? parts : [undefined]);
    }
    check('II. otros ingresos: el total', f.others, mxn(data[f.others]), groupTotals);
    check('A. ingreso neto del declarante (I + II)', f.filer, mxn(data[f.filer]), [mxn(data[f.own]), mxn(data[f.others])]);
    check('C. total de ingresos netos (A + B)', f.total, mxn(data[f.total]), [mxn(data[f.filer]), mxn(data[f.partner])]);
    if (found.length === 0) continue;
    const first = found[0]!;
    const where = section === 'ingresos' ? 'ingresos' : 'actividad del año anterior';
    out.push({
      code: 'TOTAL_NO_CUADRA',
      severity: 'BAJA',
      explanation: `Folio ${filing.folio}, ${where}: ${found.map((m) => `${m.words} declarado es ${pesos(m.stored)} y la suma de sus partes es ${pesos(m.sum)} (diferencia de ${pesos(Math.abs(m.stored - m.sum))})`).join('; ')}.`,
      figures: found.flatMap((m): RiskFigure[] => [
        { label: `${m.words} declarado`, value: m.stored },
        { label: `${m.words}, suma de sus partes`, value: m.sum },
      ]),
      sources: found.map((m): RiskSource => source(filing, section, null, `${m.field}.valor`)),
      help: {
        message: `La suma de tus ingresos no coincide con el total en ${where}: ${first.words} dice ${pesos(first.stored)}, pero sus partes suman ${pesos(first.sum)}.${found.length > 1 ? ` Hay ${found.length - 1} diferencia(s) más en esta sección.` : ''} Revisa los montos; al guardar la sección, Veraz recalcula los totales.`,
        section,
        item: null,
        field: `${first.field}.valor`,
      },
    });
  }
  return out;
}

function sameProperty(p: Json): string | null {
  const id = text(p.datoIdentificacion);
  if (id && fold(id).length >= 5) return `id ${fold(id)}`;
  const d = isObj(p.domicilioMexico) ? p.domicilioMexico : isObj(p.domicilioExtranjero) ? p.domicilioExtranjero : null;
  if (!d || !text(d.calle) || !text(d.numeroExterior)) return null;
  return `dom ${fold([d.calle, d.numeroExterior, d.numeroInterior, d.codigoPostal, d.ciudadLocalidad, d.pais].map((v) => text(v) ?? '').join(' '))}`;
}

function ownership(input: ScoringInput): RuleResult[] {
  const { filing } = input;
  const out: RuleResult[] = [];
  const flag = (section: string, itemIndex: number, field: string, explanation: string, figures: RiskFigure[], sources: RiskSource[], message: string): void => {
    out.push({ code: 'COPROPIEDAD_MAYOR_100', severity: 'BAJA', explanation, figures, sources, help: { message, section, item: itemIndex, field } });
  };
  const groups = new Map<string, number[]>();
  const list = items(situacionOf(filing), 'bienesInmuebles', 'bienInmueble');
  list.forEach((p, i) => {
    if (!isObj(p) || isBaja(p) || typeof p.porcentajePropiedad !== 'number') return;
    if (p.porcentajePropiedad > 100) {
      flag('bienesInmuebles', i, 'porcentajePropiedad',
        `Folio ${filing.folio}, bienes inmuebles, inmueble ${i + 1} (${label(p.tipoInmueble) ?? 'sin tipo'}): porcentaje de propiedad de ${num(p.porcentajePropiedad)} %, mayor que 100 %.`,
        [{ label: 'Porcentaje de propiedad', value: `${num(p.porcentajePropiedad)} %` }, { label: 'Máximo', value: '100 %' }],
        [source(filing, 'bienesInmuebles', i, 'porcentajePropiedad')],
        `El porcentaje de propiedad del inmueble ${i + 1} es ${num(p.porcentajePropiedad)} %, y no puede pasar de 100. Anota solo la parte que corresponde a los titulares que declaras.`);
      return;
    }
    const key = sameProperty(p);
    if (!key) return;
    const same = groups.get(key);
    if (same) same.push(i);
    else groups.set(key, [i]);
  });
  for (const indexes of groups.values()) {
    if (indexes.length < 2) continue;
    const sum = indexes.reduce((acc, i) => acc + (list[i]!.porcentajePropiedad as number), 0);
    if (sum <= 100) continue;
    const parts = indexes.map((i) => `inmueble ${i + 1}: ${num(list[i]!.porcentajePropiedad as number)} %`);
    flag('bienesInmuebles', indexes[0]!, 'porcentajePropiedad',
      `Folio ${filing.folio}, bienes inmuebles: ${indexes.length} registros con la misma identificación o domicilio suman ${num(sum)} % de propiedad (${parts.join(', ')}), más de 100 %.`,
      [{ label: 'Suma de porcentajes', value: `${num(sum)} %` }, { label: 'Máximo', value: '100 %' }, ...indexes.map((i) => ({ label: `Porcentaje, inmueble ${i + 1}`, value: `${num(list[i]!.porcentajePropiedad as number)} %` }))],
      indexes.map((i) => source(filing, 'bienesInmuebles', i, 'porcentajePropiedad')),
      `Los inmuebles ${indexes.map((i) => i + 1).join(' y ')} parecen ser el mismo bien y sus porcentajes de propiedad suman ${num(sum)} %. Si es el mismo inmueble, decláralo una vez con la parte que les corresponde; si son distintos, revisa la identificación o el domicilio.`);
  }
  items(interes(filing), 'participacion', 'participacion').forEach((p, i) => {
    if (!isObj(p) || isBaja(p) || typeof p.porcentajeParticipacion !== 'number' || p.porcentajeParticipacion <= 100) return;
    flag('participacion', i, 'porcentajeParticipacion',
      `Folio ${filing.folio}, participación en empresas, participación ${i + 1} («${text(p.nombreEmpresaSociedadAsociacion) ?? 'sin nombre'}»): porcentaje de participación de ${num(p.porcentajeParticipacion)} %, mayor que 100 %.`,
      [{ label: 'Porcentaje de participación', value: `${num(p.porcentajeParticipacion)} %` }, { label: 'Máximo', value: '100 %' }],
      [source(filing, 'participacion', i, 'porcentajeParticipacion')],
      `El porcentaje de participación en la empresa ${i + 1} es ${num(p.porcentajeParticipacion)} %, y no puede pasar de 100. Anota el porcentaje del capital que corresponde a la persona que participa.`);
  });
  return out;
}

export const dataQualityRule: Rule = {
  codes: ['SALARIO_IMPLAUSIBLE', 'FECHA_IMPOSIBLE', 'NOMBRE_DE_RELLENO', 'TOTAL_NO_CUADRA', 'COPROPIEDAD_MAYOR_100'],
  evaluate(input: ScoringInput): RuleResult[] {
    return [...salary(input), ...dateProblems(input.filing), ...placeholderNames(input.filing), ...totals(input), ...ownership(input)];
  },
};
