import type { CookieOptions, Request, Response } from 'express';
import type { VerazConfig } from '@veraz/config';

export const REFRESH_COOKIE = 'veraz_refresh';

/** The refresh token lives only in an httpOnly, SameSite=Strict cookie scoped to the auth routes. */
function cookieOptions(config: VerazConfig, expires?: Date): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.publicUrl.startsWith('https://'),
    path: '/api/auth',
    ...(expires ? { expires } : {}),
  };
}

export function setRefreshCookie(res: Response, config: VerazConfig, token: string, expires: Date): void {
  res.cookie(REFRESH_COOKIE, token, cookieOptions(config, expires));
}

export function clearRefreshCookie(res: Response, config: VerazConfig): void {
  res.clearCookie(REFRESH_COOKIE, cookieOptions(config));
}

export function readRefreshCookie(req: Request): string | undefined {
  const value = (req.cookies as Record<string, string> | undefined)?.[REFRESH_COOKIE];
  return typeof value === 'string' && value.length > 0 && value.length < 200 ? value : undefined;
}
