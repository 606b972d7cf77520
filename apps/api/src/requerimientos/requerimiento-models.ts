import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsUUID, Matches } from 'class-validator';
import {
  NOTIFICATION_METHODS,
  OBLIGATION_KINDS,
  REQUERIMIENTO_STATUSES,
  type NotificationMethod,
  type ObligationKind,
  type OmisoView,
  type RequerimientoBatchResult,
  type RequerimientoStatus,
  type RequerimientoView,
} from '@veraz/contracts';

export class GenerateRequerimientosBody {
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Obligaciones omisas a requerir (hasta 5000)' })
  @IsOptional()
  @IsArray({ message: 'debe ser una lista de identificadores' })
  @ArrayMaxSize(5000, { message: 'se pueden requerir como máximo 5000 obligaciones a la vez' })
  @IsUUID('all', { each: true, message: 'cada obligación debe ser un identificador (UUID)' })
  obligationIds?: string[];

  @ApiPropertyOptional({ description: 'Requerir todas las obligaciones omisas que aún no tienen requerimiento' })
  @IsOptional()
  @IsBoolean({ message: 'debe ser verdadero o falso' })
  todos?: boolean;
}

export class InPersonNotificationBody {
  @ApiProperty({ example: '2026-07-03', description: 'Fecha (AAAA-MM-DD) en que se entregó el requerimiento en persona' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'debe ser una fecha AAAA-MM-DD' })
  fecha: string;
}

class RequerimientoRefModel {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'SEFIN-REQ-2026-000001' }) folio: string;
  @ApiProperty({ enum: REQUERIMIENTO_STATUSES }) status: RequerimientoStatus;
}

export class OmisoModel implements OmisoView {
  @ApiProperty({ format: 'uuid' }) obligationId: string;
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() nombreCompleto: string;
  @ApiProperty({ nullable: true, type: String }) area: string | null;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ enum: OBLIGATION_KINDS }) kind: ObligationKind;
  @ApiProperty({ description: 'Fecha del movimiento (AAAA-MM-DD) o año (AAAA)' }) periodKey: string;
  @ApiProperty({ format: 'date' }) dueDate: string;
  @ApiProperty({ description: 'Días naturales desde la fecha límite' }) diasDeAtraso: number;
  @ApiProperty({ type: RequerimientoRefModel, nullable: true }) requerimiento: OmisoView['requerimiento'];
}

export class RequerimientoModel implements RequerimientoView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'SEFIN-REQ-2026-000001' }) folio: string;
  @ApiProperty({ format: 'uuid' }) obligationId: string;
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() nombreCompleto: string;
  @ApiProperty({ enum: OBLIGATION_KINDS }) kind: ObligationKind;
  @ApiProperty() periodKey: string;
  @ApiProperty({ format: 'date' }) dueDate: string;
  @ApiProperty({ format: 'date-time' }) issuedAt: string;
  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'Fecha de notificación (Ciudad de México)' }) notifiedOn: string | null;
  @ApiProperty({ enum: NOTIFICATION_METHODS, nullable: true }) notifiedBy: NotificationMethod | null;
  @ApiProperty({ nullable: true, type: String }) notifiedTo: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'Notificación + 30 días naturales (LGRA art. 33)' }) deadline: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Días naturales que faltan para el plazo (negativo si ya pasó)' }) diasRestantes: number | null;
  @ApiProperty() obligationState: string;
  @ApiProperty({ enum: REQUERIMIENTO_STATUSES }) status: RequerimientoStatus;
  @ApiProperty({ nullable: true, type: String, description: 'SHA-256 del PDF sellado' }) sha256: string | null;
}

class SkippedModel {
  @ApiProperty({ format: 'uuid' }) obligationId: string;
  @ApiProperty() motivo: string;
}

export class RequerimientoBatchModel implements RequerimientoBatchResult {
  @ApiProperty({ type: [RequerimientoModel] }) generated: RequerimientoView[];
  @ApiProperty({ type: [SkippedModel] }) skipped: RequerimientoBatchResult['skipped'];
}
