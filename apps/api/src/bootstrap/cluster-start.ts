import cluster from 'node:cluster';
import { fork } from 'node:child_process';
import type { INestApplication } from '@nestjs/common';
import { childEnvironment, type VerazConfig } from '@veraz/config';
import { addShutdownHook, assertAppCanConnect, migrateDatabase, shutdownAndExit } from '@veraz/db';
import { createApp, processesJobsInline } from './create-app';
import { banner, demoOnEmptyDatabase, initialised, reportStartFailure, startDatabase, withoutOwner } from './start-steps';
import { Supervisor, type ChildSpec, type ReadyMessage } from './supervisor';
import type { StartOptions } from './start';

/**
 * API_PROCESSES > 1: this process starts the database (the embedded one, once) and migrates, then
 * runs API_PROCESSES API processes on one port (node:cluster: the primary accepts connections and
 * hands them out in turn) and WORKER_PROCESSES job workers, restarts any that dies, and on
 * SIGTERM/SIGINT stops them all before the database.
 */
export async function startLauncher(config: VerazConfig, options: StartOptions): Promise<void> {
  const database = await startDatabase(config);
  if (!database) return shutdownAndExit(1);
  const supervisor = new Supervisor();
  // Registered after the database's own hook, so it runs first: every process closes before PostgreSQL stops.
  addShutdownHook(() => supervisor.stop(), 'los procesos de Veraz');
  try {
    if (config.database.migrationsRun && database.ownerUrl) await migrateDatabase(database.ownerUrl, { appUrl: database.url });
    await assertAppCanConnect(database.url);
    const workers = options.withWorker ? config.processes.workers : 0;
    // Children get the app's login, never the owner's, and never migrate. With workers, API processes run no jobs.
    const env = childEnvironment({
      DATABASE_URL: database.url,
      DATABASE_OWNER_URL: '',
      MIGRATIONS_RUN: 'false',
      ...(options.withWorker ? { WORKER_MODE: workers > 0 ? 'none' : 'inline' } : {}),
    });
    const specs: ChildSpec[] = [];
    for (let i = 1; i <= config.processes.api; i++) specs.push({ name: `API ${i}`, spawn: () => cluster.fork(env).process });
    for (let i = 1; i <= workers; i++) {
      specs.push({
        name: `worker ${i}`,
        // By its package entry: apps/api does not depend on the worker app (see startWorker in start.ts).
        spawn: () => fork(require.resolve('@veraz/worker/main'), [], { env: withoutOwner(env), stdio: 'inherit' }),
      });
    }
    await supervisor.start(specs);
    const demo = supervisor.readyMessages.find((m) => m.demo)?.demo ?? null;
    const queue = config.queue.redisUrl ? 'Redis' : 'PostgreSQL';
    const jobs = workers > 0 ? `${workers} worker(s) (cola en ${queue})` : `en los procesos de la API (cola en ${queue})`;
    console.log(banner(config, database, jobs, demo, `${config.processes.api} de la API en el puerto ${config.port}`));
  } catch (err) {
    reportStartFailure(err);
    await shutdownAndExit(1);
  }
}

/**
 * One API process under the launcher: the database is ready and migrated; it serves on the shared
 * port, seeds the demo only in the first process, and stops when the launcher asks or is gone.
 */
export async function startApiProcess(config: VerazConfig): Promise<void> {
  let app: INestApplication | null = null;
  addShutdownHook(() => app?.close(), 'la aplicación');
  // The launcher died without stopping us (SIGKILL): an API process on its own would outlive its database.
  process.once('disconnect', () => void shutdownAndExit(0));
  try {
    const databaseUrl = config.database.url as string;
    app = await initialised(await createApp({ config, databaseUrl, processJobs: processesJobsInline(config) }));
    const first = cluster.worker?.id === 1;
    const demo = first && !config.isProduction ? await demoOnEmptyDatabase(app, config) : null;
    await app.listen(config.port);
    const ready: ReadyMessage = { kind: 'veraz-ready', demo };
    process.send?.(ready);
  } catch (err) {
    reportStartFailure(err);
    await shutdownAndExit(1);
  }
}
