import type { RiskFigure, RiskSource } from '@veraz/contracts';
import { INCOME_TOTALS } from '@veraz/standards';
import { pesos, readAmount, toMxn } from '../engine/money';
import { fechaCorta } from '../engine/json';
import type { Rule, RuleResult, ScoringInput } from '../engine/types';
import { ingresos, periodSalary, periodWords } from './income-basis';
import { luxuryBrandOf } from './lifestyle';
import { amountWords, clave, filingYear, interes, isBaja, isFisica, isObj, items, label, moneyFigure, num, situacionOf, source, text, type Json } from './reading';

/**
 * Group 5, income signals. Severities: all MEDIA (each is a lead for the reviewer, not a finding).
 *
 * INGRESO_EXTRAORDINARIO adds, annualised, II.4 «otros ingresos» of the ingresos section, the support
 * programmes of interes.apoyos and the gifts, prizes and draws of interes.beneficiosPrivados (both
 * monthly amounts, whoever in the household receives them; items reported as BAJA left out), and
 * compares them with the annual remuneración del cargo público. With no salary declared (or zero:
 * group 7 flags it) there is nothing to compare against.
 */

const SALDO_INSOLUTO = ['saldoInsolutoSituacionActual', 'saldoInsolutoDiciembreAnterior', 'saldoInsolutoFechaConclusion'];

interface Part {
  words: string;
  annual: number;
  source: RiskSource;
}

function extraordinary(input: ScoringInput): RuleResult[] {
  const { filing, thresholds, rates } = input;
  const salary = periodSalary(filing, rates);
  if (!salary || salary.mxn === null || salary.mxn <= 0) return [];
  const year = filingYear(filing);
  // INICIAL is monthly, MODIFICACIÓN a year, CONCLUSIÓN 1 January to the conclusión.
  const perYear = 12 / salary.months.longest;
  const annualSalary = salary.mxn * perYear;
  const parts: Part[] = [];
  const missing = new Set<string>();
  const mxnOf = (raw: unknown): number | null => {
    const amount = readAmount(raw);
    if (!amount || amount.valor <= 0) return null;
    const c = toMxn(amount, year, rates);
    if (!c.ok) missing.add(c.missing);
    return c.ok ? c.mxn : null;
  };

  const section = ingresos(filing);
  const otros = section && isObj(section.otrosIngresos) ? section.otrosIngresos : null;
  if (otros) {
    const list = Array.isArray(otros.ingresos) ? (otros.ingresos as Json[]) : [];
    const total = mxnOf(otros.remuneracionTotal) ?? list.reduce((sum, it) => sum + (isObj(it) ? (mxnOf(it.remuneracion) ?? 0) : 0), 0);
    if (total > 0) {
      const kinds = list.map((it) => (isObj(it) ? text(it.tipoIngreso) : null)).filter(Boolean).slice(0, 3);
      parts.push({
        words: `II.4 otros ingresos, ${periodWords(filing)}, de ${pesos(total)}${kinds.length ? ` (${kinds.join('; ')})` : ''}`,
        annual: total * perYear,
        source: source(filing, 'ingresos', null, 'otrosIngresos.remuneracionTotal'),
      });
    }
  }
  const it = interes(filing);
  items(it, 'apoyos', 'apoyo').forEach((a, i) => {
    if (!isObj(a) || isBaja(a)) return;
    const monthly = mxnOf(a.montoApoyoMensual);
    if (!monthly) return;
    parts.push({
      words: `apoyo ${i + 1} «${text(a.nombrePrograma) ?? label(a.tipoApoyo) ?? 'sin nombre'}» de ${pesos(monthly)} al mes`,
      annual: monthly * 12,
      source: source(filing, 'apoyos', i, 'montoApoyoMensual.valor'),
    });
  });
  items(it, 'beneficiosPrivados', 'beneficio').forEach((b, i) => {
    if (!isObj(b) || isBaja(b)) return;
    const monthly = mxnOf(b.montoMensualAproximado);
    if (!monthly) return;
    const otorgante = isObj(b.otorgante) ? text(b.otorgante.nombreRazonSocial) : null;
    parts.push({
      words: `beneficio ${i + 1} (${label(b.tipoBeneficio) ?? 'sin tipo'}${otorgante ? `, de ${otorgante}` : ''}) de ${pesos(monthly)} al mes`,
      annual: monthly * 12,
      source: source(filing, 'beneficiosPrivados', i, 'montoMensualAproximado.valor'),
    });
  });

  const extra = parts.reduce((sum, p) => sum + p.annual, 0);
  const limit = thresholds.ingresoExtraProporcion * annualSalary;
  if (parts.length === 0 || extra <= limit) return [];
  const salaryWords = filing.tipo === 'MODIFICACIÓN' ? pesos(annualSalary) : `${pesos(annualSalary)} (${amountWords(salary.amount)} ${periodWords(filing)}, anualizado)`;
  const missingWords = missing.size ? ` No se sumaron montos en ${[...missing].join(', ')} por falta del tipo de cambio.` : '';
  return [
    {
      code: 'INGRESO_EXTRAORDINARIO',
      severity: 'MEDIA',
      explanation:
        `Folio ${filing.folio}: ingresos no salariales de ${pesos(extra)} al año (${parts.map((p) => p.words).join('; ')}) frente a una remuneración anual por el cargo público de ${salaryWords}. ` +
        `Superan el ${num(thresholds.ingresoExtraProporcion * 100)} % del sueldo anual que fija el umbral, es decir ${pesos(limit)}.${missingWords}`,
      figures: [
        { label: 'Ingresos no salariales anuales', value: Math.round(extra) },
        { label: 'Remuneración anual por el cargo público', value: Math.round(annualSalary) },
        { label: 'Proporción del umbral', value: `${num(thresholds.ingresoExtraProporcion * 100)} % del sueldo anual` },
        { label: 'Límite', value: Math.round(limit) },
        ...parts.map((p): RiskFigure => ({ label: p.words, value: Math.round(p.annual) })),
      ],
      sources: [source(filing, 'ingresos', null, INCOME_TOTALS[filing.tipo].own), ...parts.map((p) => p.source)],
    },
  ];
}

