'use strict';
/**
 * Fuzz targets for every operation the running server lists in /api/docs-json (fuzz.js's hand-written
 * targets go deeper on a few; these make sure no route is left out). Each operation's path parameters,
 * query parameters and JSON body are filled from its OpenAPI description, then made hostile: numbers
 * beyond bigint and safe integers, NUL and other control characters, over-long strings, ids of nobody.
 */

/** Routes that would end the fuzzing session itself (the admin's token) rather than test anything. */
const SKIP = new Set(['POST /api/auth/logout']);

const HOSTILE_NUMBERS = ['9223372036854775807', '9223372036854775808', '99999999999999999999', '1e20', '1e400', '-1', '-9223372036854775809', '1.5', 'NaN', 'Infinity', '0x10', ''];
const HOSTILE_TEXT = ['%00', 'a%00b', '%01', '%1B%5B31m', '%7F', '%ED%A0%80', '%C0%AE', `%27%3B%20DROP%20TABLE%20filings%3B%20--`, '%3Cscript%3E', 'x'.repeat(5000), '%25', '%'];
// JSON bodies: the same, as values the parsers accept.
// eslint-disable-next-line no-loss-of-precision -- 2^53 + 1 on purpose: an integer JSON numbers cannot hold
const HOSTILE_VALUES = [9.2e17, 1e20, 1e308, -1e308, 9007199254740993, -1, 1.5, 'a\u0000b', '\u0001', '\u001b[31m', '\u007f', 'x'.repeat(5000), '', null, [], {}];

/** A plausible value for a schema (enough to get past the first checks), resolving $refs. */
function sample(doc, schema, depth = 0) {
  if (!schema || depth > 6) return 'texto';
  if (schema.$ref) return sample(doc, doc.components?.schemas?.[schema.$ref.split('/').pop()], depth + 1);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => sample(doc, s, depth + 1)));
  if (schema.example !== undefined) return schema.example;
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return [sample(doc, schema.items, depth + 1)];
    case 'object':
    case undefined:
      if (!schema.properties) return {};
      return Object.fromEntries(Object.entries(schema.properties).map(([k, s]) => [k, sample(doc, s, depth + 1)]));
    default:
      return schema.format === 'date' ? '2026-01-15' : schema.format === 'email' ? 'persona@prueba.mx' : 'texto';
  }
}

/** One hostile or plausible value for a path or query parameter, already URL-encoded. */
function paramValue(r, doc, param, world) {
  const schema = param.schema ?? {};
  if (param.in === 'path' && param.name === 'slug') return r.pick(['alfa', 'alfa', 'beta', 'no-existe', ...HOSTILE_TEXT]);
  if (param.in === 'path' && param.name === 'id') return r.pick([world.alfa.declarant.draftId, world.beta.declarant.draftId, r.uuid(), '0', '-1', ...HOSTILE_TEXT]);
  // Untyped parameters are strings on the wire.
  if (r.chance(0.35)) return encodeURIComponent(String(schema.type || schema.$ref || schema.enum ? sample(doc, schema) : 'texto'));
  const numeric = schema.type === 'integer' || schema.type === 'number';
  if (numeric && r.chance(0.3) && schema.maximum !== undefined) return String(schema.maximum + r.pick([0, 1]));
  return r.pick(numeric ? [...HOSTILE_NUMBERS, r.pick(HOSTILE_TEXT)] : HOSTILE_TEXT);
}

/** Replaces one leaf of a body (at any depth) with a hostile value. */
function spoilOne(r, value) {
  if (Array.isArray(value)) return value.length ? value.map((v, i) => (i === 0 ? spoilOne(r, v) : v)) : [r.pick(HOSTILE_VALUES)];
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (!keys.length) return { [r.pick(['page', 'limit', 'q', 'id'])]: r.pick(HOSTILE_VALUES) };
    const key = r.pick(keys);
    return { ...value, [key]: spoilOne(r, value[key]) };
  }
  return r.pick(HOSTILE_VALUES);
}

function modeOf(path) {
  if (path.startsWith('/s1')) return 's1';
  if (path.startsWith('/verificar')) return 'html';
  return 'api';
}

/**
 * `{name: target}` in fuzz.js's target shape, one per operation, with `weight` so that together they
 * draw `totalWeight` (the hand-written targets keep their share).
 */
function routeTargets(doc, world, totalWeight) {
  const ops = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method];
      if (op && !SKIP.has(`${method.toUpperCase()} ${path}`)) ops.push({ path, method: method.toUpperCase(), op });
    }
  }
  const out = {};
  for (const { path, method, op } of ops) {
    const params = [...(doc.paths[path].parameters ?? []), ...(op.parameters ?? [])];
    const content = op.requestBody?.content ?? {};
    const form = !content['application/json'] && !!content['application/x-www-form-urlencoded'];
    const bodySchema = (content['application/json'] ?? content['application/x-www-form-urlencoded'])?.schema;
    const mode = modeOf(path);
    out[`route ${method} ${path}`] = {
      method,
      mode,
      form,
      weight: totalWeight / ops.length,
      path: (r) => {
        const filled = path.replace(/\{([^}]+)\}/g, (_, name) => paramValue(r, doc, params.find((p) => p.in === 'path' && p.name === name) ?? { in: 'path', name }, world));
        const query = params.filter((p) => p.in === 'query' && (p.required || r.chance(0.6))).map((p) => `${encodeURIComponent(p.name)}=${paramValue(r, doc, p, world)}`);
        return query.length ? `${filled}?${query.join('&')}` : filled;
      },
      auth: (r) => {
        if (path.includes('/v2/declaraciones')) return { Authorization: `Bearer ${world.alfa.s1Token}` };
        if (mode !== 'api') return {};
        if (path.startsWith('/api/platform/')) return { Authorization: `Bearer ${r.chance(0.8) ? world.operator.token : world.alfa.admin.token}` };
        return { Authorization: `Bearer ${r.chance(0.8) ? world.alfa.admin.token : world.alfa.declarant.token}` };
      },
      valid: (r) => {
        if (method === 'GET' || method === 'DELETE' || !bodySchema) return undefined;
        const body = sample(doc, bodySchema);
        return r.chance(0.6) ? spoilOne(r, body) : body;
      },
    };
  }
  return out;
}

module.exports = { routeTargets };
