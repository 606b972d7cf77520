import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

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
