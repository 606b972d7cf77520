import http from 'node:http';
import zlib from 'node:zlib';

/**
 * Replays the calls the PDN makes to an institution's S1 endpoint, byte for byte as S1-NOTES c.2, c.3
 * and f describe them (PDNMX/s1_backend for website searches and the monitor, PDNMX/bulk-generator for
 * the national bulk download): a token request before every query, then the JSON query.
 *
 * Plain node:http so every header and every body byte is ours: the request is exactly what axios 1.6
 * puts on the wire for those programs, nothing added by a test helper.
 */

/** A provider record as the PDN stores it (s1_backend endpoints.json; absolute URLs). */
export interface PdnProvider {
  supplier_id: string;
  url: string;
  token_url: string;
  username: string;
  password: string;
  client_id: string;
  client_secret: string;
  /** Sent only when non-empty. */
  scope?: string;
}

export interface WireRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface WireResponse<T = any> {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Bytes as they came over the wire (what `curl -O` saves). */
  wire: Buffer;
  /** Bytes after removing any Content-Encoding (what axios, fetch and browsers hand over). */
  raw: Buffer;
  text: string;
  /** Parsed JSON, or undefined when the body is not JSON. */
  body: T;
  request: WireRequest;
}

export interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
  [extra: string]: unknown;
}

export interface S1Page {
  pagination: { pageSize: number; page: number; totalRows: number; hasNextPage: boolean };
  results: any[];
}

/** What axios 1.6.0 adds on its own (Node adapter): the PDN sends nothing else. */
const AXIOS_ACCEPT = 'application/json, text/plain, */*';
const AXIOS_USER_AGENT = 'axios/1.6.0';
const AXIOS_ACCEPT_ENCODING = 'gzip, compress, deflate, br';

const QS_UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * `qs.stringify` with its defaults (RFC 3986 format, UTF-8): every byte of the UTF-8 form of a key or
 * value is percent-encoded with upper-case hex, except the unreserved `A-Z a-z 0-9 - . _ ~`.
 */
