import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { postgresSystemUser, type SystemUser } from '@veraz/db';
import { freePort } from '@veraz/testing';

const run = promisify(execFile);

/** Debian's PostgreSQL server binaries (15 on this machine and in CI; any installed major otherwise). */
export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const majors = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'pg_basebackup'))) : [];
  const major = majors.includes('15') ? '15' : majors.sort((a, b) => Number(b) - Number(a))[0];
  if (!major) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)');
  return path.join(root, major, 'bin');
}

/** A throwaway cluster on 127.0.0.1, run by pg_ctl as the `postgres` system user when we are root. */
export class TestCluster {
  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly user: SystemUser | null,
  ) {}

  /** A new primary: trust on 127.0.0.1 (replication included), ready for pg_basebackup. */
  static async primary(): Promise<TestCluster> {
    const cluster = new TestCluster(clusterDir('primary'), await freePort(), runAsUser());
    await cluster.bin('initdb', ['-D', cluster.dir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']);
    await cluster.start();
    return cluster;
  }

  /** A hot standby of `primary` streaming from it (pg_basebackup -R), with feedback so long reads are not cancelled. */
  static async standbyOf(primary: TestCluster): Promise<TestCluster> {
    const cluster = new TestCluster(clusterDir('standby'), await freePort(), runAsUser());
    await cluster.bin('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', cluster.dir, '-R', '-X', 'stream', '--checkpoint=fast']);
    await cluster.start();
    return cluster;
  }

  url(database: string, user = 'postgres'): string {
    return `postgres://${user}@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    const options = [
      `-p ${this.port}`,
      "-c listen_addresses='127.0.0.1'",
      `-c unix_socket_directories='${this.dir}'`,
      '-c fsync=off',
      '-c hot_standby_feedback=on',
      '-c wal_receiver_status_interval=1s',
    ].join(' ');
    await this.bin('pg_ctl', ['-D', this.dir, '-o', options, '-l', path.join(this.dir, 'server.log'), '-w', '-t', '60', 'start']);
  }

  async stop(): Promise<void> {
    if (fs.existsSync(path.join(this.dir, 'postmaster.pid'))) await this.bin('pg_ctl', ['-D', this.dir, '-m', 'fast', '-w', 'stop']);
  }

  async destroy(): Promise<void> {
    await this.stop().catch(() => undefined);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  /** One statement as the cluster's superuser. */
  async sql<T = Record<string, unknown>>(database: string, text: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.url(database) });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  private async bin(name: string, args: string[]): Promise<void> {
    await run(path.join(postgresBinDir(), name), args, { ...(this.user ?? {}), cwd: '/', env: { ...process.env, LC_MESSAGES: 'C' } });
  }
}

function runAsUser(): SystemUser | null {
  if (process.getuid?.() !== 0) return null;
  const user = postgresSystemUser();
  if (!user) throw new Error('running as root needs the `postgres` system user to run PostgreSQL');
  return user;
}

/** A folder the server's user owns (mode 700, as PostgreSQL requires), under a temp folder it can traverse. */
function clusterDir(kind: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `veraz-${kind}-`));
  const user = runAsUser();
  if (user) fs.chownSync(dir, user.uid, user.gid);
  fs.chmodSync(dir, 0o700);
  return dir;
}
