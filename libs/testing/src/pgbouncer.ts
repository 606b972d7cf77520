import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { postgresSystemUser } from '@veraz/db';
import { freePort } from './free-port';

export interface RunningPgBouncer {
  /** The same login and database as the direct URL, through this PgBouncer. */
  url: string;
  stop(): Promise<void>;
}

const BINARIES = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer', '/usr/local/bin/pgbouncer'];

/**
 * A PgBouncer of Debian's package (what .ci/run installs) in transaction pooling in front of one
 * database, with `poolSize` server connections, for tests that must see every transaction of the app
 * multiplexed over the same server session. Clients are trusted on 127.0.0.1; PgBouncer logs in to
 * PostgreSQL with the direct URL's password. As root it runs as the postgres user (it refuses root).
 */
export async function startPgBouncer(directUrl: string, options: { poolSize: number }): Promise<RunningPgBouncer> {
  const binary = BINARIES.find((b) => fs.existsSync(b));
  if (!binary) throw new Error('pgbouncer no está instalado: apt-get install -y pgbouncer (.ci/run lo instala)');
  const target = new URL(directUrl);
  const database = decodeURIComponent(target.pathname.slice(1));
  const user = decodeURIComponent(target.username);
  const password = decodeURIComponent(target.password);
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-pgbouncer-'));
  const quoted = (s: string) => `"${s.replaceAll('"', '""')}"`;
  fs.writeFileSync(path.join(dir, 'users.txt'), `${quoted(user)} ${quoted(password)}\n`);
  fs.writeFileSync(
    path.join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `${database} = host=${target.hostname} port=${target.port || 5432} dbname=${database} pool_size=${options.poolSize}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'pool_mode = transaction',
      'auth_type = trust',
      `auth_file = ${path.join(dir, 'users.txt')}`,
      'max_client_conn = 200',
      '',
    ].join('\n'),
  );
  const asUser = process.getuid?.() === 0 ? postgresSystemUser() : null;
  if (asUser) for (const f of ['', 'users.txt', 'pgbouncer.ini']) fs.chownSync(path.join(dir, f), asUser.uid, asUser.gid);
  const child = spawn(binary, [path.join(dir, 'pgbouncer.ini')], { stdio: ['ignore', 'ignore', 'pipe'], ...(asUser ?? {}) });
  let log = '';
  child.stderr!.on('data', (d: Buffer) => (log = (log + d.toString('utf8')).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 10_000;
  while (!(await listening(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`PgBouncer no arrancó:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const url = new URL(directUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  url.password = '';
  return {
    url: url.toString(),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
