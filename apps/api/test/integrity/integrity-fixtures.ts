import type { RiskFlag } from '@veraz/contracts';
import { DEFAULT_THRESHOLDS } from '@veraz/integrity';
import type { TestApp } from '../support/test-app';

type Json = Record<string, unknown>;
const mxn = (valor: number) => ({ valor, moneda: 'MXN' });

/**
 * The S1 `declaracion` of a hand-made filing: real estate and a vehicle at acquisition value, debts,
 * and the declarant's net income under the field each tipo uses. No titular: all of it is the
 * declarant's, so the chart's figures are the plain sums.
 */
export function wealthDeclaracion(spec: {
  tipo: 'INICIAL' | 'MODIFICACIÓN';
  inmuebles: number[];
  vehiculoUsd?: number;
  adeudo: number;
  ingreso: number;
}): { situacionPatrimonial: Json } {
  const incomeField = spec.tipo === 'INICIAL' ? 'ingresoMensualNetoDeclarante' : 'ingresoAnualNetoDeclarante';
  const balanceField = spec.tipo === 'INICIAL' ? 'saldoInsolutoSituacionActual' : 'saldoInsolutoDiciembreAnterior';
  return {
    situacionPatrimonial: {
      ingresos: { [incomeField]: mxn(spec.ingreso) },
      bienesInmuebles: {
        ninguno: false,
        bienInmueble: spec.inmuebles.map((valor, i) => ({ tipoOperacion: i === 0 ? 'SIN_CAMBIO' : 'AGREGAR', valorAdquisicion: mxn(valor), fechaAdquisicion: '2020-03-01' })),
      },
      vehiculos: spec.vehiculoUsd
        ? { ninguno: false, vehiculo: [{ tipoOperacion: 'AGREGAR', valorAdquisicion: { valor: spec.vehiculoUsd, moneda: 'USD' }, fechaAdquisicion: '2025-06-01' }] }
        : { ninguno: true, vehiculo: [] },
      adeudos: { ninguno: false, adeudo: [{ tipoOperacion: 'SIN_CAMBIO', [balanceField]: mxn(spec.adeudo) }] },
    },
  };
}

/** Threshold versions of an institution, as ThresholdsService would have written them. */
export async function seedThresholdVersions(t: TestApp, institutionId: string, versions: number[]): Promise<void> {
  const owner = await t.owner();
  for (const version of versions) {
    await owner.query(`INSERT INTO integrity_threshold_versions (institution_id, version, thresholds) VALUES ($1, $2, $3)`, [
      institutionId,
      version,
      JSON.stringify(DEFAULT_THRESHOLDS),
    ]);
  }
}

/** A stored score (a fixture of what the scoring job writes): its points are the flags' severities. */
export async function seedScore(t: TestApp, institutionId: string, filingId: string, version: number, flags: RiskFlag[]): Promise<number> {
  const points = { ALTA: 40, MEDIA: 15, BAJA: 5, INFORMATIVA: 0 } as const;
  const score = flags.reduce((sum, f) => sum + points[f.severity], 0);
  const owner = await t.owner();
  await owner.query(
    `INSERT INTO filing_risk_scores (institution_id, filing_id, threshold_version, score, flag_count, rule_codes, flags) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [institutionId, filingId, version, score, flags.length, flags.map((f) => f.code), JSON.stringify(flags)],
  );
  return score;
}

/** A flag as a rule writes it: the explanation names its figures and where they come from. */
export function flag(code: RiskFlag['code'], severity: RiskFlag['severity'], explanation: string, filing: { id: string; folio: string }, section: string): RiskFlag {
  return {
    code,
    severity,
    explanation,
    figures: [{ label: 'Cifra de la prueba', value: 1_000_000 }],
    sources: [{ filingId: filing.id, folio: filing.folio, section, item: 0, field: 'valorAdquisicion.valor' }],
  };
}
