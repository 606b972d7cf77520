import { entry, mxn, type Json } from '../catalog';
import { daysBetween, maxDate, minDate, yearOf } from '../dates';
import { YIELDING } from '../finance';
import { USD_MXN } from '../holdings';
import type { Profile } from '../profile';
import { live } from '../tracked';
import type { PersonState, SectionBuilder } from './context';

/** Property names of the income figures, per tipo (and for the previous year's activity). */
interface Names {
  cargo: string;
  otros: string;
  declarante: string;
  pareja: string;
  total: string;
  enajenacion: boolean;
}

const NAMES: Record<string, Names> = {
  INICIAL: { cargo: 'remuneracionMensualCargoPublico', otros: 'otrosIngresosMensualesTotal', declarante: 'ingresoMensualNetoDeclarante', pareja: 'ingresoMensualNetoParejaDependiente', total: 'totalIngresosMensualesNetos', enajenacion: false },
  MODIFICACIÓN: { cargo: 'remuneracionAnualCargoPublico', otros: 'otrosIngresosAnualesTotal', declarante: 'ingresoAnualNetoDeclarante', pareja: 'ingresoAnualNetoParejaDependiente', total: 'totalIngresosAnualesNetos', enajenacion: true },
  CONCLUSIÓN: { cargo: 'remuneracionConclusionCargoPublico', otros: 'otrosIngresosConclusionTotal', declarante: 'ingresoConclusionNetoDeclarante', pareja: 'ingresoConclusionNetoParejaDependiente', total: 'totalIngresosConclusionNetos', enajenacion: true },
  ANTERIOR: { cargo: 'remuneracionNetaCargoPublico', otros: 'otrosIngresosTotal', declarante: 'ingresoNetoAnualDeclarante', pareja: 'ingresoNetoAnualParejaDependiente', total: 'totalIngresosNetosAnuales', enajenacion: true },
};

/** Income of a period, already rounded, so that every total is the exact sum of its parts. */
interface Breakdown {
  cargo: number;
  industrial: Array<{ nombreRazonSocial: string; tipoNegocio: string; amount: number }>;
  financiera: Array<{ clave: string; amount: number }>;
  servicios: Array<{ tipoServicio: string; amount: number }>;
  otros: Array<{ tipoIngreso: string; amount: number }>;
  enajenacion: Array<{ tipo: string; amount: number }>;
  pareja: number;
}

const MONTH_DAYS = 365.25 / 12;

/** Months of the period [from, to] (inclusive), fractional. */
function months(from: string, to: string): number {
  return Math.max(0, (daysBetween(from, to) + 1) / MONTH_DAYS);
}

/** Partner's and dependants' monthly net pay (declared only in the complete format). */
function familyMonthly(p: Profile): number {
  let sum = (p.pareja?.meta?.salary as number | undefined) ?? 0;
  for (const dep of p.dependientes) sum += ((dep.data.actividadLaboralSectorPrivadoOtro as { salarioMensualNeto?: { valor: number } })?.salarioMensualNeto?.valor ?? 0);
  return sum;
}

/** `cargoMonths` of public pay plus `otherMonths` of every other recurring income. */
function breakdown(state: PersonState, salary: number, cargoMonths: number, otherMonths: number, withSales: boolean): Breakdown {
  const p = state.profile;
  const r = Math.round;
  const financiera = new Map<string, number>();
  for (const f of p.income.financiera) financiera.set(f.tipoInstrumento.clave, (financiera.get(f.tipoInstrumento.clave) ?? 0) + f.monthly);
  if (p.completa && !p.suspicious) {
    for (const inv of live(state.assets.inversiones)) {
      const clave = YIELDING[inv.meta!.subtipo as string];
      if (!clave) continue;
      const mxnBalance = (inv.balance ?? 0) * (inv.currency === 'USD' ? USD_MXN : 1);
      financiera.set(clave, (financiera.get(clave) ?? 0) + (mxnBalance * 0.07) / 12);
    }
  }
  const sales = withSales ? [...state.assets.inmuebles, ...state.assets.vehiculos, ...state.assets.muebles].filter((i) => i.status === 'gone' && i.soldFor) : [];
  return {
    cargo: r(salary * cargoMonths),
    industrial: p.income.industrial.map((x) => ({ nombreRazonSocial: x.nombreRazonSocial, tipoNegocio: x.tipoNegocio, amount: r(x.monthly * otherMonths) })),
    financiera: [...financiera].map(([clave, monthly]) => ({ clave, amount: r(monthly * otherMonths) })).filter((x) => x.amount > 0),
    servicios: p.income.servicios.map((x) => ({ tipoServicio: x.tipoServicio, amount: r(x.monthly * otherMonths) })),
    otros: p.income.otros.map((x) => ({ tipoIngreso: x.tipoIngreso, amount: r(x.monthly * otherMonths) })),
    enajenacion: sales.map((i) => ({ tipo: i.enajenado!, amount: r(i.soldFor!) })),
    pareja: p.completa ? r(familyMonthly(p) * otherMonths) : 0,
  };
}

