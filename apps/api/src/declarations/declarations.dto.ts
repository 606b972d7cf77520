import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBase64, IsBoolean, IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import {
  DAY_TEXT_LENGTH,
  DECLARATION_TIPOS,
  type EfirmaFilesRequest,
  EMPLOYMENT_LEVELS,
  NO_CONTROL_CHARACTERS,
  NOTA_ACLARATORIA_LENGTH,
  RESERVA_MOTIVO_LENGTH,
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
  @MaxLength(DAY_TEXT_LENGTH, { message: 'debe ser una fecha AAAA-MM-DD' })
  fechaTomaPosesion?: string;

  @ApiPropertyOptional({ example: 2025, description: 'MODIFICACIÓN: año que se reporta' })
  @IsOptional()
  @IsInt({ message: 'debe ser un año' })
  anioReportado?: number;

  @ApiPropertyOptional({ format: 'date', example: '2024-10-15', description: 'CONCLUSIÓN: fecha de conclusión del encargo' })
  @IsOptional()
  @IsString({ message: 'debe ser una fecha AAAA-MM-DD' })
  @MaxLength(DAY_TEXT_LENGTH, { message: 'debe ser una fecha AAAA-MM-DD' })
  fechaConclusion?: string;

  @ApiPropertyOptional({ default: true, description: 'Partir de la última declaración presentada' })
  @IsOptional()
  @IsBoolean({ message: 'debe ser verdadero o falso' })
  prefill?: boolean;
}

/** Base64 length of the largest accepted .cer/.key (16 KB decoded). */
const EFIRMA_BASE64_MAX = Math.ceil((16 * 1024) / 3) * 4;

export class EfirmaFilesBody implements EfirmaFilesRequest {
  @ApiProperty({ format: 'byte', description: 'Certificado .cer (DER) en base64' })
  @IsString({ message: 'adjunta el archivo .cer en base64' })
  @IsNotEmpty({ message: 'adjunta el archivo .cer en base64' })
  @IsBase64({}, { message: 'el archivo .cer debe venir codificado en base64' })
  @MaxLength(EFIRMA_BASE64_MAX, { message: 'el archivo .cer es demasiado grande (máximo 16 KB)' })
  cer: string;

  @ApiProperty({ format: 'byte', description: 'Llave privada .key (DER, cifrada) en base64' })
  @IsString({ message: 'adjunta el archivo .key en base64' })
  @IsNotEmpty({ message: 'adjunta el archivo .key en base64' })
  @IsBase64({}, { message: 'el archivo .key debe venir codificado en base64' })
  @MaxLength(EFIRMA_BASE64_MAX, { message: 'el archivo .key es demasiado grande (máximo 16 KB)' })
  key: string;

  @ApiProperty({ format: 'password', description: 'Contraseña de la llave privada' })
  @IsString({ message: 'escribe la contraseña de tu llave privada' })
  @IsNotEmpty({ message: 'escribe la contraseña de tu llave privada' })
  @MaxLength(256, { message: 'es demasiado larga (máximo 256 caracteres)' })
  passphrase: string;
}

export class SignDeclarationBody implements SignDeclarationRequest {
  @ApiProperty({ description: 'Contraseña actual de la persona declarante' })
  @IsString({ message: 'debe ser texto' })
  @MaxLength(256, { message: 'es demasiado larga' })
  password: string;

  @ApiProperty({ description: 'Acepta declarar bajo protesta de decir verdad' })
  @IsBoolean({ message: 'debe ser verdadero o falso' })
  aceptaProtesta: boolean;

  @ApiPropertyOptional({ description: 'Obligatoria al corregir una declaración presentada', minLength: NOTA_ACLARATORIA_LENGTH.min, maxLength: NOTA_ACLARATORIA_LENGTH.max })
  @IsOptional()
  @IsString({ message: 'debe ser texto' })
  @MaxLength(NOTA_ACLARATORIA_LENGTH.max, { message: `debe tener como máximo ${NOTA_ACLARATORIA_LENGTH.max} caracteres` })
  notaAclaratoria?: string;

  @ApiPropertyOptional({
    type: EfirmaFilesBody,
    description:
      'Opcional: firmar también con la e.firma (FIEL) del SAT. El RFC del certificado debe ser el RFC con homoclave de la cuenta, ' +
      'y el certificado debe estar vigente. Se firma (CMS separado) la huella SHA-256 de la declaración tal como aparece en el ' +
      'acuse. La llave y su contraseña no se guardan.',
  })
  @IsOptional()
  @IsObject({ message: 'debe ser un objeto con cer, key y passphrase' })
  @ValidateNested()
  @Type(() => EfirmaFilesBody)
  efirma?: EfirmaFilesBody;
}

export class ReservationBody {
  @ApiProperty({ description: 'true para clasificarla como reservada (no se publica); false para levantar la reserva' })
  @IsBoolean({ message: 'debe ser verdadero o falso' })
  reservada: boolean;

  @ApiProperty({
    example: 'Acuerdo CT-12/2026 del Comité de Transparencia: riesgo para la integridad de la persona.',
    minLength: RESERVA_MOTIVO_LENGTH.min,
    maxLength: RESERVA_MOTIVO_LENGTH.max,
  })
  @IsString({ message: 'debe ser texto' })
  @MaxLength(RESERVA_MOTIVO_LENGTH.max, { message: `debe tener como máximo ${RESERVA_MOTIVO_LENGTH.max} caracteres` })
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

export class FilingSearchQuery {
  @ApiPropertyOptional({
    description: 'Inicio del folio o parte del nombre de la persona declarante (sin distinguir mayúsculas ni acentos); sin caracteres de control',
    example: 'muñoz',
    maxLength: 100,
  })
  @IsOptional()
  @IsString({ message: 'debe ser texto' })
  @MaxLength(100, { message: 'debe tener como máximo 100 caracteres' })
  @Matches(NO_CONTROL_CHARACTERS, { message: 'no puede contener caracteres de control' })
  q?: string;
}
