import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { AuditLog, type AuditEvent } from '@veraz/audit';
import type { AuditEventView } from '@veraz/contracts';
import { MemberOf, OperatorOnly } from '../auth/access.decorators';
import { AuditEventModel } from '../http/api-models';

export class AuditQuery {
  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1, { message: 'debe ser al menos 1' })
  @Max(200, { message: 'debe ser como máximo 200' })
  limit = 50;

  @ApiPropertyOptional({ description: 'Entradas anteriores a este número de secuencia' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1, { message: 'debe ser al menos 1' })
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
