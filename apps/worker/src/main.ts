import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, environmentVariable, loadConfig } from '@veraz/config';
import { assertAppCanConnect } from '@veraz/db';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.database.url) {
    throw new ConfigError([
      'DATABASE_URL es obligatorio para el worker separado. Sin DATABASE_URL, la API ejecuta los trabajos en su propio proceso.',
    ]);
  }
  await assertAppCanConnect(config.database.url);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, config.database.url), {
    logger: config.logLevel === 'silent' ? false : undefined,
  });
  app.enableShutdownHooks();
  new Logger('Worker').log(`Worker de Veraz listo (cola ${config.queue.redisUrl ? 'Redis' : 'PostgreSQL'})`);
  // Started by the launcher: tell it, and stop with it if it dies without stopping us (SIGKILL).
  if (process.send) {
    process.once('disconnect', () => void app.close().then(() => process.exit(0)));
    process.send({ kind: 'veraz-ready' });
  }
}

// Like the API's start-up: a Spanish sentence (e.g. the database login refused), the stack only with VERAZ_DEBUG.
main().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else {
    console.error('No fue posible iniciar el worker de Veraz:', err instanceof Error ? err.message : err);
    if (environmentVariable('VERAZ_DEBUG') && err instanceof Error) console.error(err.stack);
  }
  process.exit(1);
});
