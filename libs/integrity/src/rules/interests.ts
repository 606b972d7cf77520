import { readAmount } from '../engine/money';
import type { FilingFacts, Rule, RuleResult, ScoringInput } from '../engine/types';
import { amountWords, clave, interes, isBaja, isObj, items, label, moneyFigure, source, text, type Json } from './reading';

/**
 * Group 6, interests in the institution's own sector, and the companies behind every interest (their
 * RFCs are stored for a later match against procurement data, S2 and S6).
 *
 * participacionTomaDecisiones carries no `sector` in the OAS: it is listed among the companies but can
 * never match a sector. A flag is MEDIA: a possible conflict of interest the reviewer should look at.
 */

export interface InterestCompany {
  /** S1 section; `clientesPrincipales.empresa` is the filer's own business in a clientesPrincipales item. */
  section: string;
  item: number;
  rfc: string | null;
  nombre: string | null;
  sector: string | null;
}

const RELATION_WORDS: Record<string, string> = { DECLARANTE: 'el declarante', PAREJA: 'la pareja', DEPENDIENTE_ECONOMICO: 'un dependiente económico' };

const rfcOf = (value: unknown): string | null => {
  const t = text(value);
  return t ? t.replace(/[\s-]+/g, '').toUpperCase() : null;
};

/** Every company or counterparty of the interest sections, including items reported as BAJA (held in the period). */
export function interestCompanies(filing: FilingFacts): InterestCompany[] {
  const it = interes(filing);
  const out: InterestCompany[] = [];
  const push = (section: string, item: number, rfc: unknown, nombre: unknown, sector: unknown): void => {
    const row = { section, item, rfc: rfcOf(rfc), nombre: text(nombre), sector: clave(sector) };
    if (row.rfc || row.nombre) out.push(row);
  };
  items(it, 'participacion', 'participacion').forEach((p, i) => {
    if (isObj(p)) push('participacion', i, p.rfc, p.nombreEmpresaSociedadAsociacion, p.sector);
  });
  items(it, 'participacionTomaDecisiones', 'participacion').forEach((p, i) => {
    if (isObj(p)) push('participacionTomaDecisiones', i, p.rfc, p.nombreInstitucion, null);
  });
  items(it, 'clientesPrincipales', 'cliente').forEach((c, i) => {
    if (!isObj(c)) return;
    const client = isObj(c.clientePrincipal) ? c.clientePrincipal : {};
    push('clientesPrincipales', i, client.rfc, client.nombreRazonSocial, c.sector);
    const own = isObj(c.empresa) ? c.empresa : {};
    push('clientesPrincipales.empresa', i, own.rfc, own.nombreEmpresaServicio, c.sector);
  });
  items(it, 'representacion', 'representacion').forEach((r, i) => {
    if (isObj(r)) push('representacion', i, r.rfc, r.nombreRazonSocial, r.sector);
  });
  return out;
}

const SECTORS = new WeakMap<readonly string[], ReadonlySet<string>>();

function sectorSet(sectors: readonly string[]): ReadonlySet<string> {
  let set = SECTORS.get(sectors);
  if (!set) {
    set = new Set(sectors.map((s) => s.trim().toUpperCase()).filter(Boolean));
    SECTORS.set(sectors, set);
  }
  return set;
}

interface Described {
  section: string;
  title: string;
  list: string;
  describe(item: Json): string;
}

const FLAGGED: readonly Described[] = [
  {
    section: 'participacion',
    title: 'participación en empresas, sociedades o asociaciones',
    list: 'participacion',
    describe: (p) => {
      const pct = typeof p.porcentajeParticipacion === 'number' ? `, ${p.porcentajeParticipacion} %` : '';
      return `participa (${label(p.tipoParticipacion) ?? 'sin tipo'}${pct}) en «${text(p.nombreEmpresaSociedadAsociacion) ?? 'sin nombre'}»`;
    },
  },
  {
    section: 'clientesPrincipales',
    title: 'clientes principales',
    list: 'cliente',
    describe: (c) => {
      const client = isObj(c.clientePrincipal) ? text(c.clientePrincipal.nombreRazonSocial) : null;
      const own = isObj(c.empresa) ? text(c.empresa.nombreEmpresaServicio) : null;
      return `tiene como cliente principal a «${client ?? 'sin nombre'}»${own ? ` (empresa o servicio: «${own}»)` : ''}`;
    },
  },
  {
    section: 'representacion',
    title: 'representación',
    list: 'representacion',
    describe: (r) => `es ${r.tipoRepresentacion === 'REPRESENTADO' ? 'representado por' : 'representante de'} «${text(r.nombreRazonSocial) ?? 'sin nombre'}»`,
  },
];

export const interestsRule: Rule = {
  codes: ['INTERES_MISMO_SECTOR'],
  evaluate({ filing, thresholds }: ScoringInput): RuleResult[] {
    const sectors = sectorSet(thresholds.sectoresDeLaInstitucion);
    if (sectors.size === 0) return [];
    const it = interes(filing);
    const out: RuleResult[] = [];
    for (const { section, title, list, describe } of FLAGGED) {
      items(it, section, list).forEach((item, i) => {
        if (!isObj(item) || isBaja(item)) return;
        const sector = clave(item.sector);
        if (!sector || !sectors.has(sector.toUpperCase())) return;
        const who = RELATION_WORDS[String(item.tipoRelacion)] ?? 'el declarante o un familiar';
        const monto = readAmount(item.montoMensual ?? item.montoAproximadoGanancia);
        // Both are monthly (DOF format: «monto aproximado del beneficio o ganancia mensual»).
        const paid = monto && monto.valor > 0 ? ` y recibe ${amountWords(monto)} al mes` : '';
        out.push({
          code: 'INTERES_MISMO_SECTOR',
          severity: 'MEDIA',
          explanation:
            `Folio ${filing.folio}, ${title}, registro ${i + 1}: ${who} ${describe(item)}${paid}, en el sector ${sector} «${label(item.sector)}», ` +
            `que es un sector de la institución según sus umbrales (sectoresDeLaInstitucion: ${[...sectors].join(', ')}).`,
          figures: [
            { label: 'Sector', value: `${sector} ${label(item.sector) ?? ''}`.trim() },
            { label: 'Sectores de la institución', value: [...sectors].join(', ') },
            ...(monto && monto.valor > 0 ? [moneyFigure(item.montoMensual ? 'Monto mensual' : 'Ganancia mensual aproximada', monto)] : []),
          ],
          sources: [source(filing, section, i, 'sector.clave')],
        });
      });
    }
    return out;
  },
};
