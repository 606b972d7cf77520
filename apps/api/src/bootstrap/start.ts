import cluster from 'node:cluster';
import type { INestApplication } from '@nestjs/common';
import { fork, type ChildProcess } from 'node:child_process';
import { childEnvironment, ConfigError, loadConfig, type VerazConfig } from '@veraz/config';
import { addShutdownHook, assertAppCanConnect, migrateDatabase, shutdownAndExit } from '@veraz/db';
import { startApiProcess, startLauncher } from './cluster-start';
import { createApp, processesJobsInline } from './create-app';
import { banner, demoOnEmptyDatabase, initialised, reportStartFailure, startDatabase, withoutOwner } from './start-steps';

export interface StartOptions {
  /**
   * Also start worker processes (what `npm start` does): with one API process, one worker when
   * Redis is configured; with several, WORKER_PROCESSES of them on either queue backend.
   */
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
  // API_PROCESSES > 1: this process only supervises; each API process re-runs this entry as a cluster worker.
  if (cluster.isWorker) return startApiProcess(config);
  if (config.processes.api > 1) return startLauncher(config, options);
  const database = await startDatabase(config);
  if (!database) return shutdownAndExit(1);
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
    const jobs = processJobs ? 'en este proceso (cola en PostgreSQL)' : 'worker separado (cola en Redis)';
    console.log(banner(config, database, jobs, demo));
  } catch (err) {
    reportStartFailure(err);
    await shutdownAndExit(1);
  }
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
