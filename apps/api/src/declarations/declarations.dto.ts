import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  DECLARATION_TIPOS,
  EMPLOYMENT_LEVELS,
  SECTION_STATUSES,
  type DeclarationTipo,
  type EmploymentLevel,
  type FieldError,
  type SectionStatus,
  type SectionView,
  type SignDeclarationRequest,
  type StartDeclarationRequest,
} from '@veraz/contracts';
import { FieldErrorModel } from '../http/api-models';

export class StartDeclarationBody implements StartDeclarationRequest {
  @ApiProperty({ enum: DECLARATION_TIPOS, example: 'INICIAL' })
  @IsIn(DECLARATION_TIPOS, { message: `debe ser uno de: ${DECLARATION_TIPOS.join(', ')}` })
  tipo: DeclarationTipo;

  @ApiPropertyOptional({ description: 'Actualización de la declaración de intereses (tipo MODIFICACIÓN, en cualquier momento)' })
  @IsOptional()
  @IsBoolean({ message: 'debe ser verdadero o falso' })
  actualizacionConflictoInteres?: boolean;

  @ApiPropertyOptional({ format: 'date', example: '2023-01-16', description: 'INICIAL: fecha de toma de posesión' })
  @IsOptional()
  @IsString({ message: 'debe ser una fecha AAAA-MM-DD' })
  fechaTomaPosesion?: string;

  @ApiPropertyOptional({ example: 2025, description: 'MODIFICACIÓN: año que se reporta' })
  @IsOptional()
  @IsInt({ message: 'debe ser un año' })
  anioReportado?: number;

  @ApiPropertyOptional({ format: 'date', example: '2024-10-15', description: 'CONCLUSIÓN: fecha de conclusión del encargo' })
  @IsOptional()
  @IsString({ message: 'debe ser una fecha AAAA-MM-DD' })
  fechaConclusion?: string;

  @ApiPropertyOptional({ default: true, description: 'Partir de la última declaración presentada' })
  @IsOptional()
  @IsBoolean({ message: 'debe ser verdadero o falso' })
  prefill?: boolean;
}

export class SignDeclarationBody implements SignDeclarationRequest {
  @ApiProperty({ description: 'Contraseña actual de la persona declarante' })
  @IsString({ message: 'debe ser texto' })
  @MaxLength(256, { message: 'es demasiado larga' })
  password: string;

  @ApiProperty({ description: 'Acepta declarar bajo protesta de decir verdad' })
  @IsBoolean({ message: 'debe ser verdadero o falso' })
  aceptaProtesta: boolean;

  @ApiPropertyOptional({ description: 'Obligatoria al corregir una declaración presentada' })
  @IsOptional()
  @IsString({ message: 'debe ser texto' })
  notaAclaratoria?: string;
}

export class ReservationBody {
  @ApiProperty({ description: 'true para clasificarla como reservada (no se publica); false para levantar la reserva' })
  @IsBoolean({ message: 'debe ser verdadero o falso' })
  reservada: boolean;

  @ApiProperty({ example: 'Acuerdo CT-12/2026 del Comité de Transparencia: riesgo para la integridad de la persona.' })
  @IsString({ message: 'debe ser texto' })
  motivo: string;
}

export class EmploymentLevelBody {
  @ApiProperty({ enum: EMPLOYMENT_LEVELS })
  @IsIn(EMPLOYMENT_LEVELS, { message: `debe ser uno de: ${EMPLOYMENT_LEVELS.join(', ')}` })
  employmentLevel: EmploymentLevel;
}

export class SectionModel implements SectionView {
  @ApiProperty({ example: 'datosGenerales' }) name: string;
  @ApiProperty({ enum: ['situacionPatrimonial', 'interes'] }) group: 'situacionPatrimonial' | 'interes';
  @ApiProperty({ example: 'Datos generales' }) label: string;
  @ApiProperty({ enum: SECTION_STATUSES }) status: SectionStatus;
  @ApiProperty({ description: 'Enviar en If-Match al guardar; 0 si nunca se ha guardado' }) version: number;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) data: Record<string, unknown> | null;
  @ApiProperty({ type: [FieldErrorModel] }) pending: FieldError[];
  @ApiProperty({ format: 'date-time', nullable: true }) updatedAt: string | null;
}
