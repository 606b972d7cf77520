// The compiled API for bench/sign-bench.js, in its own process as `npm start` runs it, plus two
// bench-only messages over IPC: {skipPassword: true} replaces the argon2id re-check of the signing
// password with "accepted", so the same request path can be measured with and without it, and
// {statements: true} answers how many statements the server has sent to PostgreSQL so far (every
// `pg` client query: a load-independent measure of a signature's round trips). The product has no
// such switch; it exists only in this process.
'use strict';
require('reflect-metadata');
const { Client } = require('pg');
const { loadConfig } = require('@veraz/config');
const { PasswordHasher } = require('@veraz/accounts');
const { createApp } = require('../../apps/api/dist/bootstrap/create-app');

let statements = 0;
const query = Client.prototype.query;
Client.prototype.query = function countedQuery(...args) {
  statements++;
  return query.apply(this, args);
};

(async () => {
  const config = loadConfig();
  const app = await createApp({ config, databaseUrl: process.env.DATABASE_URL, processJobs: false });
  const hasher = app.get(PasswordHasher);
  const verify = hasher.verify.bind(hasher);
  process.on('message', (m) => {
    if (m.statements) return process.send({ statements });
    hasher.verify = m.skipPassword ? async () => true : verify;
    process.send({ skipPassword: !!m.skipPassword });
  });
  process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
  await app.listen(config.port, '127.0.0.1');
  process.send({ ready: true });
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
