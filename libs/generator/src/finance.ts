import { catalogs } from '@veraz/standards';
import { entry, roundAmount, type Json } from './catalog';
import { addYears, age, daysBetween } from './dates';
import { ownership } from './holdings';
import { company, fisica, institution, partyObject } from './people';
import type { Profile } from './profile';
import type { Random } from './random';
import { track, type Tracked } from './tracked';
import { SURNAMES } from './names';

let subtipoToTipo: Map<string, string> | undefined;

/** tipoInversion of a subTipoInversion, from the catalog's own `tipoInversion` field. */
function tipoOf(subtipo: string): string {
  subtipoToTipo ??= new Map(catalogs.list('subTipoInversion').map((e) => [e.clave, e.tipoInversion!]));
  const tipo = subtipoToTipo.get(subtipo);
  if (!tipo) throw new Error(`subTipoInversion desconocido: ${subtipo}`);
  return tipo;
}

const SUBTIPO_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['CAHO', 15], ['CCHE', 8], ['DPLA', 12], ['CMAS', 3], ['CEJE', 2], ['SOIN', 10], ['IFEX', 2], ['ACCI', 4], ['CSAH', 5],
  ['CENT', 3], ['DIVS', 3], ['MONN', 1], ['ONZT', 1], ['CRIP', 2], ['SSIN', 3], ['SEGI', 3], ['SEGV', 3], ['ADER', 2],
  ['ABAN', 1], ['BGUB', 2], ['PCOM', 1], ['AFOR', 8], ['FIDE', 1], ['CTES', 4], ['PFTE', 1],
];

/** Instruments whose yield the declarant reports as actividad financiera, with the tipoInstrumento clave. */
export const YIELDING: Readonly<Record<string, string>> = {
  DPLA: 'CAP', SOIN: 'FIN', IFEX: 'FIN', BGUB: 'BON', CTES: 'BON', ADER: 'VBU', ABAN: 'VBU', PCOM: 'VBU',
};

/** An account or investment opened on `opened`; the first one of everybody is the payroll account. */
export function inversion(rng: Random, profile: Profile, opened: string, subtipo = rng.weighted(SUBTIPO_WEIGHTS), balance?: number): Tracked {
  const salary = profile.job.salary;
  const tipo = tipoOf(subtipo);
  let where: Json;
  let currency = 'MXN';
  let initial: number;
  switch (subtipo) {
    case 'IFEX': {
      const broker = institution(rng, 'foreignBroker');
      where = { pais: 'US', institucionRazonSocial: broker.name };
      currency = 'USD';
      initial = rng.logNormal(20_000, 0.9);
      break;
    }
    case 'ACCI': {
      const firm = company(rng, opened);
      where = { pais: 'MX', institucionRazonSocial: firm.name, rfc: firm.rfc };
      initial = rng.logNormal(200_000, 1);
      break;
    }
    case 'PFTE': {
      const debtor = fisica(rng, [addYears(opened, -60), addYears(opened, -20)], { primer: rng.chance(0.5) ? profile.self.primerApellido : rng.pick(SURNAMES) });
      where = { pais: 'MX', institucionRazonSocial: debtor.name, rfc: debtor.rfc13 };
      initial = rng.logNormal(50_000, 0.6);
      break;
    }
    default: {
      const kind = subtipo === 'AFOR' ? 'afore' : tipo === 'SEGR' ? 'insurer' : tipo === 'VBUR' || subtipo === 'SOIN' || subtipo === 'CTES' ? 'broker' : subtipo === 'CSAH' ? 'coop' : subtipo === 'CRIP' ? 'crypto' : 'bank';
      const inst = institution(rng, kind);
      where = { pais: 'MX', institucionRazonSocial: inst.name, rfc: inst.rfc };
      if (subtipo === 'DIVS') currency = 'USD';
      initial =
        subtipo === 'CNOM' ? salary * rng.float(0.3, 1.5)
        : subtipo === 'AFOR' ? salary * Math.max(1, age(profile.self.birth, opened) - 22) * rng.float(0.6, 1.2)
        : ['CAHO', 'CCHE', 'CMAS', 'CEJE'].includes(subtipo) ? rng.logNormal(salary * 2, 0.8)
        : tipo === 'SEGR' ? rng.logNormal(salary * 3, 0.7)
        : tipo === 'POMM' ? rng.logNormal(subtipo === 'CRIP' ? 30_000 : 60_000, 0.9) / (currency === 'USD' ? 17.5 : 1)
        : subtipo === 'CSAH' ? rng.logNormal(25_000, 0.8)
        : subtipo === 'FIDE' ? rng.logNormal(400_000, 0.8)
        : rng.logNormal(salary * 5, 0.9);
    }
  }
  const own = ownership(rng, profile, opened, subtipo === 'CNOM' || subtipo === 'AFOR' ? [['DEC', 1]] : [['DEC', 82], ['DEC+SPOUSE', 8], ['SPOUSE', 5], ['DEC+CTER', 3], ['DEN', 2]]);
  const data: Json = {
    tipoInversion: entry('tipoInversion', tipo),
    subTipoInversion: entry('subTipoInversion', subtipo),
    titular: own.titular,
    ...(own.tercero ? { tercero: own.tercero } : {}),
    numeroCuentaContrato: ['CENT', 'ONZT', 'MONN'].includes(subtipo) ? 'NO APLICA' : rng.digits(subtipo === 'AFOR' ? 11 : 10),
    localizacionInversion: where,
  };
  return track(data, { balance: roundAmount(balance ?? initial), currency, meta: { subtipo, opened } });
}

