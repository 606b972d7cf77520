import type { SessionView } from '@veraz/contracts';
import { ApiRequestError, NETWORK_MESSAGE, SESSION_ENDED_MESSAGE, toRequestError } from './errors';

export { ApiRequestError } from './errors';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Send the bearer token and renew the session on 401 (default). Public endpoints pass false. */
  auth?: boolean;
  signal?: AbortSignal;
  /** Extra request headers, e.g. If-Match on a section save. */
  headers?: Record<string, string>;
}

/** A downloaded file (a PDF), with the name the server suggested. */
export interface DownloadedFile {
  blob: Blob;
  filename: string | null;
}

export interface ApiClientOptions {
  fetch?: typeof fetch;
}

type SessionListener = (session: SessionView | null) => void;

/**
 * Fetch wrapper for the Veraz API. The access token lives only in this object's memory; the
 * refresh token is an httpOnly cookie the browser sends to /api/auth/refresh.
 */
export class ApiClient {
  private session: SessionView | null = null;
  private refreshing: Promise<SessionView | null> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<SessionListener>();
  private readonly fetchFn: typeof fetch;

  constructor(options: ApiClientOptions = {}) {
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  get currentSession(): SessionView | null {
    return this.session;
  }

  subscribe(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stores (or forgets) the session, schedules the next renewal and tells subscribers. */
  setSession(session: SessionView | null): void {
    this.session = session;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (session) this.scheduleRefresh(session.expiresIn);
    for (const listener of this.listeners) listener(session);
  }

  /**
   * Asks for a new access token with the refresh cookie. Resolves to null (and signs out) when there
   * is no session (204) or the server refuses it (401). Concurrent callers share one request so the cookie is rotated only once.
   */
  refresh(): Promise<SessionView | null> {
    if (!this.refreshing) {
      this.refreshing = this.doRefresh().finally(() => {
        this.refreshing = null;
      });
    }
    return this.refreshing;
  }

  async logout(): Promise<void> {
    try {
      await this.send('/api/auth/logout', { method: 'POST' }, null);
    } catch {
      // Even if the server is unreachable, forget the token locally.
    } finally {
      this.setSession(null);
    }
  }

  async request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.parse<T>(await this.authorized(path, options));
  }

  /**
   * Downloads a file that needs the bearer token (so a plain link cannot fetch it). The filename is
   * taken from Content-Disposition.
   */
  async download(path: string, signal?: AbortSignal): Promise<DownloadedFile> {
    const response = await this.authorized(path, { signal, accept: 'application/pdf' });
    if (!response.ok) throw await toRequestError(response);
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const match = /filename="?([^";]+)"?/i.exec(disposition);
    return { blob: await response.blob(), filename: match ? match[1]! : null };
  }

  private async authorized(path: string, options: RequestOptions & { accept?: string }): Promise<Response> {
    const auth = options.auth ?? true;
    let response = await this.send(path, options, auth ? (this.session?.accessToken ?? null) : null);
    if (response.status === 401 && auth) {
      const renewed = await this.refresh();
      if (!renewed) throw new ApiRequestError(401, 'NO_AUTENTICADO', SESSION_ENDED_MESSAGE);
      response = await this.send(path, options, renewed.accessToken);
      if (response.status === 401) {
        // Even a brand-new token is refused: the session is no longer usable.
        this.setSession(null);
        throw await toRequestError(response);
      }
    }
    return response;
  }

  get<T>(path: string, signal?: AbortSignal): Promise<T> {
    return this.request<T>(path, { signal });
  }

  post<T>(path: string, body?: unknown, options: Omit<RequestOptions, 'method' | 'body'> = {}): Promise<T> {
    return this.request<T>(path, { ...options, method: 'POST', body });
  }

  patch<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>(path, { method: 'PATCH', body });
  }

  put<T>(path: string, body: unknown, headers?: Record<string, string>): Promise<T> {
    return this.request<T>(path, { method: 'PUT', body, headers });
  }

  private async doRefresh(): Promise<SessionView | null> {
    // Other tabs share the refresh cookie, which the server rotates on every use. A Web Lock makes
    // tabs take turns, so each one sends the cookie the previous one received (no false reuse alarm).
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    const response = locks
      ? await locks.request('veraz-refresh', () => this.send('/api/auth/refresh', { method: 'POST' }, null))
      : await this.send('/api/auth/refresh', { method: 'POST' }, null);
    // 204: no session cookie at all (a first visit); 401: the cookie is no longer valid.
    if (response.status === 204 || response.status === 401) {
      this.setSession(null);
      return null;
    }
    const view = await this.parse<SessionView>(response);
    this.setSession(view);
    return view;
  }

  /** Renews a little before the token expires (a minute, or a fifth of short lifetimes). */
  private scheduleRefresh(expiresIn: number): void {
    const margin = Math.min(60, expiresIn * 0.2);
    const delayMs = Math.max(expiresIn - margin, 5) * 1000;
    this.timer = setTimeout(() => {
      // A failure here is not fatal: the next request that gets a 401 renews again.
      this.refresh().catch(() => undefined);
    }, delayMs);
  }

  private async send(path: string, options: RequestOptions & { accept?: string }, token: string | null): Promise<Response> {
    const headers: Record<string, string> = { ...options.headers, Accept: options.accept ?? 'application/json' };
    // A FormData body (file uploads) sets its own multipart Content-Type with the boundary.
    const form = typeof FormData !== 'undefined' && options.body instanceof FormData;
    if (options.body !== undefined && !form) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = `Bearer ${token}`;
    try {
      return await this.fetchFn(path, {
        method: options.method ?? 'GET',
        headers,
        body: options.body === undefined ? undefined : form ? (options.body as FormData) : JSON.stringify(options.body),
        credentials: 'same-origin',
        signal: options.signal,
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new ApiRequestError(0, 'SIN_CONEXION', NETWORK_MESSAGE);
    }
  }

  private async parse<T>(response: Response): Promise<T> {
    if (!response.ok) throw await toRequestError(response);
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
}
