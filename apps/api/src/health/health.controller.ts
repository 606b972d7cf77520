import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { QueueAdmin, QueueConnection } from '@veraz/queue';
import { CurrentTransaction } from '@veraz/tenancy';
import { Public } from '../auth/access.decorators';

interface Readiness {
  status: 'ok' | 'error';
  database: 'ok' | 'error';
  queue: 'ok' | 'error';
  queueBackend: 'redis' | 'postgres';
}

@ApiTags('Salud')
@Controller('health')
@Public()
export class HealthController {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly queues: QueueAdmin,
    private readonly connection: QueueConnection,
  ) {}

  @Get()
  @ApiOperation({ summary: 'El proceso está vivo' })
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'La base de datos y la cola responden' })
  @ApiOkResponse({ schema: { example: { status: 'ok', database: 'ok', queue: 'ok', queueBackend: 'postgres' } } })
  @ApiServiceUnavailableResponse({ description: 'Alguna dependencia no responde' })
  async ready(@Res({ passthrough: true }) res: Response): Promise<Readiness> {
    const [database, queue] = await Promise.all([
      this.tx.ping().then(() => 'ok' as const, () => 'error' as const),
      this.queues.ping().then(() => 'ok' as const, () => 'error' as const),
    ]);
    const status = database === 'ok' && queue === 'ok' ? 'ok' : 'error';
    if (status !== 'ok') res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status, database, queue, queueBackend: this.connection.kind };
  }
}
