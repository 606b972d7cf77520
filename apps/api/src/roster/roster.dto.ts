import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { EMPLOYMENT_LEVELS, ROSTER_MOVEMENTS, ROSTER_STATUSES, type EmploymentLevel, type RosterMovement, type RosterStatus } from '@veraz/contracts';
import type { EventRow, ImportAction, ImportDetail, ImportLine, ImportStatus, ImportSummary, RosterEdit, RosterPersonDetail, RosterPersonView, RowError } from '@veraz/roster';
import { PageQuery } from '../http/pagination.query';

const ACTIONS: ImportAction[] = ['NUEVA', 'CAMBIO', 'SIN_CAMBIO', 'ERROR'];

export class ImportCountsModel implements Record<ImportAction, number> {
  @ApiProperty({ description: 'personas que se darán de alta en el padrón' }) NUEVA: number;
  @ApiProperty({ description: 'personas cuyos datos o movimientos cambian' }) CAMBIO: number;
  @ApiProperty({ description: 'filas que ya coinciden con el padrón' }) SIN_CAMBIO: number;
  @ApiProperty({ description: 'filas con errores: no se aplican' }) ERROR: number;
}

export class ImportSummaryModel implements ImportSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'padron-2025.csv' }) fileName: string;
  @ApiProperty({ enum: ['PREVISTA', 'APLICADA', 'DESCARTADA'] }) status: ImportStatus;
  @ApiProperty() rowsTotal: number;
  @ApiProperty({ type: ImportCountsModel }) counts: Record<ImportAction, number>;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true }) appliedAt: string | null;
}

export class AppliedImportModel extends ImportSummaryModel {
  @ApiProperty({ description: 'personas escritas en el padrón (nuevas o con cambios)' }) applied: number;
}

export class RowErrorModel implements RowError {
  @ApiProperty({ example: 5 }) line: number;
  @ApiProperty({ example: 'nivel', nullable: true }) column: RowError['column'];
  @ApiProperty({ example: 'Nivel desconocido: usa «completa» o «simplificada».' }) message: string;
}

export class ImportLineModel implements ImportLine {
  @ApiProperty({ description: 'línea del archivo (la 1 lleva los nombres de las columnas)' }) line: number;
  @ApiProperty({ description: 'las celdas por columna (normalizadas si la fila es válida)', type: 'object', additionalProperties: { type: 'string', nullable: true } })
  data: Record<string, string | null>;
  @ApiProperty({ type: [RowErrorModel] }) errors: RowError[];
  @ApiProperty({ enum: ACTIONS }) action: ImportAction;
}

export class ImportDetailModel extends ImportSummaryModel implements ImportDetail {
  @ApiProperty({ type: [ImportLineModel] }) rows: ImportLine[];
}

export class ImportRowsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'solo las filas con errores' })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  soloErrores?: boolean;
}

export class RosterListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'nombre o CURP completa' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'debe tener como máximo 100 caracteres' })
  q?: string;

  @ApiPropertyOptional({ enum: ROSTER_STATUSES })
  @IsOptional()
  @IsIn(ROSTER_STATUSES, { message: `debe ser uno de: ${ROSTER_STATUSES.join(', ')}` })
  estado?: RosterStatus;

  @ApiPropertyOptional({ description: 'área de adscripción exacta' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'debe tener como máximo 200 caracteres' })
  area?: string;
}

export class RosterPersonModel implements RosterPersonView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'GODE800101HDFRRN05' }) curp: string;
  @ApiProperty() nombres: string;
  @ApiProperty() primerApellido: string;
  @ApiProperty({ nullable: true }) segundoApellido: string | null;
  @ApiProperty({ nullable: true }) email: string | null;
  @ApiProperty({ nullable: true }) puesto: string | null;
  @ApiProperty({ nullable: true }) area: string | null;
  @ApiProperty({ enum: EMPLOYMENT_LEVELS, nullable: true }) nivel: EmploymentLevel | null;
  @ApiProperty({ format: 'date' }) fechaAlta: string;
  @ApiProperty({ format: 'date', nullable: true }) fechaBaja: string | null;
  @ApiProperty({ enum: ROSTER_STATUSES }) status: RosterStatus;
  @ApiProperty({ description: 'la persona ya tiene cuenta en la institución' }) joined: boolean;
}

export class RosterPersonPageModel {
  @ApiProperty({ type: [RosterPersonModel] }) items: RosterPersonView[];
  @ApiProperty() total: number;
}

export class RosterEventModel implements EventRow {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ROSTER_MOVEMENTS }) kind: RosterMovement;
  @ApiProperty({ format: 'date' }) effectiveDate: string;
  @ApiProperty({ nullable: true }) puesto: string | null;
  @ApiProperty({ nullable: true }) area: string | null;
  @ApiProperty({ enum: EMPLOYMENT_LEVELS, nullable: true }) nivel: EmploymentLevel | null;
  @ApiProperty({ enum: ['IMPORTACION', 'EDICION'] }) source: 'IMPORTACION' | 'EDICION';
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
  @ApiProperty({ format: 'uuid', nullable: true, description: 'el movimiento que corrige a este (p. ej. otra fecha de baja)' }) supersededBy: string | null;
}

export class RosterPersonDetailModel extends RosterPersonModel implements RosterPersonDetail {
  @ApiProperty({ type: [RosterEventModel] }) events: EventRow[];
}

const text = (max: number) => [IsOptional(), IsString({ message: 'debe ser texto' }), MaxLength(max, { message: `debe tener como máximo ${max} caracteres` })];

/** A single edit: a movement (motivo + fecha) or, without motivo, a fix of the personal data. Same rules as a CSV line. */
export class RosterEditBody implements RosterEdit {
  @ApiPropertyOptional({ enum: ROSTER_MOVEMENTS })
  @IsOptional()
  @IsIn(ROSTER_MOVEMENTS, { message: `debe ser uno de: ${ROSTER_MOVEMENTS.join(', ')}` })
  motivo?: RosterMovement;
  @ApiPropertyOptional({ format: 'date' }) @(applyAll(text(10))) fechaMovimiento?: string;
  @ApiPropertyOptional({ format: 'date' }) @(applyAll(text(10))) fechaAlta?: string;
  @ApiPropertyOptional({ format: 'date' }) @(applyAll(text(10))) fechaBaja?: string;
  @ApiPropertyOptional() @(applyAll(text(200))) nombres?: string;
  @ApiPropertyOptional() @(applyAll(text(200))) primerApellido?: string;
  @ApiPropertyOptional() @(applyAll(text(200))) segundoApellido?: string;
  @ApiPropertyOptional() @(applyAll(text(254))) email?: string;
  @ApiPropertyOptional() @(applyAll(text(300))) puesto?: string;
  @ApiPropertyOptional() @(applyAll(text(300))) area?: string;
  @ApiPropertyOptional({ description: `${EMPLOYMENT_LEVELS.join(', ')}, «completa» o «simplificada»` }) @(applyAll(text(100))) nivel?: string;
}

function applyAll(decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((d) => d(target, key));
}
