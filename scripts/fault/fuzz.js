#!/usr/bin/env node
'use strict';
/**
 * Fault test: malformed and hostile requests against the API and the S1 endpoints.
 *
 *   npm run build && npm run fault:fuzz
 *
 * Creates a throw-away database (veraz_fuzz_<pid>) on the owner's server (DATABASE_OWNER_URL, or DATABASE_URL;
 * default postgres://postgres@127.0.0.1:5432/postgres; the app's login: scripts/support/db-logins.js), migrates it, seeds two institutions (alfa, beta) with
 * people, drafts and S1 credentials through the operator CLI, starts the compiled server and sends
 * FUZZ_REQUESTS (10,000) seeded-random requests, FUZZ_CONCURRENCY (20) at a time, each with a
 * FUZZ_TIMEOUT_MS (10 s) timeout. FUZZ_SEED changes the sequence; the same seed replays the same run.
 *
 * Fails (exit 1) on any 5xx, timeout (hang), connection error, error answer that is not JSON
 * {code, message} with a Spanish message (HTML allowed on /verificar), an answer that leaks internals
 * (stack trace, SQL error text), or when the server is not healthy afterwards. Secrets (passwords,
 * tokens, S1 client secrets) are never printed.
 */
const { spawn, execFile } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { Client } = require('pg');
const { routeTargets } = require('./fuzz-routes');

const REPO = path.resolve(__dirname, '../..');
const CLI = path.join(REPO, 'apps/api/dist/cli/main.js');
const SERVER = path.join(REPO, 'apps/api/dist/main.js');

const TOTAL = intEnv('FUZZ_REQUESTS', 10_000);
const CONCURRENCY = intEnv('FUZZ_CONCURRENCY', 20);
const TIMEOUT_MS = intEnv('FUZZ_TIMEOUT_MS', 10_000);
const SEED = intEnv('FUZZ_SEED', 20260115);
const { OWNER_URL: ADMIN_URL, databaseEnv } = require('../support/db-logins');
const DB_NAME = `veraz_fuzz_${process.pid}`;
const PASSWORD = `fuzz-${crypto.randomBytes(12).toString('hex')}`;

function intEnv(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer`);
  return n;
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness (mulberry32)

function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    uuid: () => {
      const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(next() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
    text: (n) => Array.from({ length: n }, () => String.fromCharCode(32 + Math.floor(next() * 95))).join(''),
  };
}

// ---------------------------------------------------------------------------------------------
// Setup helpers

function dbUrl(name) {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

async function adminQuery(sql) {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function childEnv(extra) {
  const env = { ...process.env };
  for (const key of ['DATABASE_URL', 'DATABASE_OWNER_URL', 'REDIS_URL', 'VERAZ_DATA_DIR', 'PORT', 'EMBEDDED_PG_PORT', 'QUEUE_PREFIX', 'PUBLIC_URL']) delete env[key];
  return { ...env, NODE_ENV: 'test', LOG_LEVEL: 'error', ...extra };
}

function cli(args, env, { secretOutput = false } = {}) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, ...args], { env, timeout: 120_000, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      if (error) {
        // Arguments may hold a password: show only the command name.
        reject(new Error(`CLI ${args.slice(0, 2).join(' ')} failed (${error.code}):\n${stderr}${secretOutput ? '' : stdout}`));
      } else resolve(stdout);
    });
  });
}

function startServer(env) {
  const child = spawn(process.execPath, [SERVER, '--with-worker'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not ready after 90 s:\n${output.slice(-4000)}`)), 90_000);
    child.stdout.on('data', () => {
      if (output.includes('Veraz está listo en')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
  return {
    ready,
    output: () => output,
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// HTTP (node:http so paths, headers and body bytes go out exactly as built)

let PORT = 0;
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY + 4 });

/** One request; never rejects. Result: {status, headers, text, ms} or {error: 'timeout'|'reset'|..., ms}. */
let keepAliveRaces = 0;
function send({ method, path: reqPath, headers = {}, body }, retried = false) {
  const started = Date.now();
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, ms: Date.now() - started });
    };
    let req;
    try {
      const data = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
      const all = { ...headers };
      if (data !== undefined) all['Content-Length'] = String(data.length);
      req = http.request({ host: '127.0.0.1', port: PORT, method, path: reqPath, headers: all, agent: retried ? false : agent }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => finish({ status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (err) => finish({ error: classify(err) }));
      });
      req.on('error', (err) => {
        // Node's documented keep-alive race: the server closed an idle socket just as it was reused.
        // Retried once on a new connection and counted apart; a reset on a fresh socket is a failure.
        if (err.code === 'ECONNRESET' && req.reusedSocket && !retried) {
          retried = true;
          keepAliveRaces++;
          clearTimeout(timer);
          settled = true;
          send({ method, path: reqPath, headers, body }, true).then(resolve);
          return;
        }
        finish({ error: classify(err) });
      });
      if (data !== undefined) req.end(data);
      else req.end();
    } catch (err) {
      // The request could not even be built (client-side check): a bug in this script, not the API.
      finish({ error: `client:${err.code || err.message}` });
    }
    const timer = setTimeout(() => {
      finish({ error: 'timeout' });
      if (req) req.destroy();
    }, TIMEOUT_MS);
  });
}

function classify(err) {
  if (['ECONNRESET', 'EPIPE'].includes(err.code) || /socket hang up/.test(err.message)) return 'reset';
  if (err.code === 'ECONNREFUSED') return 'refused';
  return `error:${err.code || err.message}`;
}

