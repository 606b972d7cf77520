import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** The repository root (this file runs from libs/testing/src under jest, or libs/testing/dist). */
export const REPO = path.resolve(__dirname, '../../..');
export const CLI = path.join(REPO, 'apps/api/dist/cli/main.js');
export const SERVER = path.join(REPO, 'apps/api/dist/main.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the compiled operator CLI, as `npm run veraz -- …` does. */
export function runCli(args: string[], env: Record<string, string | undefined>): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: cleanEnv(env), timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Environment for a child process: the parent's, minus database/queue settings unless given. */
export function cleanEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['DATABASE_URL', 'DATABASE_OWNER_URL', 'DATABASE_DIRECT_URL', 'REDIS_URL', 'VERAZ_DATA_DIR', 'PORT', 'EMBEDDED_PG_PORT', 'QUEUE_PREFIX', 'API_PROCESSES', 'WORKER_PROCESSES']) delete base[key];
  // One API process unless a test asks for more (the default is one per core): most tests start the
  // product for something else, and the multi-process launcher has tests of its own (test/scale).
  const out: NodeJS.ProcessEnv = { ...base, NODE_ENV: 'test', LOG_LEVEL: 'error', API_PROCESSES: '1' };
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

export interface RunningServer {
  child: ChildProcess;
  output: () => string;
  /** `group: true` signals the whole process group, as a terminal's Ctrl+C does (needs `detached`). */
  stop(signal?: NodeJS.Signals, graceMs?: number, target?: { group: boolean }): Promise<number | null>;
}

export interface StartServerOptions {
  /** Its own process group, so a signal to the group reaches the server and what it spawned, not jest. */
  detached?: boolean;
}

/** Starts the compiled server the way `npm start` does and waits for its ready banner. */
export async function startServer(env: Record<string, string | undefined>, timeoutMs = 90_000, options: StartServerOptions = {}): Promise<RunningServer> {
  const child = spawn(process.execPath, [SERVER, '--with-worker'], { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'], detached: options.detached });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not ready:\n${output}`)), timeoutMs);
    const check = () => {
      if (output.includes('Veraz está listo en')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    child,
    output: () => output,
    stop: async (signal = 'SIGTERM', graceMs = 45_000, target = { group: false }) => {
      if (target.group) process.kill(-child.pid!, signal);
      else child.kill(signal);
      // A product that does not stop is a failure with its output, not a test that hangs and leaks a server.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stuck = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`the server did not stop within ${graceMs / 1000} s of ${signal}:\n${output.slice(-4000)}`));
        }, graceMs);
      });
      try {
        return await Promise.race([exited, stuck]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
