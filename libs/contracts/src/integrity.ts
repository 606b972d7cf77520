import type { DeclarationTipo } from './declarations';

/**
 * Integrity intelligence (red flags): the rules' codes, severities and thresholds, and the shapes the
 * reviewer, the admin, the operator and the filer's self-check read. Private to the institution's
 * reviewers and admins: nothing here ever reaches S1, the bulk download or the public PDF.
 */

export const RISK_SEVERITIES = ['ALTA', 'MEDIA', 'BAJA', 'INFORMATIVA'] as const;
export type RiskSeverity = (typeof RISK_SEVERITIES)[number];
export const RISK_SEVERITY_LABELS: Record<RiskSeverity, string> = {
  ALTA: 'Alta',
  MEDIA: 'Media',
  BAJA: 'Baja',
  INFORMATIVA: 'Informativa',
};
/** What each flag adds to a filing's score; INFORMATIVA (a rule that could not be evaluated) adds nothing. */
export const RISK_SEVERITY_POINTS: Record<RiskSeverity, number> = { ALTA: 40, MEDIA: 15, BAJA: 5, INFORMATIVA: 0 };

/** The eight groups of rules of issue 17, as reviewers read them. */
export const RISK_RULE_GROUPS = {
  1: 'Crecimiento patrimonial no explicado',
  2: 'Proporciones',
  3: 'Bienes que no concilian entre declaraciones',
  4: 'Señales de estilo de vida',
  5: 'Señales en los ingresos',
  6: 'Intereses en el sector de la institución',
  7: 'Calidad de los datos',
  8: 'Presentación extemporánea u omitida',
} as const;
export type RiskRuleGroup = keyof typeof RISK_RULE_GROUPS;

/** Every rule: its group and title. The code is stored with each flag; never rename one that has shipped. */
export const RISK_RULES = {
  CRECIMIENTO_NO_EXPLICADO: { group: 1, title: 'Crecimiento del patrimonio mayor que los ingresos declarados' },
  ACTIVOS_VS_INGRESO: { group: 2, title: 'Activos muy altos frente al ingreso anual' },
  ADEUDOS_VS_INGRESO_Y_ACTIVOS: { group: 2, title: 'Adeudos altos frente a ingresos y activos' },
  SALTO_LIQUIDEZ: { group: 2, title: 'Aumento brusco de efectivo o inversiones líquidas' },
  BIEN_SIN_ADQUISICION: { group: 3, title: 'Bien que aparece sin adquisición en el periodo' },
  BIEN_DESAPARECE_SIN_BAJA: { group: 3, title: 'Bien que desaparece sin baja' },
  COMPRA_SIN_VALOR: { group: 3, title: 'Adquisición reciente sin valor de adquisición' },
  VENTA_SIN_INGRESO: { group: 3, title: 'Venta sin aumento de ingresos o saldos' },
  VEHICULO_LUJO: { group: 4, title: 'Vehículo de marca de lujo' },
  AERONAVE_O_EMBARCACION: { group: 4, title: 'Aeronave o embarcación' },
  CASA_GRANDE: { group: 4, title: 'Inmueble con construcción mayor al umbral' },
  VARIOS_INMUEBLES_EN_UN_ANIO: { group: 4, title: 'Varios inmuebles adquiridos en un año' },
  BIENES_EN_EL_EXTRANJERO: { group: 4, title: 'Bienes, cuentas o empresas en el extranjero' },
  INGRESO_EXTRAORDINARIO: { group: 5, title: 'Ingresos no salariales altos frente al sueldo' },
  PRESTAMO_PERSONA_FISICA: { group: 5, title: 'Préstamo de una persona física' },
  COMODATO_ALTO_VALOR: { group: 5, title: 'Comodato de un bien de alto valor' },
  INTERES_MISMO_SECTOR: { group: 6, title: 'Interés en el mismo sector que la institución' },
  SALARIO_IMPLAUSIBLE: { group: 7, title: 'Remuneración en cero o fuera de rango' },
  FECHA_IMPOSIBLE: { group: 7, title: 'Fecha imposible' },
  NOMBRE_DE_RELLENO: { group: 7, title: 'Nombre de relleno' },
  TOTAL_NO_CUADRA: { group: 7, title: 'Total que no cuadra con sus partes' },
  COPROPIEDAD_MAYOR_100: { group: 7, title: 'Porcentaje de propiedad mayor a 100' },
  PRESENTACION_EXTEMPORANEA: { group: 8, title: 'Declaración presentada fuera de plazo' },
  DECLARACION_OMITIDA: { group: 8, title: 'Declaración omitida' },
  TIPO_DE_CAMBIO_FALTANTE: { group: 1, title: 'Falta un tipo de cambio para evaluar' },
} as const satisfies Record<string, { group: RiskRuleGroup; title: string }>;
export type RiskRuleCode = keyof typeof RISK_RULES;
export const RISK_RULE_CODES = Object.keys(RISK_RULES) as RiskRuleCode[];
/** Only these groups reach the filer, as help before signing (never blocking). */
export const SELF_CHECK_GROUPS: readonly RiskRuleGroup[] = [3, 7];

/** Where a figure of an explanation comes from: the filing, its section and item (0-based index). */
export interface RiskSource {
  filingId: string;
  folio: string;
  /** S1 section name (`bienesInmuebles`, `ingresos`…), or null for the obligation of rule 8. */
  section: string | null;
  /** Item index in the section's list, or null for the whole section. */
  item: number | null;
  /** Field path inside the item or section (`valorAdquisicion.valor`), or null. */
  field: string | null;
}

