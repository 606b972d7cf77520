import { spawnSync } from 'node:child_process';
import path from 'node:path';

// shutdownAndExit ends the process, so it runs in a child: the compiled module, as the product uses it.
const SHUTDOWN = path.resolve(__dirname, '../dist/shutdown.js');

function run(script: string) {
  return spawnSync(process.execPath, ['-e', `const s = require(${JSON.stringify(SHUTDOWN)});\n${script}`], { encoding: 'utf8', timeout: 20_000 });
}

describe('shutdown coordinator', () => {
  it('closes newest first and exits 0 when every hook finishes', () => {
    const out = run(`
      s.addShutdownHook(() => console.log('base de datos'), 'la base');
      s.addShutdownHook(async () => { await new Promise((r) => setTimeout(r, 50)); console.log('aplicación'); }, 'la aplicación');
      void s.shutdownAndExit(0);
    `);
    expect([out.status, out.stdout.trim().split('\n')]).toEqual([0, ['aplicación', 'base de datos']]);
  });

  it('names a hook that does not finish in time, still closes the rest, and exits 1', () => {
    const out = run(`
      s.addShutdownHook(() => console.log('base de datos cerrada'), 'el PostgreSQL integrado');
      s.addShutdownHook(() => new Promise(() => undefined), 'la aplicación');
      void s.shutdownAndExit(0, 300);
    `);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('Error al cerrar la aplicación: la aplicación no terminó en 0.3 s');
    expect(out.stdout.trim()).toBe('base de datos cerrada');
  });
});
