import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { makeTemporaryDataDir } from '@veraz/db';
import { cleanEnv, freePort, REPO, SERVER, startServer, type CliResult, type RunningServer } from '@veraz/testing';

/** What a person would read as something having gone wrong while stopping. */
const TROUBLE = /terminating connection|no terminó|error|fatal|panic/i;
/** A line of a JavaScript stack trace. */
const STACK = /^\s+at .+\(?.+:\d+:\d+\)?$/m;

function runNode(args: string[], env: Record<string, string | undefined>): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: REPO, env: cleanEnv(env), timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

function troubleLines(server: RunningServer): string[] {
  return server.output().split('\n').filter((line) => TROUBLE.test(line));
}

async function stopWithin(server: RunningServer, signal: NodeJS.Signals, group: boolean): Promise<{ code: number | null; ms: number }> {
  const started = Date.now();
  const code = await server.stop(signal, 20_000, { group });
  return { code, ms: Date.now() - started };
}

/**
 * Ctrl+C in a terminal sends SIGINT to the whole foreground group, embedded PostgreSQL included;
 * a service manager sends SIGTERM to the process. Either way the app closes first, then its
 * database, in a few seconds and without an error line.
 */
describe('stopping npm start on the embedded default', () => {
  const dataDir = makeTemporaryDataDir('veraz-stop-');
  let env: Record<string, string>;

  beforeAll(async () => {
    env = { VERAZ_DATA_DIR: dataDir, PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()) };
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('stops on Ctrl+C to the process group and on SIGTERM to the process, quickly and quietly', async () => {
    const first = await startServer(env, 90_000, { detached: true });
    const byGroup = await stopWithin(first, 'SIGINT', true);
    expect({ ...byGroup, trouble: troubleLines(first) }).toEqual({ code: 0, ms: expect.any(Number), trouble: [] });
    expect(byGroup.ms).toBeLessThan(10_000);
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    const second = await startServer(env, 90_000, { detached: true });
    const byProcess = await stopWithin(second, 'SIGTERM', false);
    expect({ ...byProcess, trouble: troubleLines(second) }).toEqual({ code: 0, ms: expect.any(Number), trouble: [] });
    expect(byProcess.ms).toBeLessThan(10_000);
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 240_000);

  it('after the process is killed outright, the next start joins its database and stops it', async () => {
    const killed = await startServer(env, 90_000, { detached: true });
    expect(await killed.stop('SIGKILL', 20_000)).toBeNull();
    const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
    const postmaster = Number.parseInt(fs.readFileSync(pidFile, 'utf8'), 10);

    const next = await startServer(env, 90_000, { detached: true });
    const stopped = await stopWithin(next, 'SIGTERM', false);
    expect({ ...stopped, trouble: troubleLines(next) }).toEqual({ code: 0, ms: expect.any(Number), trouble: [] });
    expect(stopped.ms).toBeLessThan(10_000);
    expect(fs.existsSync(pidFile)).toBe(false);
    expect(() => process.kill(postmaster, 0)).toThrow();
  }, 240_000);
});

describe('start-up failures a newcomer can meet', () => {
  it('a busy port for the embedded database gives a Spanish message and no stack trace', async () => {
    const dataDir = makeTemporaryDataDir('veraz-busy-');
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = await runNode([SERVER], { VERAZ_DATA_DIR: dataDir, PORT: String(await freePort()), EMBEDDED_PG_PORT: String(port) });
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain(`No fue posible iniciar Veraz: El puerto ${port} para la base de datos integrada está ocupado.`);
      expect(result.stderr).not.toMatch(STACK);
    } finally {
      blocker.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  (isRoot ? it : it.skip)('as root, a data folder the postgres user cannot reach is named with the fix (runs only as root)', async () => {
    const privateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-private-'));
    fs.chmodSync(privateDir, 0o700);
    const dataDir = path.join(privateDir, 'datos');
    try {
      const result = await runNode([SERVER], { VERAZ_DATA_DIR: dataDir, PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()) });
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain(`no puede entrar a la carpeta ${privateDir} (carpeta de datos: ${dataDir})`);
      expect(result.stderr).toContain(`chmod o+x ${privateDir}`);
      expect(result.stderr).not.toMatch(STACK);
      expect(fs.existsSync(path.join(dataDir, 'postgres'))).toBe(false);
    } finally {
      fs.rmSync(privateDir, { recursive: true, force: true });
    }
  });
  if (!isRoot) it.todo('the unreachable data folder check needs root: run this file as root to cover it');

  it('npm run veraz before any build says to build instead of MODULE_NOT_FOUND', async () => {
    // A copy of the launcher in a folder with no build: the real build stays for the tests running beside this one.
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-unbuilt-'));
    fs.mkdirSync(path.join(copy, 'scripts'));
    fs.copyFileSync(path.join(REPO, 'scripts/veraz.mjs'), path.join(copy, 'scripts/veraz.mjs'));
    try {
      const unbuilt = await runNode([path.join(copy, 'scripts/veraz.mjs'), 'help'], {});
      expect(unbuilt.code).toBe(1);
      expect(unbuilt.stderr).toContain('Ejecuta primero «npm run build»');
      expect(unbuilt.stderr).not.toMatch(/MODULE_NOT_FOUND|Cannot find module/);
      expect(unbuilt.stderr).not.toMatch(STACK);

      const built = await runNode([path.join(REPO, 'scripts/veraz.mjs'), 'help'], {});
      expect(built).toMatchObject({ code: 0, stderr: '' });
      expect(built.stdout).toMatch(/^Uso: veraz \[opciones\] \[comando\]/);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
