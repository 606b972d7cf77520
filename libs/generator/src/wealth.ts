import { entry, roundAmount } from './catalog';
import { addDays, addYears, daysBetween } from './dates';
import { adeudo, adeudoBalance, familyLoan, inversion } from './finance';
import { inmueble, mueble, prestamo, priceIndex, vehiculo } from './holdings';
import type { Profile } from './profile';
import type { Random } from './random';
import { live, remove, room, update, type Tracked } from './tracked';

/** The patrimonio lists of a person (declared only in the complete format). */
export interface Assets {
  inmuebles: Tracked[];
  vehiculos: Tracked[];
  muebles: Tracked[];
  inversiones: Tracked[];
  adeudos: Tracked[];
  prestamos: Tracked[];
}

export function emptyAssets(): Assets {
  return { inmuebles: [], vehiculos: [], muebles: [], inversiones: [], adeudos: [], prestamos: [] };
}

const count = (rng: Random, weights: ReadonlyArray<readonly [number, number]>) => rng.weighted(weights);

/**
 * Buys a property, vehicle or movable good (null when its list is full) and, when paid on credit, opens the
 * matching mortgage or car loan (paid cash when the adeudos list is full).
 */
function buy(rng: Random, profile: Profile, assets: Assets, kind: 'inmueble' | 'vehiculo' | 'mueble', acq: string, opts: { value?: number; contado?: boolean } = {}): Tracked | null {
  const list = kind === 'inmueble' ? assets.inmuebles : kind === 'vehiculo' ? assets.vehiculos : assets.muebles;
  if (!room(list)) return null;
  if (kind === 'mueble') {
    const item = mueble(rng, profile, acq, opts);
    list.push(item);
    return item;
  }
  const contado = opts.contado || !room(assets.adeudos);
  const item = kind === 'inmueble' ? inmueble(rng, profile, acq, { ...opts, contado }) : vehiculo(rng, profile, acq, { ...opts, contado });
  list.push(item);
  const meta = item.meta!;
  if (meta.credit) {
    const loan = adeudo(rng, profile, kind === 'inmueble' ? 'CHIP' : 'CAUT', acq, (meta.value as number) * rng.float(0.6, 0.9), kind === 'inmueble' ? rng.int(10, 20) : rng.int(3, 5));
    loan.meta!.securedBy = item;
    assets.adeudos.push(loan);
  }
  if (meta.rentable && rng.chance(0.5)) {
    const rent = { tipoIngreso: `Arrendamiento de inmueble en ${String(meta.where)}`, monthly: roundAmount((meta.value as number) * rng.float(0.004, 0.006)) };
    profile.income.otros.push(rent);
    meta.rent = rent;
  }
  return item;
}

/** Sells a previously declared item: BAJA with motivoBaja VENTA, the sale is income (enajenación), its loan is paid. */
function sell(rng: Random, profile: Profile, assets: Assets, list: Tracked[], enajenado: 'INMUEBLE' | 'VEHICULO' | 'MUEBLE', factor: number): void {
  const candidates = list.filter((item) => item.status === 'same');
  if (!candidates.length) return;
  const item = rng.pick(candidates);
  const value = (item.meta?.value as number | undefined) ?? 0;
  remove(item, entry('motivoBaja', 'VNT'), roundAmount(value * factor));
  item.enajenado = enajenado;
  const rent = item.meta?.rent;
  if (rent) profile.income.otros = profile.income.otros.filter((r) => r !== rent);
  for (const loan of live(assets.adeudos)) if (loan.meta?.securedBy === item) remove(loan);
}

/** What a person owns and owes on the day they take office (acquisitions spread over their adult life). */
export function createAssets(rng: Random, profile: Profile, on: string): Assets {
  const assets = emptyAssets();
  const from = addYears(profile.self.birth, 20);
  const when = () => rng.date(from < on ? from : addDays(on, -1), addDays(on, -1));
  const modest = profile.suspicious;
  for (let i = count(rng, modest ? [[0, 60], [1, 40]] : [[0, 25], [1, 40], [2, 22], [3, 10], [4, 3]]); i > 0; i--) buy(rng, profile, assets, 'inmueble', when());
  for (let i = count(rng, modest ? [[0, 30], [1, 70]] : [[0, 25], [1, 45], [2, 22], [3, 8]]); i > 0; i--) buy(rng, profile, assets, 'vehiculo', when());
  for (let i = count(rng, [[0, 35], [1, 35], [2, 20], [3, 10]]); i > 0; i--) buy(rng, profile, assets, 'mueble', when());
  if (!rng.chance(0.04)) {
    assets.inversiones.push(inversion(rng, profile, when(), 'CNOM'));
    for (let i = count(rng, [[0, 30], [1, 35], [2, 25], [3, 10]]); i > 0; i--) assets.inversiones.push(inversion(rng, profile, when()));
  }
  // Credits repaid before taking office are no longer declared.
  assets.adeudos = assets.adeudos.filter((loan) => (loan.balance = adeudoBalance(rng, loan, on)) > 0);
  if (rng.chance(0.5) && room(assets.adeudos)) assets.adeudos.push(adeudo(rng, profile, 'TCRN', when(), rng.logNormal(60_000, 0.6), 0));
  if (rng.chance(0.15) && room(assets.adeudos)) assets.adeudos.push(adeudo(rng, profile, 'TCRD', when(), rng.logNormal(15_000, 0.5), 0));
  if (rng.chance(0.1) && room(assets.adeudos)) assets.adeudos.push(adeudo(rng, profile, 'CPER', addDays(on, -rng.int(30, 900)), rng.logNormal(70_000, 0.6), 3));
  if (rng.chance(0.05) && room(assets.adeudos)) assets.adeudos.push(familyLoan(rng, profile, addDays(on, -rng.int(30, 700))));
  for (let i = count(rng, [[0, 80], [1, 15], [2, 5]]); i > 0; i--) assets.prestamos.push(prestamo(rng, profile, when()));
  return assets;
}

