import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { VerazConfig } from '@veraz/config';
import { AppModule } from '../app.module';
import { configureApp } from './configure-app';

export interface CreateAppOptions {
  config: VerazConfig;
  databaseUrl: string;
  processJobs: boolean;
}

/** Builds the configured HTTP application without listening (the server and the e2e tests use it). */
export async function createApp(options: CreateAppOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bodyParser: false,
    bufferLogs: true,
  });
  configureApp(app, options.config);
  return app;
}

/** In-process jobs unless Redis is configured (then a separate worker process handles them). */
export function processesJobsInline(config: VerazConfig): boolean {
  if (config.queue.workerMode === 'inline') return true;
  if (config.queue.workerMode === 'none') return false;
  return !config.queue.redisUrl;
}
