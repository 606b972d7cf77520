// Starts bench/support/sign-server.js (the compiled API in its own process) and talks to it over IPC.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { fork } = require('node:child_process');

/**
 * The server with `env`, output to `logFile`; resolves once it listens. `skipPassword(bool)` switches
 * the argon2id re-check off or on, `statements()` reads its count of statements sent to PostgreSQL.
 * BENCH_PROFILE=dir writes a V8 CPU profile of the server there (open it in Chrome DevTools).
 */
function startSignServer(env, logFile) {
  const out = fs.openSync(logFile, 'a');
  const execArgv = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_PROFILE)}`] : [];
  const child = fork(path.join(__dirname, 'sign-server.js'), [], { env, execArgv, stdio: ['ignore', out, out, 'ipc'] });
  fs.closeSync(out);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let waiting = null;
  child.on('message', (m) => waiting?.(m));
  const nextMessage = () => new Promise((resolve) => (waiting = resolve));
  const ask = async (message) => {
    const answer = nextMessage();
    child.send(message);
    return answer;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`el servidor no arrancó:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`)), 120_000);
    child.once('exit', (code) => reject(new Error(`el servidor terminó (${code}):\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`)));
    nextMessage().then(() => {
      clearTimeout(timer);
      resolve({
        pid: child.pid,
        skipPassword: async (skip) => {
          await ask({ skipPassword: skip });
        },
        statements: async () => (await ask({ statements: true })).statements,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}

module.exports = { startSignServer };
