import fs from 'node:fs';
import path from 'node:path';

/**
 * The development mailbox: with no SMTP_URL, MailService writes each message as an .eml file under
 * `<data>/mail/`, named after its job id (`invitation-<id>`, `password-reset-<id>`). Tests read
 * links there, as the person they were sent to would, instead of from any API answer.
 */
export async function waitForMail(dataDir: string, fragment: string, timeoutMs = 15_000): Promise<string> {
  const dir = path.join(dataDir, 'mail');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const file = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.endsWith('.eml') && f.includes(fragment)) : undefined;
    if (file) return decodeQuotedPrintable(fs.readFileSync(path.join(dir, file), 'utf8'));
    if (Date.now() > deadline) throw new Error(`timed out waiting for mail ${fragment}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function decodeQuotedPrintable(raw: string): string {
  return Buffer.from(
    raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}

/** The token of the first `/<route>/<token>` link in a message. */
export function linkToken(mail: string, route: 'invitacion' | 'restablecer'): string {
  const match = mail.match(new RegExp(`/${route}/([A-Za-z0-9_-]{20,})`));
  if (!match) throw new Error(`no ${route} link in mail`);
  return match[1];
}

/** The message's recipient, from its `To:` header. */
export function mailRecipient(mail: string): string | null {
  return mail.match(/^To: *(.+)$/m)?.[1]?.trim() ?? null;
}
