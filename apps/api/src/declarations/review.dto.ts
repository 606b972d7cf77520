import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import {
  DECLARATION_TIPOS,
  FILING_FORMATS,
  MET_OBLIGATION_STATES,
  REVIEW_NOTE_LENGTH,
  REVIEW_STATES,
  WORKBENCH_SORTS,
  type DeclarationTipo,
  type FilingFormat,
  type FilingReviewView,
  type MetObligationState,
  type ReviewerOption,
  type ReviewNoteView,
  type ReviewState,
  type UpdateReviewRequest,
  type WorkbenchFilingSummary,
  type WorkbenchSort,
} from '@veraz/contracts';
import { PageQuery } from '../http/pagination.query';
import { FilingSearchQuery } from './declarations.dto';
import { FilerModel, FilingSummaryModel } from './declaration-models';

const oneOf = (list: readonly string[]) => ({ message: `debe ser uno de: ${list.join(', ')}` });

/** The reviewer's filters of GET /api/filings (ignored with mine=true and for filers). */
export class WorkbenchFilterQuery {
  @ApiPropertyOptional({ enum: DECLARATION_TIPOS })
  @IsOptional()
  @IsIn(DECLARATION_TIPOS, oneOf(DECLARATION_TIPOS))
  tipo?: DeclarationTipo;

  @ApiPropertyOptional({ example: 2026, description: 'Año de presentación (hora del centro de México)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'debe ser un año' })
  @Min(2000, { message: 'debe ser un año' })
  @Max(2100, { message: 'debe ser un año' })
  anio?: number;

  @ApiPropertyOptional({ example: 2025, description: 'Año que reporta una declaración de modificación' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'debe ser un año' })
  @Min(2000, { message: 'debe ser un año' })
  @Max(2100, { message: 'debe ser un año' })
  anioReportado?: number;

  @ApiPropertyOptional({ description: 'Área de adscripción de la persona en el padrón', example: 'Dirección de Finanzas' })
  @IsOptional()
  @IsString({ message: 'debe ser texto' })
  @MaxLength(200, { message: 'debe tener como máximo 200 caracteres' })
  area?: string;

  @ApiPropertyOptional({ enum: FILING_FORMATS })
  @IsOptional()
  @IsIn(FILING_FORMATS, oneOf(FILING_FORMATS))
  formato?: FilingFormat;

  @ApiPropertyOptional({ enum: MET_OBLIGATION_STATES, description: 'Estado de la obligación que cumplió la declaración' })
  @IsOptional()
  @IsIn(MET_OBLIGATION_STATES, oneOf(MET_OBLIGATION_STATES))
  estadoObligacion?: MetObligationState;

  @ApiPropertyOptional({ enum: REVIEW_STATES })
  @IsOptional()
  @IsIn(REVIEW_STATES, oneOf(REVIEW_STATES))
  estadoRevision?: ReviewState;

  @ApiPropertyOptional({ format: 'uuid', description: 'Solo las asignadas a esta persona revisora' })
  @IsOptional()
  @IsUUID('4', { message: 'debe ser un identificador válido' })
  asignadoA?: string;

  @ApiPropertyOptional({ enum: WORKBENCH_SORTS, description: 'recientes (predeterminado): de la más reciente a la más antigua; riesgo: mayor puntaje primero' })
  @IsOptional()
  @IsIn(WORKBENCH_SORTS, oneOf(WORKBENCH_SORTS))
  orden?: WorkbenchSort;
}

export class WorkbenchListQuery extends IntersectionType(PageQuery, FilingSearchQuery, WorkbenchFilterQuery) {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: solo las de quien consulta (para revisión y administración, que ven toda la institución)' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'debe ser true o false' })
  mine?: 'true' | 'false';
}

export class UpdateReviewBody implements UpdateReviewRequest {
  @ApiProperty({ description: 'La versión de la revisión que se leyó (0 si nunca se ha revisado); si cambió, responde 409' })
  @IsInt({ message: 'debe ser un número entero' })
  @Min(0, { message: 'no puede ser negativo' })
  version: number;

  @ApiPropertyOptional({ enum: REVIEW_STATES })
  @IsOptional()
  @IsIn(REVIEW_STATES, oneOf(REVIEW_STATES))
  state?: ReviewState;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Miembro con rol de revisión o administración; null para quitar la asignación' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('4', { message: 'debe ser un identificador válido' })
  assigneeId?: string | null;
}

export class ReviewNoteBody {
  @ApiProperty({ minLength: REVIEW_NOTE_LENGTH.min, maxLength: REVIEW_NOTE_LENGTH.max, example: 'Falta el comprobante del inmueble declarado.' })
  @IsString({ message: 'debe ser texto' })
  @MaxLength(REVIEW_NOTE_LENGTH.max, { message: `debe tener como máximo ${REVIEW_NOTE_LENGTH.max} caracteres` })
  texto: string;
}

export class WorkbenchRiskModel {
  @ApiProperty({ description: 'Puntaje: suma de los puntos de cada alerta según su severidad' }) score: number;
  @ApiProperty({ description: 'Número de alertas' }) flagCount: number;
  @ApiProperty({ description: 'Versión de los umbrales con que se evaluó' }) thresholdVersion: number;
}

export class WorkbenchFilingModel extends FilingSummaryModel implements WorkbenchFilingSummary {
  @ApiProperty({ nullable: true, type: String, description: 'Área de adscripción en el padrón (null si la persona no está en él)' }) area: string | null;
  @ApiProperty({ enum: REVIEW_STATES }) reviewState: ReviewState;
  @ApiProperty({ type: FilerModel, nullable: true }) assignee: WorkbenchFilingSummary['assignee'];
  @ApiProperty({ enum: MET_OBLIGATION_STATES, nullable: true, description: 'Cómo cumplió su obligación (null si no cumple ninguna calculada)' })
  obligationState: MetObligationState | null;
  @ApiProperty({ type: WorkbenchRiskModel, nullable: true, description: 'Riesgo con los umbrales vigentes de la institución (null si aún no se evalúa)' })
  risk: WorkbenchFilingSummary['risk'];
}

export class WorkbenchFilingPageModel {
  @ApiProperty({ type: [WorkbenchFilingModel], description: 'Para revisión y administración; quien declara recibe sus declaraciones sin los campos de revisión' })
  items: WorkbenchFilingSummary[];
  @ApiProperty() total: number;
}

export class ReviewNoteModel implements ReviewNoteView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: FilerModel }) author: ReviewNoteView['author'];
  @ApiProperty() body: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class FilingReviewModel implements FilingReviewView {
  @ApiProperty({ format: 'uuid' }) filingId: string;
  @ApiProperty({ enum: REVIEW_STATES }) state: ReviewState;
  @ApiProperty({ type: FilerModel, nullable: true }) assignee: FilingReviewView['assignee'];
  @ApiProperty({ description: 'Enviar en PUT; 0 si nunca se ha revisado' }) version: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) updatedAt: string | null;
  @ApiProperty({ type: [ReviewNoteModel], description: 'De la más antigua a la más reciente; no se editan ni se borran' }) notes: ReviewNoteView[];
}

export class ReviewerModel implements ReviewerOption {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() nombreCompleto: string;
}
