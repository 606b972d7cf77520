import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createTestDatabase, freePort, type RunningServer, startServer, type TestDatabase } from '@veraz/testing';

/** Debian's Chromium, never a downloaded browser; flags for a closed network and a root user. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Screenshots kept as test artifacts under test-results/screens. */
export function screenshotPath(name: string): string {
  const dir = path.resolve(__dirname, '../../../test-results/screens');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}

/** What a browser suite runs against: its own test database, a Veraz server with the demo seed, and Chromium. */
export interface WebStack {
  database: TestDatabase;
  server: RunningServer;
  browser: Browser;
  base: string;
}

/** Starts the stack on a free port with its own data folder and queue prefix (PUBLIC_URL is the server's own address unless told otherwise). */
export async function startWebStack(dataDir: string, queuePrefix: string, options: { publicUrl?: boolean } = {}): Promise<WebStack> {
  const database = await createTestDatabase();
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const server = await startServer({
    ...database.env,
    REDIS_URL: process.env.REDIS_URL,
    VERAZ_DATA_DIR: dataDir,
    PORT: String(port),
    QUEUE_PREFIX: `${queuePrefix}${process.pid}`,
    // The daily recompute and the hourly reminders would run at start, at a moment no suite controls, and
    // replace the obligations a suite seeds (a loaded CI machine ran it mid-test); suites that need them
    // start their own server.
    OBLIGATIONS_RECOMPUTE_INTERVAL_SECONDS: '0',
    REMINDERS_INTERVAL_SECONDS: '0',
    ...(options.publicUrl === false ? {} : { PUBLIC_URL: base }),
  });
  return { database, server, browser: await launchChromium(), base };
}

export async function stopWebStack(stack: Partial<WebStack>, dataDir: string): Promise<void> {
  await stack.browser?.close();
  await stack.server?.stop();
  await stack.database?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

/** The JSON calls a suite makes to set up its world, as a script would; an answer other than 2xx throws with its body. */
export function jsonApi(base: () => string) {
  async function api<T>(method: string, url: string, token: string | null, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const response = await fetch(url.startsWith('http') ? url : `${base()}${url}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...headers, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${url} → ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
  const login = async (email: string, password: string) => (await api<{ accessToken: string }>('POST', '/api/auth/login', null, { email, password })).accessToken;
  return { api, login };
}

/**
 * Puts a person on the institution's roster through the CSV import, as its admin would: a declarante
 * joins only as a roster row with their CURP.
 */
export async function addToRoster(base: string, adminToken: string, person: { curp: string; nombre: string; primerApellido: string }): Promise<void> {
  const auth = { Authorization: `Bearer ${adminToken}` };
  const csv = `curp,nombres,primer_apellido,fecha_alta,motivo\n${person.curp},${person.nombre},${person.primerApellido},2025-01-02,alta`;
  const preview = await fetch(`${base}/api/roster/imports`, { method: 'POST', headers: { ...auth, 'Content-Type': 'text/csv' }, body: csv });
  if (preview.status !== 201) throw new Error(`roster preview → ${preview.status} ${await preview.text()}`);
  const { id } = (await preview.json()) as { id: string };
  const applied = await fetch(`${base}/api/roster/imports/${id}/apply`, { method: 'POST', headers: auth });
  if (!applied.ok) throw new Error(`roster apply → ${applied.status} ${await applied.text()}`);
}
