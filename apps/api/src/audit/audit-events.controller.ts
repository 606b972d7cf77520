import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { AuditLog, type NamedAuditRow } from '@veraz/audit';
import { AUDIT_ACTIONS, auditTargetLabel, type AuditEventView } from '@veraz/contracts';
import { MemberOf, OperatorOnly } from '../auth/access.decorators';
import { AuditEventModel } from '../http/api-models';
import { MAX_PAGE_LIMIT } from '../http/pagination.query';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class AuditQuery {
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: MAX_PAGE_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1, { message: 'debe ser al menos 1' })
  @Max(MAX_PAGE_LIMIT, { message: `debe ser como máximo ${MAX_PAGE_LIMIT}` })
  limit = 50;

  // Sequence numbers are bigint; beyond a safe integer the number read is not the one sent.
  @ApiPropertyOptional({ description: 'Entradas anteriores a este número de secuencia', minimum: 1, maximum: Number.MAX_SAFE_INTEGER })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1, { message: 'debe ser al menos 1' })
  @Max(Number.MAX_SAFE_INTEGER, { message: `debe ser como máximo ${Number.MAX_SAFE_INTEGER}` })
  beforeSeq?: number;

  @ApiPropertyOptional({ description: 'Solo esta acción (código de la bitácora)', enum: Object.keys(AUDIT_ACTIONS) })
  @IsOptional()
  @IsIn(Object.keys(AUDIT_ACTIONS), { message: 'no es una acción de la bitácora' })
  action?: string;

  @ApiPropertyOptional({ description: 'Parte del nombre de la persona que actuó', maxLength: 100 })
  @IsOptional()
  @IsString({ message: 'debe ser texto' })
  @MaxLength(100, { message: 'debe tener como máximo 100 caracteres' })
  person?: string;

  @ApiPropertyOptional({ description: 'Desde este día (hora del centro de México), inclusive', format: 'date' })
  @IsOptional()
  @Matches(DATE, { message: 'debe ser una fecha AAAA-MM-DD' })
  // strict: a real calendar day (2026-02-30 is refused here, not by the database with a 500).
  @IsISO8601({ strict: true }, { message: 'debe ser una fecha AAAA-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ description: 'Hasta este día (hora del centro de México), inclusive', format: 'date' })
  @IsOptional()
  @Matches(DATE, { message: 'debe ser una fecha AAAA-MM-DD' })
  // strict: a real calendar day (2026-02-30 is refused here, not by the database with a 500).
  @IsISO8601({ strict: true }, { message: 'debe ser una fecha AAAA-MM-DD' })
  to?: string;
}

export function toAuditView(e: NamedAuditRow): AuditEventView {
  return {
    seq: Number(e.seq),
    occurredAt: e.occurredAt.toISOString(),
    action: e.action,
    actorUserId: e.actorUserId,
    actorName: e.actorName,
    targetType: e.targetType,
    targetId: e.targetId,
    targetLabel: auditTargetLabel(e.targetType, e.targetName),
    details: e.details,
    hash: e.hash,
  };
}

function filters(q: AuditQuery) {
  return { limit: q.limit, beforeSeq: q.beforeSeq, action: q.action, person: q.person?.trim() || undefined, from: q.from, to: q.to };
}

@ApiTags('Bitácora')
@Controller('api/audit-events')
export class AuditEventsController {
  constructor(private readonly audit: AuditLog) {}

  @Get()
  @MemberOf('ADMIN_INSTITUCION', 'REVISOR')
  @ApiOperation({
    summary: 'Bitácora encadenada de la institución, de la más reciente a la más antigua',
    description: 'Con los nombres de las personas y de los objetos; se filtra por acción, por persona y por fechas.',
  })
  @ApiOkResponse({ type: [AuditEventModel] })
  async list(@Query() query: AuditQuery): Promise<AuditEventView[]> {
    return (await this.audit.listNamed(filters(query))).map(toAuditView);
  }
}

@ApiTags('Plataforma')
@Controller('api/platform/audit-events')
export class PlatformAuditEventsController {
  constructor(private readonly audit: AuditLog) {}

  @Get()
  @OperatorOnly()
  @ApiOperation({ summary: 'Bitácora encadenada de la plataforma (operadores)' })
  @ApiOkResponse({ type: [AuditEventModel] })
  async list(@Query() query: AuditQuery): Promise<AuditEventView[]> {
    return (await this.audit.listNamed(filters(query))).map(toAuditView);
  }
}
