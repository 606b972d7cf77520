import qs from 'qs';
import type { S1ClientCreated } from '@veraz/s1';
import type { TestApp } from '../support/test-app';

export const FORM = 'application/x-www-form-urlencoded';

/** The create answer: the PDN's provider record, shown once. */
export type Issued = S1ClientCreated;

/**
 * The body exactly as the PDN's client builds it (s1_backend, bulk-generator): `qs.stringify`, then
 * `decodeURI`, so spaces and non-ASCII arrive raw while reserved characters stay percent-encoded.
 */
export function pdnBody(fields: Record<string, string>): string {
  return decodeURI(qs.stringify(fields));
}

export function basic(clientId: string, secret: string): string {
  return `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`;
}

/** Token path of an institution (slug) or of the platform-wide endpoint (null). */
export const tokenPath = (slug: string | null) => (slug ? `/s1/${slug}/oauth/token` : '/s1/oauth/token');

/** What the PDN sends: Basic client credentials and the five fields in the body (scope only if configured). */
export function pdnFields(c: Pick<Issued, 'client_id' | 'client_secret' | 'username' | 'password'>, extra: Record<string, string> = {}): Record<string, string> {
  return { grant_type: 'password', username: c.username, password: c.password, client_id: c.client_id, client_secret: c.client_secret, ...extra };
}

export function requestToken(
  t: TestApp,
  slug: string | null,
  options: { body: Record<string, string>; authorization?: string; contentType?: string },
) {
  let req = t.http().post(tokenPath(slug)).set('Content-Type', options.contentType ?? FORM);
  if (options.authorization) req = req.set('Authorization', options.authorization);
  return req.send(options.contentType === 'application/json' ? JSON.stringify(options.body) : pdnBody(options.body));
}

/** The payload of a JWT, without checking it. */
export function jwtPayload(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}

/** Every table in the public schema whose rows, as text, contain `needle` (owner connection). */
export async function tablesContaining(t: TestApp, needle: string): Promise<string[]> {
  const owner = await t.owner();
  const { rows: tables } = await owner.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  const hits: string[] = [];
  for (const { name } of tables) {
    const { rows } = await owner.query(`SELECT count(*)::int AS n FROM "${name}" t WHERE strpos(t::text, $1) > 0`, [needle]);
    if (rows[0].n > 0) hits.push(name);
  }
  return hits;
}
