import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@veraz/config';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.database.url) {
    throw new ConfigError([
      'DATABASE_URL es obligatorio para el worker separado. Sin DATABASE_URL, la API ejecuta los trabajos en su propio proceso.',
    ]);
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, config.database.url), {
    logger: config.logLevel === 'silent' ? false : undefined,
  });
  app.enableShutdownHooks();
  new Logger('Worker').log(`Worker de Veraz listo (cola ${config.queue.redisUrl ? 'Redis' : 'PostgreSQL'})`);
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