/** A credit: `original` is the amount lent on `since`, repaid linearly over `years` (cards revolve). */
export function adeudo(rng: Random, profile: Profile, tipo: string, since: string, original: number, years: number, lender?: Json): Tracked {
  const bank = institution(rng, tipo === 'CHIP' && rng.chance(0.3) ? 'housing' : 'bank');
  const otorgante = lender ?? { tipoPersona: 'MORAL', nombreInstitucion: bank.name, rfc: bank.rfc };
  const own = ownership(rng, profile, since, tipo === 'CHIP' ? [['DEC', 85], ['DEC+SPOUSE', 15]] : [['DEC', 90], ['SPOUSE', 10]]);
  const data: Json = {
    titular: own.titular,
    tipoAdeudo: entry('tipoAdeudo', tipo),
    numeroCuentaContrato: tipo.startsWith('TCR') ? `${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)}` : rng.digits(10),
    fechaAdquisicion: since,
    montoOriginal: { valor: roundAmount(original), moneda: 'MXN' },
    ...(own.tercero ? { tercero: own.tercero } : {}),
    otorganteCredito: otorgante,
    localizacionAdeudo: { pais: 'MX' },
  };
  const item = track(data, { currency: 'MXN', meta: { tipo, since, original, years } });
  item.balance = adeudoBalance(rng, item, since);
  return item;
}

/** What is still owed on `on`: linear amortization, or a random share of a card's limit. */
export function adeudoBalance(rng: Random, item: Tracked, on: string): number {
  const { tipo, since, original, years } = item.meta as { tipo: string; since: string; original: number; years: number };
  if (tipo === 'TCRN' || tipo === 'TCRD') return roundAmount(original * rng.float(0, 0.75));
  const left = 1 - daysBetween(since, on) / (years * 365.25);
  return left <= 0 ? 0 : roundAmount(original * left);
}

/** A personal loan from a relative (persona física as otorgante). */
export function familyLoan(rng: Random, profile: Profile, since: string): Tracked {
  const relative = fisica(rng, [addYears(since, -70), addYears(since, -25)], { primer: profile.self.primerApellido });
  const party = partyObject(relative);
  return adeudo(rng, profile, 'PRPE', since, rng.logNormal(80_000, 0.6), rng.int(1, 4), { tipoPersona: 'FISICA', nombreInstitucion: party.nombreRazonSocial, rfc: party.rfc });
}
