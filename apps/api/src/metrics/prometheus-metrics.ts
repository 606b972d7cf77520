import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** The Prometheus registry and the HTTP instruments, one per application instance (tests create several apps per process). */
@Injectable()
export class PrometheusMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'veraz_http_requests_total',
    help: 'Solicitudes HTTP atendidas',
    labelNames: ['method', 'route', 'status'],
    registers: [this.registry],
  });
  readonly duration = new Histogram({
    name: 'veraz_http_request_duration_seconds',
    help: 'Duración de las solicitudes HTTP',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'veraz_' });
  }
}
