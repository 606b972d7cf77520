import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { PrometheusMetrics } from './prometheus-metrics';

/** Labels by route pattern (not raw URL) so ids and tokens never become label values. */
@Injectable()
export class MetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: PrometheusMetrics) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const end = this.metrics.duration.startTimer();
    res.on('finish', () => {
      const route = req.route?.path ? `${req.baseUrl ?? ''}${String(req.route.path)}` : 'sin_ruta';
      end({ method: req.method, route });
      this.metrics.requests.inc({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  }
}