/** Balances move with the markets, loans are repaid, and now and then something is bought or sold. */
export function evolveAssets(rng: Random, profile: Profile, assets: Assets, from: string, to: string): void {
  if (to <= from) return;
  const span = Math.max(0.05, daysBetween(from, to) / 365.25);
  const when = () => rng.date(addDays(from, 1), to);
  for (const inv of live(assets.inversiones)) {
    const subtipo = inv.meta!.subtipo as string;
    const prev = inv.balance ?? 0;
    const next =
      subtipo === 'CNOM' ? profile.job.salary * rng.float(0.3, 1.5)
      : subtipo === 'AFOR' ? prev * Math.pow(1.05, span) + profile.job.salary * 12 * span * 0.065
      : subtipo === 'CRIP' ? prev * rng.float(0.5, 1.9)
      : prev * Math.pow(rng.float(0.98, 1.12), span);
    inv.balance = roundAmount(next);
    if (inv.balance !== prev) update(inv, {});
  }
  for (const loan of live(assets.adeudos)) {
    const prev = loan.balance ?? 0;
    loan.balance = adeudoBalance(rng, loan, to);
    if (loan.balance <= 0 && loan.status !== 'new') remove(loan);
    else if (loan.balance !== prev) update(loan, {});
  }
  if (profile.suspicious) return suspiciousGrowth(rng, profile, assets, when);
  if (rng.chance(0.04 * span)) buy(rng, profile, assets, 'inmueble', when());
  if (rng.chance(0.025 * span)) sell(rng, profile, assets, assets.inmuebles, 'INMUEBLE', rng.float(1.0, 1.5));
  if (rng.chance(0.12 * span)) {
    if (rng.chance(0.5)) sell(rng, profile, assets, assets.vehiculos, 'VEHICULO', rng.float(0.4, 0.7));
    buy(rng, profile, assets, 'vehiculo', when());
  }
  if (rng.chance(0.05 * span)) buy(rng, profile, assets, 'mueble', when());
  if (rng.chance(0.02 * span)) {
    const gift = live(assets.muebles).find((m) => m.status === 'same');
    if (gift) remove(gift, entry('motivoBaja', 'DNC'));
  }
  if (rng.chance(0.06 * span) && room(assets.adeudos)) assets.adeudos.push(adeudo(rng, profile, 'TCRN', when(), rng.logNormal(50_000, 0.6), 0));
  if (rng.chance(0.06 * span) && room(assets.inversiones)) assets.inversiones.push(inversion(rng, profile, when()));
  if (rng.chance(0.03 * span)) {
    const closable = assets.inversiones.filter((inv) => inv.status !== 'new' && inv.status !== 'gone' && !['CNOM', 'AFOR'].includes(inv.meta!.subtipo as string));
    if (closable.length) remove(rng.pick(closable));
  }
  if (rng.chance(0.04 * span) && room(assets.prestamos)) assets.prestamos.push(prestamo(rng, profile, when()));
  for (const loan of assets.prestamos) if (loan.status === 'same' && rng.chance(0.1 * span)) remove(loan);
}

/**
 * The red flag: investments multiply by 1.6–2.5 a year and a property or vehicle is bought cash for about
 * the same growth, while the salary stays modest and no other income is declared.
 */
function suspiciousGrowth(rng: Random, profile: Profile, assets: Assets, when: () => string): void {
  const g = rng.float(1.6, 2.5);
  const invs = live(assets.inversiones);
  for (const inv of invs) {
    if (inv.meta!.subtipo === 'CNOM') continue; // the payroll account follows the salary
    inv.balance = roundAmount((inv.balance ?? 0) * g);
    update(inv, {});
  }
  if (invs.length <= 1 && room(assets.inversiones)) assets.inversiones.push(inversion(rng, profile, when(), 'DPLA', profile.job.salary * 12 * (g - 1)));
  // meta.value is in MXN even for goods declared in USD.
  const held = [...live(assets.inmuebles), ...live(assets.vehiculos), ...live(assets.muebles)].reduce((sum, item) => sum + ((item.meta?.value as number) ?? 0), 0);
  const acq = when();
  const target = Math.max(450_000 * priceIndex(acq), held * (g - 1));
  const first = rng.chance(0.65) ? 'inmueble' : 'vehiculo';
  if (buy(rng, profile, assets, first, acq, { value: target, contado: true })) return;
  if (buy(rng, profile, assets, first === 'inmueble' ? 'vehiculo' : 'inmueble', acq, { value: target, contado: true })) return;
  // Lists full: the money goes into the largest investment instead.
  const largest = live(assets.inversiones).sort((a, b) => (b.balance ?? 0) - (a.balance ?? 0))[0];
  if (largest) {
    largest.balance = roundAmount((largest.balance ?? 0) + target);
    update(largest, {});
  }
}
