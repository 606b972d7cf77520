import type { CookieOptions, Request, Response } from 'express';
import type { VerazConfig } from '@veraz/config';

export const REFRESH_COOKIE = 'veraz_refresh';

/**
 * The refresh token lives only in an httpOnly, SameSite=Strict cookie scoped to the auth routes.
 * Secure when the public address is https or this request arrived over https; `req.secure` believes
 * X-Forwarded-Proto only from a proxy listed in TRUST_PROXY.
 */
function cookieOptions(res: Response, config: VerazConfig, expires?: Date): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.publicUrl.startsWith('https://') || res.req.secure,
    path: '/api/auth',
    ...(expires ? { expires } : {}),
  };
}

export function setRefreshCookie(res: Response, config: VerazConfig, token: string, expires: Date): void {
  res.cookie(REFRESH_COOKIE, token, cookieOptions(res, config, expires));
}

export function clearRefreshCookie(res: Response, config: VerazConfig): void {
  res.clearCookie(REFRESH_COOKIE, cookieOptions(res, config));
}

export function readRefreshCookie(req: Request): string | undefined {
  const value = (req.cookies as Record<string, string> | undefined)?.[REFRESH_COOKIE];
  return typeof value === 'string' && value.length > 0 && value.length < 200 ? value : undefined;
}
