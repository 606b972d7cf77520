// CPU seconds of the measured server (its process tree) and of one database's PostgreSQL backends.
'use strict';
const fs = require('node:fs');
const { cpuSeconds } = require('./kit');

/** CPU seconds (user + system) the server process and this database's PostgreSQL backends have used so far; zeros where /proc is missing. */
async function cpuNow(serverPid, admin, dbName) {
  const pids = (await admin.query('SELECT pid FROM pg_stat_activity WHERE datname = $1', [dbName])).rows.map((r) => r.pid);
  return { server: treeCpuSeconds(serverPid), postgres: new Map(pids.map((pid) => [pid, cpuSeconds(pid)])) };
}

/** CPU seconds of a process and its descendants (the launcher and its API processes). */
function treeCpuSeconds(pid) {
  let total = cpuSeconds(pid);
  let children = [];
  try {
    children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {}
  for (const child of children) total += treeCpuSeconds(child);
  return total;
}

module.exports = { cpuNow, treeCpuSeconds };
