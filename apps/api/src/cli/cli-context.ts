import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig, type VerazConfig } from '@veraz/config';
import { assertAppCanConnect, migrateDatabase, resolveDatabase, type ResolvedDatabase } from '@veraz/db';
import { CliModule } from './cli.module';
import { CliRunner } from './cli-runner';

export interface CliContext {
  app: INestApplicationContext;
  config: VerazConfig;
  /** Opens the context each command runs in (see CliRunner). */
  runner: CliRunner;
}

/**
 * Opens the database (embedded or DATABASE_URL), applies pending migrations when the owner is known
 * (DATABASE_OWNER_URL, or the embedded superuser), runs one command as the app's login, closes.
 */
export async function withCliContext<T>(run: (ctx: CliContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await resolveDatabase(config);
  try {
    if (database.ownerUrl) await migrateDatabase(database.ownerUrl, { appUrl: database.directUrl });
    await assertAppCanConnect(database.url);
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

/** Migrations (and the app login named in DATABASE_URL) only, without building the application. */
export async function migrateOnly(): Promise<{ applied: string[]; database: ResolvedDatabase }> {
  const config = loadConfig();
  const database = await resolveDatabase(config);
  try {
    if (!database.ownerUrl) {
      throw new ConfigError([
        'migrate necesita al dueño de la base de datos: define DATABASE_OWNER_URL (DATABASE_URL es el usuario de la aplicación, que no puede cambiar el esquema)',
      ]);
    }
    return { applied: await migrateDatabase(database.ownerUrl, { appUrl: database.directUrl }), database };
  } finally {
    await database.embedded?.stop();
  }
}
