// The compiled server as `npm start` runs it, for benchmarks whose load client must be another process.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');

const SERVER = path.resolve(__dirname, '../../apps/api/dist/main.js');

/** `node apps/api/dist/main.js` with `env`, output to `logFile`; resolves when /health answers. */
async function startServer(env, logFile) {
  const out = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [SERVER], { env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  let dead = false;
  child.once('exit', () => (dead = true));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (dead) throw new Error(`server exited:\n${fs.readFileSync(logFile, 'utf8').slice(-4000)}`);
    try {
      if ((await fetch(`${env.PUBLIC_URL}/health`)).status === 200) break;
    } catch {}
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`server not ready:\n${fs.readFileSync(logFile, 'utf8').slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    pid: child.pid,
    stop: async () => {
      if (!dead) child.kill('SIGTERM');
      await exited;
    },
  };
}

module.exports = { startServer };