export function qsStringify(fields: Record<string, string | undefined>): string {
  const encode = (value: string) => {
    let out = '';
    for (const char of value) {
      if (QS_UNRESERVED.test(char)) out += char;
      else for (const byte of Buffer.from(char, 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
  };
  return Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${encode(key)}=${encode(value)}`)
    .join('&');
}

/**
 * The token body exactly as the PDN sends it: `decodeURI(qs.stringify(data))`. Spaces and non-ASCII
 * characters arrive raw; `; / ? : @ & = + $ , #` stay percent-encoded; `%25` becomes a bare `%`.
 */
export function pdnTokenBody(provider: Pick<PdnProvider, 'username' | 'password' | 'client_id' | 'client_secret' | 'scope'>): string {
  const data: Record<string, string | undefined> = {
    grant_type: 'password',
    username: provider.username,
    password: provider.password,
    client_id: provider.client_id,
    client_secret: provider.client_secret,
  };
  if (provider.scope !== undefined && provider.scope !== '') data.scope = provider.scope;
  return decodeURI(qsStringify(data));
}

export const basicAuth = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`, 'utf8').toString('base64')}`;

/** The website's flat search form (PDNMX/pdn HomeV2 → s1_backend /v1/search). Every value is a string, '' when empty. */
export interface UiSearch {
  id?: string;
  nombres?: string;
  primerApellido?: string;
  segundoApellido?: string;
  escolaridadNivel?: string;
  formaAdquisicion?: string;
  nombreEntePublico?: string;
  entidadFederativa?: string;
  municipioAlcaldia?: string;
  empleoCargoComision?: string;
  nivelOrdenGobierno?: string;
  nivelEmpleoCargoComision?: string;
  superficieConstruccionMin?: string;
  superficieConstruccionMax?: string;
  superficieTerrenoMin?: string;
  superficieTerrenoMax?: string;
  valorAdquisicionMin?: string;
  valorAdquisicionMax?: string;
  totalIngresosNetosMin?: string;
  totalIngresosNetosMax?: string;
}

const UI_PLAIN = ['id', 'nombres', 'primerApellido', 'segundoApellido', 'escolaridadNivel', 'formaAdquisicion'] as const;
const UI_EMPLEO = ['nombreEntePublico', 'entidadFederativa', 'municipioAlcaldia', 'empleoCargoComision', 'nivelOrdenGobierno', 'nivelEmpleoCargoComision'] as const;
const UI_RANGES = ['superficieConstruccion', 'superficieTerreno', 'valorAdquisicion', 'totalIngresosNetos'] as const;

/**
 * s1_backend's `createQuery`, behaviour for behaviour: text fields pass when they are non-empty strings
 * other than '0'; `formaAdquisicion` goes under `bienesInmuebles`; the six job fields under
 * `datosEmpleoCargoComision`; ranges are built from `<name>Min` / `<name>Max` with the max check testing
 * `min !== ''`. So a min alone gives `{min: N, max: 0}` and a max alone (min '') is dropped.
 */
export function createQuery(form: UiSearch): Record<string, any> {
  // The website's form state holds every field, '' until typed: a field left out is an empty one.
  const ui: Record<string, unknown> = Object.fromEntries([...UI_PLAIN, ...UI_EMPLEO, ...UI_RANGES.flatMap((r) => [`${r}Min`, `${r}Max`])].map((k) => [k, '']));
  Object.assign(ui, form);
  const query: Record<string, any> = {};
  const usable = (value: unknown) => value !== undefined && value !== null && value !== '0' && typeof value === 'string' && value.length > 0;
  for (const name of UI_PLAIN) {
    if (!usable(ui[name])) continue;
    if (name === 'formaAdquisicion') query.bienesInmuebles = { ...query.bienesInmuebles, formaAdquisicion: ui[name] };
    else query[name] = ui[name];
  }
  for (const name of UI_EMPLEO) {
    if (usable(ui[name])) query.datosEmpleoCargoComision = { ...query.datosEmpleoCargoComision, [name]: ui[name] };
  }
  for (const name of UI_RANGES) {
    const min = ui[`${name}Min`];
    const max = ui[`${name}Max`];
    let range: Record<string, number> | null = null;
    if (min !== undefined && min !== null && !Number.isNaN(Number(min)) && min !== '') range = { ...(range ?? {}), min: Number(min) };
    // The PDN's bug, kept on purpose: the max is tested with `min !== ''`.
    if (max !== undefined && max !== null && !Number.isNaN(Number(max)) && min !== '') range = { ...(range ?? {}), max: Number(max) };
    if (range === null) continue;
    if (name === 'totalIngresosNetos') query[name] = range;
    else query.bienesInmuebles = { ...query.bienesInmuebles, [name]: range };
  }
  return query;
}

/**
 * The body s1_backend POSTs for a website search: page and pageSize default to 1 and 10 when missing or
 * NaN; `query` and `sort` only when non-empty.
 */
export function searchBody(input: { page?: unknown; pageSize?: unknown; form?: UiSearch; sort?: Record<string, unknown> } = {}): Record<string, unknown> {
  const nan = (v: unknown) => v === undefined || v === null || Number.isNaN(Number(v));
  const body: Record<string, unknown> = { page: nan(input.page) ? 1 : input.page, pageSize: nan(input.pageSize) ? 10 : input.pageSize };
  const query = input.form ? createQuery(input.form) : {};
  if (Object.keys(query).length) body.query = query;
  if (input.sort && Object.keys(input.sort).length) body.sort = input.sort;
  return body;
}

export class PdnClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  /** Every request sent, for assertions on what went over the wire. */
  readonly sent: WireRequest[] = [];

  /**
   * @param origin where the application listens, e.g. http://127.0.0.1:41234. The provider's absolute
   * URLs keep their path (and their Host header), but the socket goes to this origin.
   */
  constructor(private readonly origin: string) {}

  close(): void {
    this.agent.destroy();
  }

  /** One HTTP exchange with exactly these headers and body bytes (Host and Connection as Node sends them). */
  async raw(method: string, absoluteOrPath: string, headers: Record<string, string>, body = ''): Promise<WireResponse> {
    const target = new URL(absoluteOrPath, this.origin);
    const socket = new URL(this.origin);
    const bytes = Buffer.from(body, 'utf8');
    const all: Record<string, string> = { ...headers };
    if (method !== 'GET' || bytes.length) all['Content-Length'] = String(bytes.length);
    const request: WireRequest = { method, path: `${target.pathname}${target.search}`, headers: all, body };
    this.sent.push(request);
    return new Promise<WireResponse>((resolve, reject) => {
      const req = http.request(
        {
          host: socket.hostname,
          port: socket.port,
          method,
          path: request.path,
          agent: this.agent,
          // The Host the PDN would send: the one of the registered URL.
          headers: { Host: target.host, ...all },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            try {
              const wire = Buffer.concat(chunks);
              const rawBody = decode(wire, res.headers['content-encoding']);
              const text = rawBody.toString('utf8');
              let parsed: any;
              try {
                parsed = text.length ? JSON.parse(text) : undefined;
              } catch {
                parsed = undefined;
              }
              resolve({ status: res.statusCode ?? 0, headers: res.headers, wire, raw: rawBody, text, body: parsed, request });
            } catch (e) {
              reject(e);
            }
          });
        },
      );
      req.on('error', reject);
      req.end(bytes);
    });
  }

  /**
   * s1_backend / bulk-generator `getToken`: the decodeURI'd qs body, `auth: {client_id, client_secret}` as
   * HTTP Basic; axios sets the urlencoded Content-Type because the data is a string.
   */
  token(provider: PdnProvider, overrides: { body?: string; authorization?: string | null } = {}): Promise<WireResponse<TokenResponse>> {
    const headers: Record<string, string> = {
      Accept: AXIOS_ACCEPT,
      'Content-Type': 'application/x-www-form-urlencoded',
      'User-Agent': AXIOS_USER_AGENT,
      'Accept-Encoding': AXIOS_ACCEPT_ENCODING,
    };
    const authorization = overrides.authorization === undefined ? basicAuth(provider.client_id, provider.client_secret) : overrides.authorization;
    if (authorization !== null) headers.Authorization = authorization;
    return this.raw('POST', provider.token_url, headers, overrides.body ?? pdnTokenBody(provider));
  }

  /** A token that must be granted; throws with the provider's answer otherwise. */
  async accessToken(provider: PdnProvider): Promise<TokenResponse> {
    const res = await this.token(provider);
    if (res.status !== 200 || typeof res.body?.access_token !== 'string') throw new Error(`token ${provider.token_url} → ${res.status} ${res.text}`);
    return res.body;
  }

  /** The website's data call: `Content-Type: application/json;charset=UTF-8`, `Authorization: Bearer <token>`. */
  data(url: string, accessToken: string, body: unknown): Promise<WireResponse<S1Page>> {
    return this.raw(
      'POST',
      url,
      {
        Accept: AXIOS_ACCEPT,
        'Content-Type': 'application/json;charset=UTF-8',
        Authorization: `Bearer ${accessToken}`,
        'User-Agent': AXIOS_USER_AGENT,
        'Accept-Encoding': AXIOS_ACCEPT_ENCODING,
      },
      typeof body === 'string' ? body : JSON.stringify(body),
    );
  }

  /** bulk-generator's data call: `Content-Type: application/json`, `Authorization: ${token_type} ${access_token}`. */
  bulkData(url: string, token: Pick<TokenResponse, 'token_type' | 'access_token'>, body: unknown): Promise<WireResponse<S1Page>> {
    return this.raw(
      'POST',
      url,
      {
        Accept: AXIOS_ACCEPT,
        'Content-Type': 'application/json',
        Authorization: `${token.token_type} ${token.access_token}`,
        'User-Agent': AXIOS_USER_AGENT,
        'Accept-Encoding': AXIOS_ACCEPT_ENCODING,
      },
      JSON.stringify(body),
    );
  }

  /** One website search (or monitor probe): a new token, then the query. */
  async search(provider: PdnProvider, body: unknown): Promise<WireResponse<S1Page>> {
    const token = await this.accessToken(provider);
    return this.data(provider.url, token.access_token, body);
  }

  /**
   * bulk-generator's download of one provider: `{page:1,pageSize:1}` for totalRows, then every page of
   * `pageSize` (200), `parallel` (5) pages at a time, each page with its own new token and the body
   * `{pageSize, page}`. A page "succeeds" as the PDN sees it only with status 200 and non-empty results.
   * `between` runs after each batch (to change data during a scan).
   */
  async bulkDownload(
    provider: PdnProvider,
    options: { pageSize?: number; parallel?: number; between?: (batch: number) => Promise<void> } = {},
  ): Promise<{ totalRows: number; pages: Array<{ page: number; response: WireResponse<S1Page> }>; rows: Array<Record<string, any>>; failedPages: number[] }> {
    const pageSize = options.pageSize ?? 200;
    const parallel = options.parallel ?? 5;
    const first = await this.accessToken(provider);
    const info = await this.bulkData(provider.url, first, { page: 1, pageSize: 1 });
    if (info.status !== 200 || (info.body as { code?: unknown } | undefined)?.code !== undefined) throw new Error(`bulk info → ${info.status} ${info.text}`);
    const totalRows = info.body.pagination.totalRows;
    const count = Math.ceil(totalRows / pageSize);
    const pages: Array<{ page: number; response: WireResponse<S1Page> }> = [];
    let batch = 0;
    for (let start = 1; start <= count; start += parallel) {
      const numbers = Array.from({ length: Math.min(parallel, count - start + 1) }, (_, i) => start + i);
      const responses = await Promise.all(
        numbers.map(async (page) => {
          const token = await this.accessToken(provider);
          return { page, response: await this.bulkData(provider.url, token, { pageSize, page }) };
        }),
      );
      pages.push(...responses);
      if (options.between) await options.between(batch++);
    }
    const ok = (r: WireResponse<S1Page>) => r.status === 200 && Array.isArray(r.body?.results) && r.body.results.length > 0;
    return {
      totalRows,
      pages,
      rows: pages.filter((p) => ok(p.response)).flatMap((p) => p.response.body.results),
      failedPages: pages.filter((p) => !ok(p.response)).map((p) => p.page),
    };
  }
}

function decode(body: Buffer, encoding: string | string[] | undefined): Buffer {
  switch (String(encoding ?? '').toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.gunzipSync(body);
    case 'deflate':
      return zlib.inflateSync(body);
    case 'br':
      return zlib.brotliDecompressSync(body);
    default:
      return body;
  }
}
