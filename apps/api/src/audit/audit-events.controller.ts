import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { AuditLog, type AuditEvent } from '@veraz/audit';
import type { AuditEventView } from '@veraz/contracts';
import { MemberOf, OperatorOnly } from '../auth/access.decorators';
import { AuditEventModel } from '../http/api-models';
import { MAX_PAGE_LIMIT } from '../http/pagination.query';

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
}

export function toAuditView(e: AuditEvent): AuditEventView {
  return {
    seq: Number(e.seq),
    occurredAt: e.occurredAt.toISOString(),
    action: e.action,
    actorUserId: e.actorUserId,
    targetType: e.targetType,
    targetId: e.targetId,
    details: e.details,
    hash: e.hash,
  };
}

@ApiTags('Bitácora')
@Controller('api/audit-events')
export class AuditEventsController {
  constructor(private readonly audit: AuditLog) {}

  @Get()
  @MemberOf('ADMIN_INSTITUCION', 'REVISOR')
  @ApiOperation({ summary: 'Bitácora encadenada de la institución, de la más reciente a la más antigua' })
  @ApiOkResponse({ type: [AuditEventModel] })
  async list(@Query() query: AuditQuery): Promise<AuditEventView[]> {
    return (await this.audit.list(query)).map(toAuditView);
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
    return (await this.audit.list(query)).map(toAuditView);
  }
}
