import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DECLARATION_TIPOS,
  RESCORE_STATES,
  RISK_RULE_CODES,
  RISK_SEVERITIES,
  type DeclarationTipo,
  type FilingRiskView,
  type IntegrityThresholdsView,
  type PersonEvolutionView,
  type RescoreRunView,
  type RescoreState,
  type RiskFigure,
  type RiskFlag,
  type RiskRuleCode,
  type RiskSeverity,
  type RiskSource,
  type ThresholdVersionView,
  type WealthPoint,
} from '@veraz/contracts';
import { FilerModel } from '../declarations/declaration-models';
import { IntegrityThresholdsBody } from './thresholds.dto';

/** OpenAPI shapes of the integrity routes (the contracts' interfaces, documented in Spanish). */

export class RiskSourceModel implements RiskSource {
  @ApiProperty({ format: 'uuid' }) filingId: string;
  @ApiProperty() folio: string;
  @ApiProperty({ nullable: true, type: String, example: 'bienesInmuebles', description: 'Sección de S1; null para la obligación (regla 8)' }) section: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Elemento de la lista de la sección (desde 0); null para toda la sección' }) item: number | null;
  @ApiProperty({ nullable: true, type: String, example: 'valorAdquisicion.valor', description: 'Campo dentro del elemento o la sección' }) field: string | null;
}

export class RiskFigureModel implements RiskFigure {
  @ApiProperty({ example: 'Patrimonio neto anterior' }) label: string;
  @ApiProperty({ oneOf: [{ type: 'number' }, { type: 'string' }] }) value: number | string;
  @ApiPropertyOptional({ example: 'USD', description: 'Moneda, si la cifra no está en pesos' }) currency?: string;
}

export class RiskFlagModel implements RiskFlag {
  @ApiProperty({ enum: RISK_RULE_CODES }) code: RiskRuleCode;
  @ApiProperty({ enum: RISK_SEVERITIES }) severity: RiskSeverity;
  @ApiProperty({ description: 'Explicación para quien revisa: las cifras, el umbral y de dónde sale cada cifra' }) explanation: string;
  @ApiProperty({ type: [RiskFigureModel] }) figures: RiskFigure[];
  @ApiProperty({ type: [RiskSourceModel], description: 'Declaración, sección, elemento y campo de cada cifra' }) sources: RiskSource[];
}

export class FilingRiskModel implements FilingRiskView {
  @ApiProperty({ format: 'uuid' }) filingId: string;
  @ApiProperty({ description: 'Suma de los puntos de las alertas según su severidad' }) score: number;
  @ApiProperty({ description: 'Versión de los umbrales con que se evaluó' }) thresholdVersion: number;
  @ApiProperty({ description: 'true para la versión vigente de los umbrales de la institución' }) current: boolean;
  @ApiProperty({ format: 'date-time' }) scoredAt: string;
  @ApiProperty({ type: [RiskFlagModel] }) flags: RiskFlag[];
}

export class WealthPointModel implements WealthPoint {
  @ApiProperty({ format: 'uuid' }) filingId: string;
  @ApiProperty() folio: string;
  @ApiProperty({ enum: DECLARATION_TIPOS }) tipo: DeclarationTipo;
  @ApiProperty({ format: 'date', description: 'Fecha que reporta: toma de posesión, 31 de diciembre del año o conclusión' }) fecha: string;
  @ApiProperty({ description: 'Activos a valor de adquisición más saldos de inversiones (MXN)' }) activos: number;
  @ApiProperty({ description: 'Adeudos (MXN)' }) adeudos: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Ingreso anual neto declarado; null si la declaración no lo trae' }) ingresoAnual: number | null;
  @ApiProperty({ description: 'Activos menos adeudos (MXN)' }) patrimonioNeto: number;
  @ApiProperty({ type: [String], example: ['USD 2024'], description: 'Monedas (con año) sin tipo de cambio: esos montos se dejan fuera, nunca se adivinan' })
  tiposDeCambioFaltantes: string[];
  @ApiProperty({ enum: RISK_RULE_CODES, isArray: true, description: 'Alertas de esta declaración con los umbrales vigentes' }) flags: RiskRuleCode[];
  @ApiProperty({ nullable: true, type: Number, description: 'Puntaje con los umbrales vigentes; null si aún no se evalúa' }) score: number | null;
}

export class PersonEvolutionModel implements PersonEvolutionView {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() nombreCompleto: string;
  @ApiProperty({ description: 'Versión vigente de los umbrales' }) thresholdVersion: number;
  @ApiProperty({ type: [WealthPointModel], description: 'Una por declaración (su última versión), de la más antigua a la más reciente' }) points: WealthPoint[];
}

export class RescoreRunModel implements RescoreRunView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() thresholdVersion: number;
  @ApiProperty({ enum: RESCORE_STATES }) state: RescoreState;
  @ApiProperty({ description: 'Declaraciones por evaluar' }) total: number;
  @ApiProperty({ description: 'Declaraciones ya evaluadas' }) done: number;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finishedAt: string | null;
}

export class ThresholdVersionModel implements ThresholdVersionView {
  @ApiProperty() version: number;
  @ApiProperty({ type: IntegrityThresholdsBody }) thresholds: IntegrityThresholdsBody;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: FilerModel, nullable: true, description: 'null para los valores iniciales de Veraz' }) createdBy: ThresholdVersionView['createdBy'];
}

export class IntegrityThresholdsModel implements IntegrityThresholdsView {
  @ApiProperty({ type: ThresholdVersionModel }) current: ThresholdVersionView;
  @ApiProperty({ type: [ThresholdVersionModel], description: 'De la más reciente a la más antigua' }) history: ThresholdVersionView[];
  @ApiProperty({ type: RescoreRunModel, nullable: true, description: 'La última reevaluación en lote y su avance' }) rescore: RescoreRunView | null;
}
