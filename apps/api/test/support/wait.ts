import fs from 'node:fs';
import path from 'node:path';

export async function waitFor<T>(probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits for an .eml whose name contains `fragment` in the app's mail folder, and returns its decoded text. */
export async function waitForMail(dataDir: string, fragment: string): Promise<string> {
  const dir = path.join(dataDir, 'mail');
  const file = await waitFor(() => (fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.includes(fragment)) : undefined), `mail ${fragment}`);
  return decodeQuotedPrintable(fs.readFileSync(path.join(dir, file), 'utf8'));
}

export function decodeQuotedPrintable(raw: string): string {
  return Buffer.from(
    raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}

export function linkToken(mail: string, route: 'invitacion' | 'restablecer'): string {
  const match = mail.match(new RegExp(`/${route}/([A-Za-z0-9_-]{20,})`));
  if (!match) throw new Error(`no ${route} link in mail`);
  return match[1];
}
