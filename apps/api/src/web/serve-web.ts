import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import fs from 'node:fs';
import path from 'node:path';
import type { VerazConfig } from '@veraz/config';

/** Paths the server itself answers; the web app's client-side routes never start with these. */
const SERVER_PATHS = /^\/(api|health|metrics|s1|verificar)(\/|$)/;

/** Where the built web app is: WEB_DIST_DIR, or apps/web/dist next to this app. */
export function webDistDir(config: VerazConfig): string {
  return config.webDistDir ? path.resolve(config.webDistDir) : path.resolve(__dirname, '../../../web/dist');
}

/**
 * Serves the built web app on the same port as the API. Plain express middleware rather than
 * @nestjs/serve-static: the latter's error handler turned API errors (a malformed JSON body, say)
 * into 404s for every excluded route.
 * Hashed assets are cached for a year; index.html is never cached so a deploy takes effect at once.
 */
export function serveWebApp(app: INestApplication, config: VerazConfig): boolean {
  const root = webDistDir(config);
  const index = path.join(root, 'index.html');
  if (!fs.existsSync(index)) return false;

  app.use('/assets', express.static(path.join(root, 'assets'), { immutable: true, maxAge: '365d', index: false }));
  // Server paths never name a web file: skipping the static lookup spares every API GET a file-system stat.
  const files = express.static(root, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => (SERVER_PATHS.test(req.path) ? next() : files(req, res, next)));
  app.use((req: Request, res: Response, next: NextFunction) => {
    const spaRoute =
      (req.method === 'GET' || req.method === 'HEAD') &&
      !SERVER_PATHS.test(req.path) &&
      !path.extname(req.path) &&
      req.accepts('html') === 'html';
    if (!spaRoute) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
