import type { ChildProcess } from 'node:child_process';

/** What a supervised process tells the launcher once it serves (API) or processes jobs (worker). */
export interface ReadyMessage {
  kind: 'veraz-ready';
  /** The demo's description, from the one API process that seeded it. */
  demo?: string | null;
}

export interface ChildSpec {
  /** For operators' logs: «API 2», «worker 1». */
  name: string;
  spawn(): ChildProcess;
}

const FIRST_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 30_000;
/** A child that ran this long before crashing starts again from the first backoff. */
const STABLE_AFTER_MS = 60_000;
/** Past this, a child that ignores SIGTERM is killed, within the launcher's own shutdown-hook deadline. */
const STOP_GRACE_MS = 23_000;

interface Slot {
  spec: ChildSpec;
  child: ChildProcess | null;
  startedAt: number;
  failures: number;
  timer: NodeJS.Timeout | null;
}

/**
 * Keeps N children running: starts them, waits until each says it is ready, restarts one that dies
 * (1 s, 2 s, 4 s … up to 30 s apart while it keeps dying), and on stop sends SIGTERM to all and
 * waits, so each closes its HTTP server, finishes its requests and jobs, and releases its connections
 * before the launcher stops the database under them.
 */
export class Supervisor {
  private readonly slots: Slot[] = [];
  private stopping = false;
  readonly readyMessages: ReadyMessage[] = [];

  constructor(private readonly log: (line: string) => void = (line) => console.error(line)) {}

  /** Starts every child; rejects when one exits before it is ready (a start-up failure, not a crash). */
  async start(specs: ChildSpec[]): Promise<void> {
    const slots = specs.map((spec) => ({ spec, child: null, startedAt: 0, failures: 0, timer: null }) satisfies Slot);
    this.slots.push(...slots);
    await Promise.all(slots.map((slot) => this.launch(slot, true)));
  }

  /** Children alive now (the test reads it through the banner's count). */
  get running(): number {
    return this.slots.filter((s) => s.child && s.child.exitCode === null && s.child.signalCode === null).length;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const waits = this.slots.map(async (slot) => {
      if (slot.timer) clearTimeout(slot.timer);
      const child = slot.child;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const late = setTimeout(() => {
        this.log(`${slot.spec.name} (pid ${child.pid}) no terminó en ${STOP_GRACE_MS / 1000} s; se detiene a la fuerza`);
        child.kill('SIGKILL');
      }, STOP_GRACE_MS);
      await exited;
      clearTimeout(late);
    });
    await Promise.all(waits);
  }

  private launch(slot: Slot, initial: boolean): Promise<void> {
    const child = slot.spec.spawn();
    slot.child = child;
    slot.startedAt = Date.now();
    return new Promise<void>((resolve, reject) => {
      let ready = false;
      child.on('message', (message: unknown) => {
        if (!isReady(message) || ready) return;
        ready = true;
        if (initial) this.readyMessages.push(message);
        resolve();
      });
      child.once('exit', (code, signal) => {
        if (this.stopping) return resolve();
        const how = signal ? `la señal ${signal}` : `código ${code}`;
        if (!ready && initial) return reject(new Error(`${slot.spec.name} terminó al iniciar (${how})`));
        if (!ready) resolve();
        this.restartLater(slot, how);
      });
    });
  }

  private restartLater(slot: Slot, how: string): void {
    slot.failures = Date.now() - slot.startedAt >= STABLE_AFTER_MS ? 1 : slot.failures + 1;
    const delay = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (slot.failures - 1));
    this.log(`${slot.spec.name} terminó con ${how}; se reinicia en ${delay / 1000} s`);
    slot.timer = setTimeout(() => {
      slot.timer = null;
      if (!this.stopping) void this.launch(slot, false);
    }, delay);
  }
}

function isReady(message: unknown): message is ReadyMessage {
  return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === 'veraz-ready';
}
