// The two database logins a benchmark or fault script gives the Veraz it starts, as production does
// (README, "Base de datos: dueño y usuario de la aplicación"): the owner creates the scratch database
// and migrates; the app runs as its own login, which `veraz migrate` / start-up with DATABASE_OWNER_URL
// creates as a member of veraz_app (a superuser DATABASE_URL is refused at start-up).
// - DATABASE_OWNER_URL and DATABASE_URL set: they are the owner and the app's login;
// - DATABASE_URL only: it is the owner (a superuser), and the app runs as veraz_script_app;
// - neither: postgres://postgres@127.0.0.1:5432, and veraz_script_app.
'use strict';
const { randomBytes } = require('node:crypto');

const OWNER_URL = process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const SCRIPT_LOGIN = 'veraz_script_app';
// Set on the role by the migration when the URL's login fails (servers that check passwords).
const SCRIPT_PASSWORD = randomBytes(18).toString('base64url');

function withDb(url, db) {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

/** The app's login on database `db` of `serverUrl` (default: the owner's server). */
function appUrl(db, serverUrl = OWNER_URL) {
  if (process.env.DATABASE_OWNER_URL && process.env.DATABASE_URL && serverUrl === OWNER_URL) return withDb(process.env.DATABASE_URL, db);
  const u = new URL(withDb(serverUrl, db));
  u.username = SCRIPT_LOGIN;
  u.password = SCRIPT_PASSWORD;
  return u.toString();
}

/** DATABASE_URL and DATABASE_OWNER_URL for a Veraz process (server, worker, CLI) on database `db`. */
function databaseEnv(db, serverUrl = OWNER_URL) {
  return { DATABASE_URL: appUrl(db, serverUrl), DATABASE_OWNER_URL: withDb(serverUrl, db) };
}

module.exports = { OWNER_URL, withDb, appUrl, databaseEnv };
