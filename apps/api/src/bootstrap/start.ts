import type { INestApplication } from '@nestjs/common';
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { childEnvironment, ConfigError, environmentVariable, loadConfig, type VerazConfig } from '@veraz/config';
import { addShutdownHook, assertAppCanConnect, closePoolAfterFailedInit, loginOf, migrateDatabase, resolveDatabase, shutdownAndExit, type ResolvedDatabase } from '@veraz/db';
import { InstitutionsService } from '@veraz/institutions';
import { CliRunner } from '../cli/cli-runner';
import { describeDemo, seedDemo, type DemoResult } from '../demo/demo-seed';
import { createApp, processesJobsInline } from './create-app';

export interface StartOptions {
  /** Also start the separate worker process when Redis is configured (what `npm start` does). */
  withWorker: boolean;
}

/**
 * The whole product in one command: database (embedded unless DATABASE_URL), migrations, demo data
 * on an empty database, the HTTP server (API, web app, docs) and the job processing.
 */
export async function start(options: StartOptions): Promise<void> {
  let config: VerazConfig;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) console.error(err.message);
    else reportStartFailure(err);
    process.exit(1);
  }
  let database: ResolvedDatabase;
  try {
    database = await resolveDatabase(config, undefined, { adoptOrphan: true });
  } catch (err) {
    reportStartFailure(err);
    return shutdownAndExit(1);
  }
  let app: INestApplication | null = null;
  let worker: ChildProcess | null = null;
  // Registered after the database's own hook, so it runs first: the app closes before PostgreSQL stops.
  addShutdownHook(async () => {
    if (worker && worker.exitCode === null) {
      const exited = new Promise((resolve) => worker?.once('exit', resolve));
      worker.kill('SIGTERM');
      await exited;
    }
    await app?.close();
  }, 'la aplicación');

  try {
    // Only the owner migrates; without DATABASE_OWNER_URL the app's own check refuses an outdated schema.
    if (config.database.migrationsRun && database.ownerUrl) await migrateDatabase(database.ownerUrl, { appUrl: database.directUrl });
    await assertAppCanConnect(database.url);
    const processJobs = processesJobsInline(config);
    app = await initialised(await createApp({ config, databaseUrl: database.url, processJobs }));
    const demo = config.isProduction ? null : await demoOnEmptyDatabase(app, config);
    await app.listen(config.port);
    if (options.withWorker && config.queue.redisUrl && !processJobs) worker = startWorker(database.url);
    console.log(banner(config, database, processJobs, demo));
  } catch (err) {
    reportStartFailure(err);
    await shutdownAndExit(1);
  }
}

/**
 * Runs the start-up checks (the app's database login, the schema) before the demo seed writes
 * anything. A failed one's pool is closed before the embedded database stops under it.
 */
async function initialised(app: INestApplication): Promise<INestApplication> {
  try {
    return await app.init();
  } catch (err) {
    await closePoolAfterFailedInit(app);
    throw err;
  }
}

/** A newcomer sees what went wrong in Spanish; the stack only with VERAZ_DEBUG (developers). */
function reportStartFailure(err: unknown): void {
  console.error('No fue posible iniciar Veraz:', err instanceof Error ? err.message : err);
  if (environmentVariable('VERAZ_DEBUG') && err instanceof Error) console.error(err.stack);
}

async function demoOnEmptyDatabase(app: INestApplication, config: VerazConfig): Promise<DemoResult | null> {
  const runner = new CliRunner(app);
  const all = await runner.platform(() => app.get(InstitutionsService).list());
  if (all.length > 0 && !all.some((i) => i.slug === 'demo')) return null;
  return seedDemo(app, runner, config.dataDir);
}

function startWorker(databaseUrl: string): ChildProcess {
  // The launcher starts the worker app by its package entry. apps/api does not depend on it: npm
  // workspaces link every app and lib of this repository under the root node_modules/@veraz, in
  // development and in the image alike, so the entry resolves without the api importing worker code.
  const child = fork(require.resolve('@veraz/worker/main'), [], {
    // The worker never migrates: it gets the app's login and not the owner's.
    env: withoutOwner(childEnvironment({ DATABASE_URL: databaseUrl, MIGRATIONS_RUN: 'false' })),
    stdio: 'inherit',
  });
  child.on('exit', (code) => {
    if (code !== 0 && code !== null) console.error(`El worker terminó con código ${code}`);
  });
  return child;
}

function withoutOwner(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_OWNER_URL: _owner, ...rest } = env;
  return rest;
}

function banner(config: VerazConfig, database: ResolvedDatabase, processJobs: boolean, demo: DemoResult | null): string {
  const lines = [
    '',
    `Veraz está listo en ${config.publicUrl}`,
    `  Documentación de la API: ${config.publicUrl}/api/docs`,
    `  Base de datos: ${database.kind === 'embedded' ? `PostgreSQL integrado en ${path.join(config.dataDir, 'postgres')}` : 'DATABASE_URL'} (usuario ${loginOf(database.url).name})`,
    `  Trabajos: ${processJobs ? 'en este proceso (cola en PostgreSQL)' : 'worker separado (cola en Redis)'}`,
    `  Correo: ${config.mail.smtpUrl ? 'SMTP_URL' : `archivos .eml en ${path.join(config.dataDir, 'mail')}`}`,
  ];
  if (demo) lines.push('', describeDemo(demo));
  return `${lines.join('\n')}\n`;
}