const sum = (items: Array<{ amount: number }>) => items.reduce((s, x) => s + x.amount, 0);

/** Renders a breakdown with the property names of a tipo; empty groups are left out. */
function render(b: Breakdown, names: Names, completa: boolean): Json {
  const out: Json = { [names.cargo]: mxn(b.cargo) };
  let otros = 0;
  const group = (key: string, listKey: string, items: Json[], total: number) => {
    if (!items.length) return;
    out[key] = { remuneracionTotal: mxn(total), [listKey]: items };
    otros += total;
  };
  group('actividadIndustrialComercialEmpresarial', 'actividades', b.industrial.map((x) => ({ remuneracion: mxn(x.amount), nombreRazonSocial: x.nombreRazonSocial, tipoNegocio: x.tipoNegocio })), sum(b.industrial));
  group('actividadFinanciera', 'actividades', b.financiera.map((x) => ({ remuneracion: mxn(x.amount), tipoInstrumento: entry('tipoInstrumento', x.clave) })), sum(b.financiera));
  group('serviciosProfesionales', 'servicios', b.servicios.map((x) => ({ remuneracion: mxn(x.amount), tipoServicio: x.tipoServicio })), sum(b.servicios));
  if (names.enajenacion) group('enajenacionBienes', 'bienes', b.enajenacion.map((x) => ({ remuneracion: mxn(x.amount), tipoBienEnajenado: x.tipo })), sum(b.enajenacion));
  group('otrosIngresos', 'ingresos', b.otros.map((x) => ({ remuneracion: mxn(x.amount), tipoIngreso: x.tipoIngreso })), sum(b.otros));
  // The OAS orders the total of other incomes right after the public pay.
  const ordered: Json = { [names.cargo]: out[names.cargo], [names.otros]: mxn(otros) };
  for (const [key, value] of Object.entries(out)) if (key !== names.cargo) ordered[key] = value;
  ordered[names.declarante] = mxn(b.cargo + otros);
  if (completa) ordered[names.pareja] = mxn(b.pareja);
  ordered[names.total] = mxn(b.cargo + otros + (completa ? b.pareja : 0));
  return ordered;
}

/** INICIAL: monthly; MODIFICACIÓN: the year reported (pay prorated to the months in office, plus aguinaldo); CONCLUSIÓN: from 1-jan to the end. */
export const ingresos: SectionBuilder = (state, fc) => {
  const salary = state.profile.job.salary;
  if (fc.tipo === 'INICIAL') return render(breakdown(state, salary, 1, 1, false), NAMES.INICIAL!, fc.completa);
  const inOffice = months(fc.periodStart, fc.ref);
  const year = months(`${yearOf(fc.ref)}-01-01`, fc.ref);
  const cargoMonths = fc.tipo === 'MODIFICACIÓN' ? inOffice * (1 + 40 / 365) : inOffice; // 40 days of aguinaldo a year
  return render(breakdown(state, salary, cargoMonths, year, true), NAMES[fc.tipo]!, fc.completa);
};

/** The year before: the public job held then (current office or last public job of the experiencia). */
export const actividadAnualAnterior: SectionBuilder = (state, fc) => {
  const p = state.profile;
  const prev = yearOf(fc.ref) - 1;
  const start = `${prev}-01-01`;
  const end = `${prev}-12-31`;
  let period: { from: string; to: string; salary: number } | null = null;
  if (p.job.posesion <= end) {
    period = { from: p.job.posesion, to: end, salary: p.job.salary / 1.05 };
  } else {
    const job = p.experiencia.find((e) => e.meta?.kind === 'PUB' && (e.meta.end as string) >= start && (e.meta.start as string) <= end);
    if (job) period = { from: job.meta!.start as string, to: job.meta!.end as string, salary: p.job.salary * 0.85 };
  }
  if (!period) return { servidorPublicoAnioAnterior: false };
  const worked = months(maxDate(period.from, start), minDate(period.to, end));
  const b = breakdown(state, period.salary, worked * (1 + 40 / 365), 12, false);
  return { servidorPublicoAnioAnterior: true, fechaIngreso: period.from, fechaConclusion: period.to, ...render(b, NAMES.ANTERIOR!, fc.completa) };
};

