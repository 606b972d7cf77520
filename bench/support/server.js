// The compiled server as `npm start` runs it, for benchmarks whose load client must be another process.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');

const SERVER = path.resolve(__dirname, '../../apps/api/dist/main.js');

/**
 * `node apps/api/dist/main.js` with `env`, output (request logs included) to `logFile`. Ready when the
 * banner is out, which comes once every API process listens (/health alone would answer from the
 * first one), and /health answers. BENCH_PROFILE=dir writes a V8 CPU profile of the server there.
 */
async function startServer(env, logFile) {
  const out = fs.openSync(logFile, 'a');
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_PROFILE)}`] : [];
  const child = spawn(process.execPath, [...profile, SERVER], { env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  let dead = false;
  child.once('exit', () => (dead = true));
  const tail = () => fs.readFileSync(logFile, 'utf8').slice(-4000);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (dead) throw new Error(`server exited:\n${tail()}`);
    try {
      if (fs.readFileSync(logFile, 'utf8').includes('Veraz está listo') && (await fetch(`${env.PUBLIC_URL}/health`)).status === 200) break;
    } catch {}
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`server not ready:\n${tail()}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    pid: child.pid,
    stop: async () => {
      if (!dead) child.kill('SIGTERM');
      const code = await exited;
      if (code !== 0 && code !== null) console.error(`el servidor terminó con código ${code}:\n${tail().slice(-2000)}`);
    },
  };
}

module.exports = { startServer };