/**
 * One figure shown with an explanation. A number is always an amount, in MXN unless `currency` says
 * otherwise; a count, a percentage, an area or a date comes as text ("310 m²", "120 %").
 */
export interface RiskFigure {
  label: string;
  value: number | string;
  currency?: string;
}

export interface RiskFlag {
  code: RiskRuleCode;
  severity: RiskSeverity;
  /** Spanish, for the reviewer: the figures, the threshold and where each figure comes from. */
  explanation: string;
  figures: RiskFigure[];
  sources: RiskSource[];
}

/** A filing's score under one threshold version: stored per version, so a re-score keeps the old ones. */
export interface FilingRiskView {
  filingId: string;
  score: number;
  thresholdVersion: number;
  /** True for the institution's current threshold version. */
  current: boolean;
  scoredAt: string;
  flags: RiskFlag[];
}

/** Per-institution thresholds; every change is a new version, recorded on each score. */
export interface IntegrityThresholds {
  /** Rule 1: unexplained growth above this many months of the period's declared net income (Mongolia: 6). */
  crecimientoMesesDeIngreso: number;
  /** Rule 1: estimated living cost, as a share (0–1) of the period's declared net income. */
  costoDeVidaProporcion: number;
  /** Rule 2: assets above this many times the annual net income (dragnet's default: 10). */
  activosVecesIngresoAnual: number;
  /** Rule 2: debts above this share (0–1) of annual income plus assets. */
  adeudosProporcion: number;
  /** Rule 2: cash-like investments multiplied by at least this factor between filings… */
  liquidezVeces: number;
  /** …and grown by at least this many months of income (so small balances don't flag). */
  liquidezMesesDeIngreso: number;
  /**
   * Rule 3: a sale with no sale income is still explained when investment balances rose by at least this
   * share (0–1) of the declarant's part of the sold item's value.
   */
  ventaSaldosProporcion: number;
  /** Rule 4: square metres of construction. */
  construccionM2: number;
  /** Rule 4: this many properties or more acquired in one calendar year. */
  inmueblesPorAnio: number;
  /** Rule 4: vehicle brands read as luxury (compared without accents or case). */
  marcasDeLujo: string[];
  /** Rule 5: non-salary income (gifts, support, prizes, otros) above this share of the annual salary. */
  ingresoExtraProporcion: number;
  /** Rule 6: the institution's sectors, as claves of the S1 `sector` catalog. */
  sectoresDeLaInstitucion: string[];
  /** Rule 7: the plausible monthly net salary range (MXN). */
  salarioMensualMinimo: number;
  salarioMensualMaximo: number;
}

export interface ThresholdVersionView {
  version: number;
  thresholds: IntegrityThresholds;
  createdAt: string;
  /** null for the defaults Veraz starts every institution with. */
  createdBy: { userId: string; nombreCompleto: string } | null;
}

export const RESCORE_STATES = ['PENDIENTE', 'EN_CURSO', 'TERMINADA', 'FALLIDA'] as const;
export type RescoreState = (typeof RESCORE_STATES)[number];
export const RESCORE_STATE_LABELS: Record<RescoreState, string> = {
  PENDIENTE: 'En espera',
  EN_CURSO: 'En curso',
  TERMINADA: 'Terminada',
  FALLIDA: 'Fallida',
};

/** A batch re-score after a threshold change: idempotent and resumable, with its progress. */
export interface RescoreRunView {
  id: string;
  thresholdVersion: number;
  state: RescoreState;
  total: number;
  done: number;
  startedAt: string;
  finishedAt: string | null;
}

/** GET/PUT /api/integrity/thresholds */
export interface IntegrityThresholdsView {
  current: ThresholdVersionView;
  /** Newest first. */
  history: ThresholdVersionView[];
  rescore: RescoreRunView | null;
}

/** One filing on a person's wealth evolution chart (MXN at acquisition value). */
export interface WealthPoint {
  filingId: string;
  folio: string;
  tipo: DeclarationTipo;
  /** The date the filing reports on (YYYY-MM-DD): toma de posesión, 31 Dec of the year, or conclusión. */
  fecha: string;
  activos: number;
  adeudos: number;
  /** Declared annual net income (the declarant's), or null when the filing carries none. */
  ingresoAnual: number | null;
  patrimonioNeto: number;
  /** Currencies (with year) whose rate is missing: those amounts are left out, never guessed. */
  tiposDeCambioFaltantes: string[];
  /** Codes of the flags of this filing at the current version. */
  flags: RiskRuleCode[];
  score: number | null;
}

/** GET /api/integrity/people/:userId */
export interface PersonEvolutionView {
  userId: string;
  nombreCompleto: string;
  thresholdVersion: number;
  points: WealthPoint[];
}

/** A reviewer's list sort. */
export const WORKBENCH_SORTS = ['recientes', 'riesgo'] as const;
export type WorkbenchSort = (typeof WORKBENCH_SORTS)[number];

/** One self-check hint for the filer before signing: help, never an accusation, never blocking. */
export interface SelfCheckHint {
  code: RiskRuleCode;
  /** Spanish, worded as help. */
  message: string;
  /** The section to open and, when known, the item and field to focus. */
  section: string;
  item: number | null;
  field: string | null;
}

/** GET /api/declarations/:id/self-check */
export interface SelfCheckView {
  hints: SelfCheckHint[];
}

/** A yearly exchange rate loaded by the operator from Banco de México's FIX series (CSV). */
export interface FxRateView {
  year: number;
  currency: string;
  /** Pesos per unit of the currency: the mean of the year's published daily values. */
  mxnPerUnit: number;
  observations: number;
  source: string;
  importedAt: string;
}