async function json(method, reqPath, body, token, extraHeaders = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json', ...extraHeaders };
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await send({ method, path: reqPath, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (res.error) throw new Error(`${method} ${reqPath}: ${res.error}`);
  let parsed;
  try {
    parsed = res.text ? JSON.parse(res.text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: res.status, body: parsed };
}

async function must(label, promise, ...ok) {
  const res = await promise;
  if (!ok.includes(res.status)) throw new Error(`${label}: expected ${ok.join('/')}, got ${res.status} ${JSON.stringify(res.body?.code ?? '')}`);
  return res.body;
}

/** application/x-www-form-urlencoded, byte by byte (lone surrogates become U+FFFD instead of throwing). */
function formBody(fields) {
  const enc = (value) => {
    let out = '';
    for (const byte of Buffer.from(String(value), 'utf8')) {
      const c = String.fromCharCode(byte);
      out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
  };
  return Object.entries(fields)
    .map(([k, v]) => `${enc(k)}=${enc(v)}`)
    .join('&');
}

async function s1Token(slug, cred) {
  const res = await send({
    method: 'POST',
    path: `/s1/${slug}/oauth/token`,
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: `Basic ${Buffer.from(`${cred.client_id}:${cred.client_secret}`).toString('base64')}`,
      Accept: 'application/json, text/plain, */*',
    },
    body: formBody({ grant_type: 'password', username: cred.username, password: cred.password, client_id: cred.client_id, client_secret: cred.client_secret }),
  });
  if (res.status !== 200) throw new Error(`S1 token for ${slug}: ${res.status || res.error}`);
  return JSON.parse(res.text).access_token;
}

// ---------------------------------------------------------------------------------------------
// Payloads

const SQL = `'; DROP TABLE filings; --`;
const XSS = `<script>alert(1)</script>`;
const UNICODE = ['\u0000', 'a\u0000b', '\ud800', '\udfff\ud800', '\u202e\u0645\u0631\u062d\u0628\u0627', '\ufeff', 'ñandú 😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '\u0301\u0301\u0301', 'A\u0000'.repeat(500), '\uffff\ufffe'];
const TRAVERSAL = ['../../../../etc/passwd', '..%2F..%2F..%2Fetc%2Fpasswd', '%2e%2e%2f%2e%2e%2fetc%2fpasswd', '..\\..\\windows\\win.ini', '....//....//etc/passwd', '%252e%252e%252f', '/etc/passwd%00.pdf', '%c0%ae%c0%ae/'];
// eslint-disable-next-line no-loss-of-precision -- 2^53 + 1 on purpose: an integer JSON numbers cannot hold
const WRONG_VALUES = [null, true, false, 0, -1, 1.5, 1e308, -1e308, 9007199254740993, '', ' ', '0', 'NaN', [], [1, 2], {}, { a: 1 }, [[[]]], 'x'.repeat(300)];
// Raw JSON numbers no request may store: beyond a double (read as ±Infinity), 30 digits, negative,
// one past the capture maximum of an amount (standards/formulario/limites.json).
const RAW_NUMBERS = ['1e400', '-1e400', '1e999', '123456789012345678901234567890', '-1', '-0.01', '10000000000000', '9999999999999.99'];
const NUMBER_MARK = '@@numero@@';
const SECTIONS = [
  'datosGenerales', 'domicilioDeclarante', 'datosCurricularesDeclarante', 'datosEmpleoCargoComision', 'experienciaLaboral',
  'datosPareja', 'datosDependienteEconomico', 'ingresos', 'actividadAnualAnterior', 'bienesInmuebles', 'vehiculos', 'bienesMuebles',
  'inversiones', 'adeudos', 'prestamoOtorgado', 'participacion', 'tomaDecisiones', 'apoyos', 'representacion', 'clientesPrincipales',
  'beneficiosPrivados', 'fideicomisos',
];
const FORGED_JWT = [
  // alg none, plausible claims
  `${b64u({ alg: 'none', typ: 'JWT' })}.${b64u({ sub: '00000000-0000-4000-8000-000000000000', roles: ['ADMIN_INSTITUCION'], exp: 4102444800 })}.`,
  // HS256 with a made-up key
  hs256({ sub: '00000000-0000-4000-8000-000000000000', exp: 4102444800 }, 'secret'),
  hs256({ sub: '00000000-0000-4000-8000-000000000000', exp: 1 }, 'veraz'),
  'eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx_Zmeo',
];

function b64u(obj) {
  return Buffer.from(JSON.stringify(obj)).toString('base64url');
}
function hs256(payload, key) {
  const head = `${b64u({ alg: 'HS256', typ: 'JWT' })}.${b64u(payload)}`;
  return `${head}.${crypto.createHmac('sha256', key).update(head).digest('base64url')}`;
}

/** 3 MB of JSON (the API's JSON limit is 2 MB), built once. */
const HUGE_BODY = Buffer.from(JSON.stringify({ email: 'a@b.mx', password: 'x', relleno: 'A'.repeat(3 * 1024 * 1024) }));

function nested(depth, kind) {
  if (kind === 'array') return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

function hostileString(r, kind) {
  switch (kind) {
    case 'sql-injection':
      return r.pick([SQL, `1' OR '1'='1`, `1; SELECT pg_sleep(30); --`, `' UNION SELECT password_hash FROM users --`, `%' OR 1=1 --`]);
    case 'script-injection':
      return r.pick([XSS, `"><img src=x onerror=alert(1)>`, `javascript:alert(1)`, `{{constructor.constructor('alert(1)')()}}`, '${7*7}']);
    case 'unicode-nul':
      return r.pick(UNICODE);
    case 'path-traversal':
      return r.pick(TRAVERSAL);
    case 'huge-string':
      return 'Ñ'.repeat(50_000 + r.int(500_000));
    default:
      return r.text(1 + r.int(40));
  }
}

/** Replaces the leaves of a valid body with hostile values of one kind. */
function poison(r, valid, kind) {
  if (Array.isArray(valid)) return valid.map((v) => poison(r, v, kind));
  if (valid && typeof valid === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(valid)) out[k] = poison(r, v, kind);
    return out;
  }
  if (kind === 'wrong-types') return r.pick(WRONG_VALUES.filter((w) => typeof w !== typeof valid));
  if (kind === 'out-of-range-numbers') return typeof valid === 'number' || r.chance(0.3) ? NUMBER_MARK : valid === 'MXN' ? r.pick(['ZZZ', 'XTS', 'mxn']) : valid;
  return hostileString(r, kind);
}

function truncate(r, text) {
  return text.slice(0, Math.max(1, r.int(Math.max(2, text.length - 1))));
}

const INVALID_JSON = ['{', '}', '{"a":}', "{'a':1}", '{a:1}', '[1,2,', 'nul', 'tru', 'NaN', 'undefined', '{"a":1,}', '{"a" 1}', '"\\x00"', '{"a":"\\u12"}', '01', '--1', '\u0000', '{"a":1}{"b":2}', '\ufeff\ufeff{}', '<xml/>'];

// ---------------------------------------------------------------------------------------------
// Targets

const KINDS = [
  'invalid-json', 'truncated-json', 'huge-body', 'wrong-content-type', 'wrong-types', 'sql-injection', 'script-injection',
  'unicode-nul', 'prototype-pollution', 'foreign-tenant', 'path-traversal', 'bad-auth', 'deep-nesting', 'huge-string', 'out-of-range-numbers', 'baseline',
];
const KIND_WEIGHTS = { 'huge-body': 0.4, 'huge-string': 0.5, baseline: 0.6 };

function pickKind(r) {
  const total = KINDS.reduce((s, k) => s + (KIND_WEIGHTS[k] ?? 1), 0);
  let x = r.next() * total;
  for (const k of KINDS) {
    x -= KIND_WEIGHTS[k] ?? 1;
    if (x < 0) return k;
  }
  return KINDS[KINDS.length - 1];
}

/**
 * Each target: how a valid request looks (method, path, auth, body), and `mode`: 'api' (errors are
 * {statusCode, code, message} in Spanish), 's1' ({code, message}), 'html' (/verificar, HTML allowed).
 */
function targets(world) {
  const authApi = (token) => ({ Authorization: `Bearer ${token}` });
  return {
    login: {
      method: 'POST', mode: 'api', form: false,
      path: () => '/api/auth/login',
      auth: () => ({}),
      valid: (r) => r.chance(0.3) ? { email: world.alfa.declarant.email, password: PASSWORD } : { email: r.pick([world.beta.admin.email, `nadie${r.int(1000)}@prueba.mx`]), password: r.text(12) },
    },
    startDeclaration: {
      method: 'POST', mode: 'api', form: false,
      path: () => '/api/declarations',
      auth: () => authApi(world.alfa.declarant.token),
      valid: (r) => r.pick([
        { tipo: 'INICIAL', fechaTomaPosesion: '2026-01-15' },
        { tipo: 'MODIFICACION', anio: 2025 },
        { tipo: 'CONCLUSION', fechaConclusion: '2026-02-01' },
        { tipo: 'INICIAL', fechaTomaPosesion: '2026-01-15', partirDeUltima: false },
      ]),
    },
    saveSection: {
      method: 'PUT', mode: 'api', form: false,
      path: (r, kind) => {
        const id = kind === 'foreign-tenant' ? r.pick([world.beta.declarant.draftId, r.uuid()]) : world.alfa.declarant.draftId;
        const name = kind === 'path-traversal' ? r.pick(TRAVERSAL) : kind === 'sql-injection' && r.chance(0.5) ? encodeURIComponent(SQL) : r.pick(SECTIONS);
        return `/api/declarations/${id}/sections/${name}`;
      },
      auth: (r) => ({ ...authApi(world.alfa.declarant.token), ...(r.chance(0.85) ? { 'If-Match': r.pick(['"0"', '"1"', '"2"', '*', 'W/"0"', 'garbage', '"-1"', '"99999999999999999999"']) } : {}) }),
      valid: (r) => r.pick([
        { ninguno: true },
        { nombre: 'ANA', primerApellido: 'PÉREZ', segundoApellido: 'LÓPEZ', curp: 'PELA800101MDFRPN09', rfc: { rfc: 'PELA800101', homoClave: 'AB1' }, correoElectronico: { institucional: 'ana@prueba.mx', personal: 'ana@correo.mx' } },
        { escolaridad: [{ tipoOperacion: 'AGREGAR', nivel: { clave: 'LIC', valor: 'LICENCIATURA' }, institucionEducativa: { nombre: 'UNAM', ubicacion: 'MX' } }] },
        { remuneracionMensualCargoPublico: { valor: 78450, moneda: 'MXN' }, otrosIngresosMensualesTotal: { valor: 0, moneda: 'MXN' } },
        { domicilioMexico: { calle: 'REFORMA', numeroExterior: '1', coloniaLocalidad: 'CENTRO', municipioAlcaldia: { clave: '015', valor: 'CUAUHTÉMOC' }, entidadFederativa: { clave: '09', valor: 'CIUDAD DE MÉXICO' }, codigoPostal: '06000' } },
      ]),
    },
    sign: {
      method: 'POST', mode: 'api', form: false,
      path: (r, kind) => `/api/declarations/${kind === 'foreign-tenant' ? r.pick([world.beta.declarant.draftId, r.uuid()]) : kind === 'path-traversal' ? r.pick(TRAVERSAL) : world.alfa.declarant.draftId}/sign`,
      auth: () => authApi(world.alfa.declarant.token),
      // Never the right password: the draft is incomplete anyway, and a correct one would only give 422.
      valid: (r) => ({ password: r.text(10), protesta: true }),
    },
    getFiling: {
      method: 'GET', mode: 'api', form: false,
      path: (r, kind) => {
        if (kind === 'foreign-tenant') return `/api/filings/${r.pick([world.beta.declarant.draftId, r.uuid()])}`;
        if (kind === 'path-traversal') return `/api/filings/${r.pick(TRAVERSAL)}`;
        if (kind === 'sql-injection') return `/api/filings/${encodeURIComponent(SQL)}`;
        if (kind === 'script-injection') return `/api/filings/${encodeURIComponent(XSS)}`;
        if (kind === 'unicode-nul') return `/api/filings/${encodeURIComponent(r.pick(UNICODE.filter((u) => !/[\ud800-\udfff]/.test(u))))}%00`;
        if (kind === 'huge-string') return `/api/filings/${'a'.repeat(4000 + r.int(4000))}`;
        return `/api/filings/${r.pick([r.uuid(), 'garbage', '0', '-1', '00000000-0000-0000-0000-000000000000', r.text(8).replace(/[^A-Za-z0-9]/g, 'x')])}`;
      },
      auth: () => authApi(world.alfa.declarant.token),
      valid: () => undefined,
    },
    createInvitation: {
      method: 'POST', mode: 'api', form: false,
      path: () => '/api/invitations',
      // Mostly the admin (reaches validation), sometimes the declarant (403).
      auth: (r) => authApi(r.chance(0.8) ? world.alfa.admin.token : world.alfa.declarant.token),
      valid: (r) => ({ email: `invitada${r.int(1_000_000)}@prueba.mx`, roles: [r.pick(['DECLARANTE', 'REVISOR'])] }),
    },
    s1Token: {
      method: 'POST', mode: 's1', form: true,
      path: (r, kind) => `/s1/${kind === 'foreign-tenant' ? r.pick(['beta', 'no-existe']) : kind === 'path-traversal' ? r.pick(TRAVERSAL) : 'alfa'}/oauth/token`,
      auth: (r) => {
        const c = world.alfa.s1;
        return r.chance(0.5) ? { Authorization: `Basic ${Buffer.from(`${c.client_id}:${r.chance(0.5) ? c.client_secret : 'x'}`).toString('base64')}` } : {};
      },
      // Right client, sometimes wrong user password; a right answer is a 200 token.
      valid: (r) => {
        const c = world.alfa.s1;
        return { grant_type: r.pick(['password', 'password', 'client_credentials']), username: c.username, password: r.chance(0.5) ? c.password : r.text(8), client_id: c.client_id, client_secret: c.client_secret, ...(r.chance(0.2) ? { scope: r.pick(['read', 'write']) } : {}) };
      },
    },
    s1Query: {
      method: 'POST', mode: 's1', form: false,
      path: (r, kind) => `/s1/${kind === 'foreign-tenant' ? r.pick(['beta', 'no-existe']) : kind === 'path-traversal' ? r.pick(TRAVERSAL) : 'alfa'}/v2/declaraciones`,
      auth: (r, kind) => ({ Authorization: `Bearer ${kind === 'foreign-tenant' && r.chance(0.5) ? world.beta.s1Token : world.alfa.s1Token}` }),
      valid: (r) => r.pick([
        { page: 1, pageSize: 10 },
        { page: 2, pageSize: 200, sort: { primerApellido: 'asc' } },
        { page: 1, pageSize: 10, query: { nombres: 'jose', totalIngresosNetos: { min: 50000, max: 0 } }, sort: { nombres: 'desc' } },
        { query: { id: 'abc', primerApellido: 'PEREZ', datosEmpleoCargoComision: { nombreEntePublico: 'SEFIN', nivelEmpleoCargoComision: 'JEFE' }, bienesInmuebles: { superficieConstruccion: { min: 1, max: 100 }, formaAdquisicion: 'CPV' } } },
        // Out of range (issue 13): pages past a safe integer with a filter or a sort, ranges past a safe number.
        { page: r.pick([9.2e17, 1e20, '9223372036854775807']), pageSize: 200, query: { nombres: 'jose' } },
        { page: r.pick([9.2e17, 1e20]), pageSize: 200, sort: { nombres: 'asc' } },
        // eslint-disable-next-line no-loss-of-precision -- a number past 2^53 on purpose
        { query: { totalIngresosNetos: { min: r.pick([1e300, '-1e30', 99999999999999999999]) }, bienesInmuebles: { valorAdquisicion: { max: 1e20 } } } },
      ]),
    },
    verify: {
      method: 'GET', mode: 'html', form: false,
      path: (r, kind) => {
        const json = r.chance(0.4) ? '?formato=json' : '';
        const hash = r.chance(0.3) ? `${json ? '&' : '?'}hash=${encodeURIComponent(r.pick(['zz', 'a'.repeat(64), SQL, XSS, 'F'.repeat(64)]))}` : '';
        let folio;
        if (kind === 'path-traversal') folio = r.pick(TRAVERSAL);
        else if (kind === 'sql-injection') folio = encodeURIComponent(SQL);
        else if (kind === 'script-injection') folio = encodeURIComponent(XSS);
        else if (kind === 'unicode-nul') folio = `${encodeURIComponent('ÑANDÚ-2026-')}%00%ff%fe`;
        else if (kind === 'huge-string') folio = 'A'.repeat(4000 + r.int(4000));
        else if (kind === 'foreign-tenant') folio = r.pick(['BETA-2026-000001', 'ALFA-2026-000001', 'NOEXISTE-2026-000001']);
        else folio = r.pick(['ALFA-2026-000001', 'alfa-2026-1', 'X', '---', '%', '%zz', 'ALFA-9999-999999999999', r.text(10).replace(/[^A-Za-z0-9-]/g, '-')]);
        return `/verificar/${folio}${json}${hash}`;
      },
      auth: () => ({}),
      valid: () => undefined,
    },
  };
}

const TARGET_WEIGHTS = { login: 1, startDeclaration: 1, saveSection: 1.3, sign: 0.8, getFiling: 0.8, createInvitation: 0.8, s1Token: 1, s1Query: 1.5, verify: 0.8 };

/** Share of the requests that go to fuzz-routes.js's one-target-per-operation list, against 9.0 for the rest. */
const ROUTES_WEIGHT = 4;

/** Builds request number i (deterministic from the seed). */
function buildRequest(r, T, world) {
  const weights = { ...TARGET_WEIGHTS, ...Object.fromEntries(Object.entries(T).filter(([, t]) => t.weight).map(([n, t]) => [n, t.weight])) };
  const names = Object.keys(weights);
  const total = names.reduce((s, n) => s + weights[n], 0);
  let x = r.next() * total;
  let name = names[names.length - 1];
  for (const n of names) {
    x -= weights[n];
    if (x < 0) {
      name = n;
      break;
    }
  }
  const t = T[name];
  const kind = pickKind(r);
  const reqPath = t.path(r, kind);
  let headers = { Accept: t.mode === 'html' && r.chance(0.5) ? 'text/html' : 'application/json', 'User-Agent': 'veraz-fuzz' };
  headers = { ...headers, ...t.auth(r, kind) };
  const valid = t.valid(r);
  const contentType = t.form ? 'application/x-www-form-urlencoded' : 'application/json';
  const encode = (obj) => (t.form && obj && typeof obj === 'object' && !Array.isArray(obj) ? formBody(Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]))) : JSON.stringify(obj));
  let body = t.method === 'GET' ? undefined : valid === undefined ? undefined : encode(valid);
  const withBody = (b) => {
    body = b;
    headers['Content-Type'] = contentType;
  };
  if (body !== undefined) headers['Content-Type'] = contentType;

  let note = '';
  switch (kind) {
    case 'invalid-json':
      withBody(r.pick(INVALID_JSON));
      break;
    case 'truncated-json':
      withBody(truncate(r, JSON.stringify(valid ?? { page: 1, pageSize: 10, query: { nombres: 'ana' } })));
      break;
    case 'huge-body':
      withBody(HUGE_BODY);
      break;
    case 'wrong-content-type':
      withBody(body ?? JSON.stringify(valid ?? { a: 1 }));
      headers['Content-Type'] = r.pick(['text/plain', 'application/xml', 'multipart/form-data; boundary=x', t.form ? 'application/json' : 'application/x-www-form-urlencoded', 'application/json; charset=utf-16', 'application/octet-stream', 'garbage', '']);
      break;
    case 'wrong-types': {
      const shape = r.int(4);
      if (shape === 0) withBody(JSON.stringify(r.pick([[], [valid], 'texto', 42, null, true])));
      else withBody(encode(poison(r, valid ?? { page: 1, pageSize: 10, sort: { nombres: 'asc' }, query: { nombres: 'x' } }, 'wrong-types')));
      break;
    }
    case 'sql-injection':
    case 'script-injection':
    case 'unicode-nul':
    case 'huge-string':
      if (t.method !== 'GET') withBody(encode(poison(r, valid ?? { q: 'x' }, kind)));
      break;
    case 'out-of-range-numbers':
      // Written into the JSON text: JSON.stringify would turn Infinity into null before it left.
      if (t.method !== 'GET' && !t.form) withBody(encode(poison(r, valid ?? { page: 1, pageSize: 10 }, kind)).replaceAll(`"${NUMBER_MARK}"`, () => r.pick(RAW_NUMBERS)));
      break;
    case 'prototype-pollution': {
      const base = JSON.stringify(valid ?? {}).slice(1, -1);
      const evil = r.pick([
        '"__proto__":{"isAdmin":true,"roles":["ADMIN_INSTITUCION"]}',
        '"constructor":{"prototype":{"isAdmin":true}}',
        '"__proto__":{"__proto__":{"polluted":"si"}}',
        '"query":{"__proto__":{"nombres":"x"}},"sort":{"constructor":{"prototype":{"x":1}}}',
        '"__proto__":null',
        '"hasOwnProperty":1,"toString":"x","valueOf":[]',
      ]);
      withBody(t.form ? formBody({ __proto__x: 'x' }).replace('__proto__x', '__proto__[isAdmin]') + '&constructor[prototype][x]=1' : `{${base}${base ? ',' : ''}${evil}}`);
      break;
    }
    case 'deep-nesting': {
      const depth = r.pick([1000, 1000, 1000, 10_000]);
      note = `depth ${depth}`;
      withBody(t.form ? `a${'[a]'.repeat(depth)}=1` : r.chance(0.5) ? nested(depth, 'array') : `{"page":1,"query":${nested(depth, 'object')}}`);
      break;
    }
    case 'bad-auth':
      if (headers.Authorization || r.chance(0.5)) {
        const forged = r.pick([
          undefined, '', 'Bearer', 'Bearer ', 'Bearer null', `Bearer ${r.pick(FORGED_JWT)}`, `Basic ${Buffer.from('a:b').toString('base64')}`, 'Basic !!!',
          `Bearer ${'A'.repeat(8000)}`, 'Digest username="x"', `Bearer ${world.alfa.s1Token}`, `Bearer ${world.alfa.declarant.token}x`,
          // an API session on S1 routes / an S1 token on API routes
          `Bearer ${name.startsWith('s1') ? world.alfa.admin.token : world.alfa.s1Token}`,
        ]);
        if (forged === undefined) delete headers.Authorization;
        else headers.Authorization = forged;
      }
      break;
    default:
      break;
  }
  if (kind === 'bad-auth') note = `Authorization ${headers.Authorization === undefined ? 'absent' : `"${headers.Authorization.split(' ')[0]} …" (${headers.Authorization.length} chars)`}`;
  if (['unicode-nul', 'sql-injection', 'script-injection', 'wrong-types', 'prototype-pollution', 'invalid-json', 'out-of-range-numbers'].includes(kind) && typeof body === 'string' && name !== 's1Token' && !(name === 'login' && kind === 'prototype-pollution')) {
    // (s1Token bodies and the login body kept whole by prototype-pollution carry credentials: never shown)
    note = `body ${JSON.stringify(body.length > 160 ? `${body.slice(0, 157)}...` : body)}`;
  }
  return { target: name, kind, mode: t.mode, method: t.method, path: reqPath, headers, body, note };
}

// ---------------------------------------------------------------------------------------------
// Checking answers

const ENGLISH = /\b(cannot|the|is not|must be|should be|unexpected|invalid|not found|bad request|unauthorized|forbidden|internal server|too many|payload|property|entity|required|expected|failed)\b/i;
const LEAKS = [/\n\s+at .+\(.+:\d+:\d+\)/, /QueryFailedError|syntax error at or near|duplicate key value|violates .* constraint|relation ".+" does not exist/i, /node_modules\//, /\/work\/|\/app\/dist\//];

/** Problems with one answer (empty when it is acceptable). */
function check(req, res) {
  const problems = [];
  if (res.error) return [res.error === 'timeout' ? 'hang (timeout)' : res.error === 'reset' ? 'connection reset' : res.error];
  if (res.status >= 500) problems.push(`${res.status}`);
  for (const leak of LEAKS) if (leak.test(res.text)) problems.push('leaks internals');
  if (res.status >= 300 && res.status < 500) {
    const type = String(res.headers['content-type'] || '');
    const html = req.mode === 'html' && /text\/html/.test(type);
    // /verificar answers an unknown folio with its verification result ({existe: false, ...}), by design,
    // and GET /verificar?folio= redirects (303) to /verificar/{folio}.
    const verdict = req.mode === 'html' && /json/.test(type) && /"existe"\s*:\s*false/.test(res.text);
    const redirect = req.mode === 'html' && res.status >= 300 && res.status < 400 && !!res.headers.location;
    if (!html && !verdict && !redirect) {
      let body;
      try {
        body = JSON.parse(res.text);
      } catch {
        problems.push(`not JSON (${type || 'no content-type'})`);
      }
      if (body !== undefined) {
        if (typeof body?.code !== 'string' || !body.code) problems.push('no code');
        if (typeof body?.message !== 'string' || !body.message) problems.push('no message');
        else if (ENGLISH.test(body.message)) problems.push(`English message "${body.message.slice(0, 60)}"`);
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  if (!fs.existsSync(CLI) || !fs.existsSync(SERVER)) throw new Error('apps/api/dist is missing: run `npm run build` (or `npx tsc -b tsconfig.build.json`) first');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-fuzz-'));
  PORT = await freePort();
  const env = childEnv({
    ...databaseEnv(DB_NAME),
    VERAZ_DATA_DIR: dataDir,
    PORT: String(PORT),
    PUBLIC_URL: `http://127.0.0.1:${PORT}`,
    QUEUE_PREFIX: DB_NAME,
    // Throttling would answer 429 to most of the run and hide what the handlers do.
    AUTH_RATE_LIMIT: '1000000',
    AUTH_RATE_WINDOW_SECONDS: '60',
    S1_TOKEN_RATE_LIMIT_PER_CLIENT: '1000000',
    S1_TOKEN_RATE_LIMIT_PER_IP: '1000000',
    LOGIN_LOCKOUT_THRESHOLD: '100',
    ACCESS_TOKEN_TTL_SECONDS: '3600',
  });
  let server;
  let created = false;
  let interrupted = false;
  const onSignal = async (signal) => {
    if (interrupted) return;
    interrupted = true;
    console.error(`fuzz: ${signal}, cleaning up`);
    agent.destroy();
    if (server) await server.stop();
    if (created) await adminQuery(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`).catch(() => {});
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const t0 = Date.now();
  try {
    console.log(`fuzz: database ${DB_NAME}, port ${PORT}, seed ${SEED}, ${TOTAL} requests, concurrency ${CONCURRENCY}, timeout ${TIMEOUT_MS} ms`);
    await adminQuery(`CREATE DATABASE ${DB_NAME}`);
    created = true;
    await cli(['migrate'], env);
    await cli(['institution', 'create', '--slug', 'alfa', '--name', 'Institución Alfa (fuzz)'], env);
    await cli(['institution', 'create', '--slug', 'beta', '--name', 'Institución Beta (fuzz)'], env);
    const people = {
      alfa: { declarant: { email: 'declarante.alfa@fuzz.mx' }, admin: { email: 'admin.alfa@fuzz.mx' } },
      beta: { declarant: { email: 'declarante.beta@fuzz.mx' }, admin: { email: 'admin.beta@fuzz.mx' } },
    };
    for (const slug of ['alfa', 'beta']) {
      await cli(['user', 'create', '--institution', slug, '--role', 'DECLARANTE', '--email', people[slug].declarant.email, '--password', PASSWORD, '--nombre', 'Persona'], env, { secretOutput: true });
      await cli(['user', 'create', '--institution', slug, '--role', 'ADMIN_INSTITUCION', '--email', people[slug].admin.email, '--password', PASSWORD, '--nombre', 'Admin'], env, { secretOutput: true });
      people[slug].s1 = JSON.parse(await cli(['s1-client', 'create', '--institution', slug, '--label', 'fuzz'], env, { secretOutput: true }));
    }
    // The platform routes (fuzz-routes.js) are reached as an operator.
    people.operator = { email: 'operador@fuzz.mx' };
    await cli(['user', 'create', '--role', 'OPERADOR', '--email', people.operator.email, '--password', PASSWORD, '--nombre', 'Operador'], env, { secretOutput: true });
    console.log(`fuzz: seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s; starting the server`);

    server = startServer(env);
    await server.ready;

    for (const slug of ['alfa', 'beta']) {
      const p = people[slug];
      for (const who of [p.declarant, p.admin]) {
        who.token = (await must(`login ${who.email}`, json('POST', '/api/auth/login', { email: who.email, password: PASSWORD }), 200)).accessToken;
      }
      const members = await must('members', json('GET', '/api/members?limit=200', undefined, p.admin.token), 200);
      const member = (members.items ?? members.data ?? members.results ?? []).find((m) => m.email === p.declarant.email);
      if (!member) throw new Error(`member ${p.declarant.email} not listed`);
      await must('employment level', json('PUT', `/api/members/${member.id}/employment-level`, { employmentLevel: 'JEFE_DEPARTAMENTO_O_SUPERIOR' }, p.admin.token), 200);
      p.declarant.draftId = (await must('start draft', json('POST', '/api/declarations', { tipo: 'INICIAL', fechaTomaPosesion: '2026-01-15' }, p.declarant.token), 200, 201)).id;
      p.s1Token = await s1Token(slug, p.s1);
    }

    people.operator.token = (await must('login operator', json('POST', '/api/auth/login', { email: people.operator.email, password: PASSWORD }), 200)).accessToken;
    const docs = await must('OpenAPI description', json('GET', '/api/docs-json'), 200);
    const T = { ...targets(people), ...routeTargets(docs, people, ROUTES_WEIGHT) };
    console.log(`fuzz: ${Object.keys(T).length - Object.keys(TARGET_WEIGHTS).length} operations from /api/docs-json besides the hand-written targets`);
    const r = prng(SEED);

    const counts = {}; // target -> status -> n
    const kindCounts = {}; // kind -> status class -> n
    const failures = [];
    const shapes = {};
    let nFailures = 0;
    let slowest = 0;
    let next = 0;
    const started = Date.now();
    let lastReport = started;
    async function worker() {
      while (next < TOTAL) {
        // Built one at a time (some bodies are megabytes); synchronous, so request i is the same on every run.
        const i = next++;
        const req = buildRequest(r, T, people);
        const res = await send(req);
        slowest = Math.max(slowest, res.ms);
        const key = res.error ? res.error : String(res.status);
        counts[req.target] ??= {};
        counts[req.target][key] = (counts[req.target][key] ?? 0) + 1;
        kindCounts[req.kind] ??= {};
        const cls = res.error ? key : `${String(res.status)[0]}xx`;
        kindCounts[req.kind][cls] = (kindCounts[req.kind][cls] ?? 0) + 1;
        const problems = check(req, res);
        if (problems.length) {
          nFailures++;
          const shape = `${req.method} ${req.target} kind=${req.kind} → ${problems.join('; ')}${/depth \d+/.test(req.note) ? ` (${req.note.match(/depth \d+/)[0]})` : ''}`;
          shapes[shape] ??= { n: 0, example: `${req.path.length > 120 ? `${req.path.slice(0, 117)}...` : req.path} [${describeBody(req)}]` };
          shapes[shape].n++;
          if (failures.length < 20) failures.push({ i, method: req.method, path: req.path.length > 120 ? `${req.path.slice(0, 117)}...` : req.path, kind: req.kind, status: res.status ?? '-', problems: problems.join('; '), body: describeBody(req) });
        }
        if (Date.now() - lastReport > 15_000) {
          lastReport = Date.now();
          console.log(`fuzz: ${i + 1}/${TOTAL} sent, ${nFailures} failing so far`);
        }
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (Date.now() - started) / 1000;

    // Afterwards: alive, healthy, and still doing normal work.
    const after = [];
    const health = await send({ method: 'GET', path: '/health', headers: { Accept: 'application/json' } });
    after.push(['GET /health', health.status === 200, health.status ?? health.error]);
    const relogin = await json('POST', '/api/auth/login', { email: people.alfa.declarant.email, password: PASSWORD });
    after.push(['POST /api/auth/login (right password)', relogin.status === 200, relogin.status]);
    const list = await json('GET', '/api/declarations', undefined, relogin.body?.accessToken ?? people.alfa.declarant.token);
    after.push(['GET /api/declarations', list.status === 200, list.status]);
    let s1 = { status: 'token failed' };
    try {
      const token = await s1Token('alfa', people.alfa.s1);
      s1 = await json('POST', '/s1/alfa/v2/declaraciones', { page: 1, pageSize: 10 }, token);
    } catch {}
    after.push(['POST /s1/alfa/v2/declaraciones', s1.status === 200, s1.status]);
    const db = new Client({ connectionString: dbUrl(DB_NAME) });
    await db.connect();
    const tables = await db.query(`SELECT to_regclass('public.filings') IS NOT NULL AS filings, to_regclass('public.users') IS NOT NULL AS users`);
    await db.end();
    after.push(['tables filings/users still exist', tables.rows[0].filings && tables.rows[0].users, JSON.stringify(tables.rows[0])]);
    after.push(['server process still running', server.alive(), server.alive() ? 'yes' : 'no']);

    // Report
    const statuses = [...new Set(Object.values(counts).flatMap((c) => Object.keys(c)))].sort();
    const rows = [['target', ...statuses, 'total']];
    for (const [target, c] of Object.entries(counts).sort()) rows.push([target, ...statuses.map((s) => String(c[s] ?? '')), String(Object.values(c).reduce((a, b) => a + b, 0))]);
    rows.push(['ALL', ...statuses.map((s) => String(Object.values(counts).reduce((a, c) => a + (c[s] ?? 0), 0))), String(TOTAL)]);
    console.log(`\nStatus per target (${TOTAL} requests in ${seconds.toFixed(1)} s, ${(TOTAL / seconds).toFixed(0)} req/s, slowest ${slowest} ms):`);
    printTable(rows);
    const classes = [...new Set(Object.values(kindCounts).flatMap((c) => Object.keys(c)))].sort();
    const krows = [['payload kind', ...classes]];
    for (const [kind, c] of Object.entries(kindCounts).sort()) krows.push([kind, ...classes.map((s) => String(c[s] ?? ''))]);
    console.log('\nStatus class per payload kind:');
    printTable(krows);
    console.log('\nAfter the run:');
    for (const [label, ok, detail] of after) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${label} (${detail})`);
    const serverErrors = server.output().split('\n').filter((l) => /error no controlado/.test(l)).length;
    console.log(`  server log lines "error no controlado": ${serverErrors}`);
    console.log(`  keep-alive races retried on a new connection: ${keepAliveRaces}`);
    if (process.env.FUZZ_SERVER_LOG) {
      fs.writeFileSync(process.env.FUZZ_SERVER_LOG, server.output());
      console.log(`  server output written to ${process.env.FUZZ_SERVER_LOG}`);
    }

    const afterFailed = after.filter(([, ok]) => !ok).length;
    if (nFailures || afterFailed) {
      console.log(`\nFAILED: ${nFailures} offending requests${afterFailed ? `, ${afterFailed} after-run checks` : ''}. First ${failures.length}:`);
      for (const f of failures) console.log(`  #${f.i} ${f.method} ${f.path}  kind=${f.kind}  status=${f.status}  ${f.problems}  [${f.body}]`);
      console.log('\nDistinct failure shapes (count, shape, one example):');
      for (const [shape, { n, example }] of Object.entries(shapes).sort((a, b) => b[1].n - a[1].n)) console.log(`  ${String(n).padStart(5)}  ${shape}\n         e.g. ${example}`);
      process.exitCode = 1;
    } else {
      console.log(`\nOK: no 5xx, no hangs, no resets; every error answer was a clear 4xx. Total time ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
    }
  } finally {
    agent.destroy();
    if (server) await server.stop();
    if (created) {
      try {
        await adminQuery(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
      } catch (err) {
        console.error(`could not drop ${DB_NAME}: ${err.message}`);
      }
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Shape of a request body without its content (bodies of some targets carry credentials). */
function describeBody(req) {
  const type = req.headers['Content-Type'];
  if (req.body === undefined) return 'no body';
  const len = Buffer.byteLength(req.body);
  return `${type === undefined ? 'no content-type' : `content-type "${type}"`}, ${len} bytes${req.note ? `, ${req.note}` : ''}`;
}

function printTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  for (const row of rows) console.log(`  ${row.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ')}`);
}

main().catch((err) => {
  console.error(`fuzz: ${err.message}`);
  process.exit(1);
});