function personalLoans(input: ScoringInput, out: RuleResult[]): void {
  const { filing } = input;
  items(situacionOf(filing), 'adeudos', 'adeudo').forEach((a, i) => {
    if (!isObj(a) || isBaja(a) || !isObj(a.otorganteCredito) || !isFisica(a.otorganteCredito.tipoPersona)) return;
    const lender = text(a.otorganteCredito.nombreInstitucion) ?? 'sin nombre';
    const original = readAmount(a.montoOriginal);
    const saldo = readAmount(SALDO_INSOLUTO.map((f) => a[f]).find((v) => readAmount(v)));
    const figures: RiskFigure[] = [{ label: 'Otorgante (persona física)', value: lender }];
    if (original) figures.push(moneyFigure('Monto original', original));
    if (saldo) figures.push(moneyFigure('Saldo insoluto', saldo));
    const fecha = text(a.fechaAdquisicion);
    const desde = fecha ? fechaCorta(fecha) : null;
    out.push({
      code: 'PRESTAMO_PERSONA_FISICA',
      severity: 'MEDIA',
      explanation:
        `Folio ${filing.folio}, adeudos, adeudo ${i + 1} (${label(a.tipoAdeudo) ?? 'sin tipo'}): otorgado por una persona física, ${lender}` +
        `${original ? `, por ${amountWords(original)}` : ', sin monto original declarado'}${saldo ? `, con saldo insoluto de ${amountWords(saldo)}` : ''}${desde ? `, desde el ${desde}` : ''}.`,
      figures,
      sources: [source(filing, 'adeudos', i, 'otorganteCredito.tipoPersona')],
    });
  });
}

