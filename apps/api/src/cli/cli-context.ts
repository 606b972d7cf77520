import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig, type VerazConfig } from '@veraz/config';
import { migrateDatabase, resolveDatabase } from '@veraz/db';
import { CliModule } from './cli.module';
import { CliRunner } from './cli-runner';

export interface CliContext {
  app: INestApplicationContext;
  config: VerazConfig;
  /** Opens the context each command runs in (see CliRunner). */
  runner: CliRunner;
}

/** Opens the database (embedded or DATABASE_URL), applies pending migrations, runs one command, closes. */
export async function withCliContext<T>(run: (ctx: CliContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await resolveDatabase(config);
  try {
    await migrateDatabase(database.url);
    const app = await NestFactory.createApplicationContext(CliModule.forRoot(config, database.url), { logger: ['error'] });
    try {
      return await run({ app, config, runner: new CliRunner(app) });
    } finally {
      await app.close();
    }
  } finally {
    await database.embedded?.stop();
  }
}

/** Migrations only, without building the application. */
export async function migrateOnly(): Promise<string[]> {
  const config = loadConfig();
  const database = await resolveDatabase(config);
  try {
    return await migrateDatabase(database.url);
  } finally {
    await database.embedded?.stop();
  }
}
