import cluster from 'node:cluster';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { bodyGuard } from '../http/body-guard';
import { Logger } from 'nestjs-pino';
import type { VerazConfig } from '@veraz/config';
import { createValidationPipe } from '../http/validation';
import { serveWebApp } from '../web/serve-web';

/** Everything the running server and the e2e tests share about the HTTP application. */
export function configureApp(app: INestApplication, config: VerazConfig): void {
  const express = app as NestExpressApplication;
  app.useLogger(app.get(Logger));
  express.set('trust proxy', config.trustProxy);
  express.disable('x-powered-by');
  // Versions travel in explicit ETags (section saves); automatic ones on JSON answers would be mistaken for them.
  express.set('etag', false);
  express.useBodyParser('json', { limit: '2mb' });
  express.useBodyParser('urlencoded', { limit: '64kb', extended: false });
  app.use(bodyGuard);
  // Under the multi-process launcher: which API process answered (1…API_PROCESSES), for operators and the scale test.
  const processId = cluster.worker ? String(cluster.worker.id) : null;
  if (processId) app.use((_req: unknown, res: { setHeader(name: string, value: string): void }, next: () => void) => {
    res.setHeader('X-Veraz-Process', processId);
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  // A page of 200 declarations is several megabytes of JSON; the PDN's client accepts gzip.
  app.use(compression());
  app.use(cookieParser());
  serveWebApp(app, config);
  app.useGlobalPipes(createValidationPipe());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Veraz API')
      .setDescription(
        'API de Veraz: sesiones, instituciones, miembros, invitaciones y bitácora. Los errores tienen la forma ' +
          '{statusCode, code, message, errors[{path, message}]} con mensajes en español.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', customSiteTitle: 'Veraz API' });
}