const HIGH_VALUE_VEHICLES: Record<string, string> = { AERN: 'una aeronave', BARYA: 'un barco o yate' };
const HIGH_VALUE_PROPERTIES: Record<string, string> = { EDIF: 'un edificio completo' };

/**
 * S1 carries no value for a lent asset (prestamoOComodato has none), so no value threshold can apply
 * (there is none to configure). The rule flags the kinds that are high-value by nature: aircraft and boats (the claves of
 * AERONAVE_O_EMBARCACION), vehicles of a brand on the luxury list (VEHICULO_LUJO's list) and whole
 * buildings (EDIF), and its explanation says the value was not declared.
 */
function comodatos(input: ScoringInput, out: RuleResult[]): void {
  const { filing, thresholds } = input;
  items(situacionOf(filing), 'prestamoOComodato', 'prestamo').forEach((p, i) => {
    if (!isObj(p) || isBaja(p) || !isObj(p.tipoBien)) return;
    let why: string | null = null;
    let what = '';
    let field = 'tipoBien';
    const { vehiculo, inmueble } = p.tipoBien;
    if (isObj(vehiculo)) {
      const tipo = clave(vehiculo.tipo);
      what = [text(vehiculo.marca), text(vehiculo.modelo), typeof vehiculo.anio === 'number' ? String(vehiculo.anio) : null].filter(Boolean).join(' ') || 'vehículo';
      const brand = luxuryBrandOf(text(vehiculo.marca), text(vehiculo.modelo), thresholds.marcasDeLujo);
      if (tipo && HIGH_VALUE_VEHICLES[tipo]) [why, field] = [`es ${HIGH_VALUE_VEHICLES[tipo]} (tipo ${tipo})`, 'tipoBien.vehiculo.tipo'];
      else if (brand) [why, field] = [`su marca o modelo coincide con «${brand}», de la lista de marcas de lujo`, 'tipoBien.vehiculo.marca'];
    } else if (isObj(inmueble)) {
      const tipo = clave(inmueble.tipoInmueble);
      what = label(inmueble.tipoInmueble) ?? 'inmueble';
      if (tipo && HIGH_VALUE_PROPERTIES[tipo]) [why, field] = [`es ${HIGH_VALUE_PROPERTIES[tipo]} (tipo ${tipo})`, 'tipoBien.inmueble.tipoInmueble'];
    }
    if (!why) return;
    const dueno = isObj(p.duenoTitular) ? p.duenoTitular : {};
    const owner = text(dueno.nombreTitular) ?? 'sin nombre';
    const kind = isFisica(dueno.tipoDuenoTitular) ? 'persona física' : dueno.tipoDuenoTitular === 'MORAL' ? 'persona moral' : 'titular';
    const relacion = text(dueno.relacionConTitular);
    out.push({
      code: 'COMODATO_ALTO_VALOR',
      severity: 'MEDIA',
      explanation:
        `Folio ${filing.folio}, préstamo o comodato ${i + 1}: usa ${what}, propiedad de ${owner} (${kind}${relacion ? `, relación: ${relacion}` : ''}). ` +
        `Se señala porque ${why}. El estándar S1 no registra el valor de un bien en comodato, así que se señala por su tipo o marca.`,
      figures: [
        { label: 'Bien en comodato', value: what },
        { label: 'Propietario', value: owner },
      ],
      sources: [source(filing, 'prestamoOComodato', i, field)],
    });
  });
}

export const incomeRule: Rule = {
  codes: ['INGRESO_EXTRAORDINARIO', 'PRESTAMO_PERSONA_FISICA', 'COMODATO_ALTO_VALOR'],
  evaluate(input: ScoringInput): RuleResult[] {
    const out = extraordinary(input);
    personalLoans(input, out);
    comodatos(input, out);
    return out;
  },
};
