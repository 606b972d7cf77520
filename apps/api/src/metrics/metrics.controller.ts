import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { VERAZ_CONFIG, type VerazConfig } from '@veraz/config';
import { safeEqual } from '@veraz/crypto';
import { UnauthenticatedError } from '@veraz/accounts';
import { Public } from '../auth/access.decorators';
import { PrometheusMetrics } from './prometheus-metrics';

/** Prometheus text format. Protected by METRICS_TOKEN (Bearer) when it is set. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: PrometheusMetrics,
    @Inject(VERAZ_CONFIG) private readonly config: VerazConfig,
  ) {}

  @Get()
  @Public()
  async scrape(@Req() req: Request, @Res() res: Response): Promise<void> {
    const expected = this.config.metricsToken;
    if (expected && !safeEqual(req.headers.authorization ?? '', `Bearer ${expected}`)) throw new UnauthenticatedError('Falta el token de métricas.');
    res.setHeader('Content-Type', this.metrics.registry.contentType);
    res.send(await this.metrics.registry.metrics());
  }
}
