import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BadRequestException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { deriveKey } from '@veraz/config';
import { S1Error, S1TokenService, s1CredentialMac } from '@veraz/s1';
import { s1ErrorResponse } from '../../src/s1/s1-error.filter';
import { bearer, login, seedWorld, ALFA, BETA, type World } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { basic, FORM, jwtPayload, pdnBody, pdnFields, requestToken, tablesContaining, type Issued } from './credentials-helpers';
import { runCli } from '@veraz/testing';

const CHARSET = /^[A-Za-z0-9._~-]+$/;
const CREATED_KEYS = ['client_id', 'client_secret', 'id', 'label', 'password', 'token_url', 'url', 'username'];
const VIEW_KEYS = ['client_id', 'created_at', 'id', 'label', 'last_used_at', 'revoked_at', 'token_url', 'url', 'username'];
const INVALID = { code: 'e_4003', message: 'Credenciales inválidas' };
const BAD_TOKEN = { status: 401, code: 'e_701', message: 'Token inválido o vencido' };

describe('S1 credentials and OAuth token endpoint', () => {
  let t: TestApp;
  let world: World;
  let adminA: string;
  let adminB: string;
  let declaranteA: string;
  let operator: string;
  let alfa: Issued;
  let tokens: S1TokenService;

  beforeAll(async () => {
    t = await startTestApp({ processJobs: false });
    world = await seedWorld(t);
    [adminA, adminB, declaranteA, operator] = await Promise.all(
      [world.adminA, world.adminB, world.declaranteA, world.operator].map(async (p) => (await login(t, p.email)).token),
    );
    tokens = t.app.get(S1TokenService);
  });
  afterAll(() => t.close());

  /** Asserts an OAuth error: 401, `{code, message}` and nothing else, never cached. */
  async function expectOAuthError(res: { status: number; body: unknown; headers: Record<string, string> }, code: string) {
    expect({ status: res.status, code: (res.body as { code?: string }).code }).toEqual({ status: 401, code });
    expect(Object.keys(res.body as object).sort()).toEqual(['code', 'message']);
    expect(typeof (res.body as { message: unknown }).message).toBe('string');
    expect(res.headers['cache-control']).toBe('no-store');
  }

  describe('management by the institution', () => {
    it('an administrator creates a credential: secrets shown once, made of unreserved characters', async () => {
      const res = await t.http().post('/api/s1-clients').set(bearer(adminA)).send({ label: 'PDN producción' }).expect(201);
      alfa = res.body;
      expect(Object.keys(alfa).sort()).toEqual(CREATED_KEYS);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(alfa.label).toBe('PDN producción');
      expect(alfa.token_url).toBe('http://veraz.test/s1/alfa/oauth/token');
      expect(alfa.url).toBe('http://veraz.test/s1/alfa/v2/declaraciones');
      for (const value of [alfa.client_id, alfa.client_secret, alfa.username, alfa.password]) expect(value).toMatch(CHARSET);
      expect(alfa.client_secret.length).toBeGreaterThanOrEqual(32);
      expect(alfa.password.length).toBeGreaterThanOrEqual(32);
      expect(alfa.client_secret).not.toBe(alfa.password);
    });

    it('stores only MACs: no secret anywhere in the database, and an audit entry', async () => {
      const owner = await t.owner();
      const { rows } = await owner.query(`SELECT * FROM s1_clients WHERE id = $1`, [alfa.id]);
      expect(rows[0]).toMatchObject({ institution_id: ALFA.id, client_id: alfa.client_id, username: alfa.username, created_by: world.adminA.userId, revoked_at: null });
      expect(rows[0].client_secret_mac).toMatch(/^[0-9a-f]{64}$/);
      expect(rows[0].password_mac).toMatch(/^[0-9a-f]{64}$/);
      expect(rows[0].client_secret_mac).not.toBe(rows[0].password_mac);
      expect(await tablesContaining(t, alfa.client_secret)).toEqual([]);
      expect(await tablesContaining(t, alfa.password)).toEqual([]);
      const audit = await owner.query(`SELECT institution_id, actor_user_id, target_id, details FROM audit_events WHERE action = 's1_client.created'`);
      expect(audit.rows).toEqual([
        { institution_id: ALFA.id, actor_user_id: world.adminA.userId, target_id: alfa.id, details: expect.objectContaining({ client_id: alfa.client_id, label: 'PDN producción' }) },
      ]);
    });

    it('lists credentials without secrets', async () => {
      const res = await t.http().get('/api/s1-clients').set(bearer(adminA)).expect(200);
      expect(res.body).toHaveLength(1);
      expect(Object.keys(res.body[0]).sort()).toEqual(VIEW_KEYS);
      expect(res.body[0]).toMatchObject({ id: alfa.id, client_id: alfa.client_id, token_url: alfa.token_url, url: alfa.url, last_used_at: null, revoked_at: null });
      expect(JSON.stringify(res.body)).not.toContain(alfa.client_secret);
      expect(JSON.stringify(res.body)).not.toContain(alfa.password);
    });

    it('uses a default label and refuses an overlong one in Spanish', async () => {
      const res = await t.http().post('/api/s1-clients').set(bearer(adminA)).send({}).expect(201);
      expect(res.body.label).toBe('Plataforma Digital Nacional');
      await t.http().post(`/api/s1-clients/${res.body.id}/revoke`).set(bearer(adminA)).expect(200);
      const bad = await t.http().post('/api/s1-clients').set(bearer(adminA)).send({ label: 'x'.repeat(101) }).expect(400);
      expect(bad.body.errors).toEqual([{ path: 'label', message: 'debe tener como máximo 100 caracteres' }]);
    });

    it('is for administrators only (403 for a declarant)', async () => {
      await t.http().get('/api/s1-clients').set(bearer(declaranteA)).expect(403);
      await t.http().post('/api/s1-clients').set(bearer(declaranteA)).send({}).expect(403);
      await t.http().post(`/api/s1-clients/${alfa.id}/revoke`).set(bearer(declaranteA)).expect(403);
      await t.http().get('/api/platform/s1-clients').set(bearer(adminA)).expect(403);
    });

    it("another institution's credential is not found (404) and stays untouched", async () => {
      const res = await t.http().post(`/api/s1-clients/${alfa.id}/revoke`).set(bearer(adminB)).expect(404);
      expect(res.body).toMatchObject({ statusCode: 404, code: 'NO_ENCONTRADO' });
      expect(JSON.stringify(res.body)).not.toContain(alfa.client_id);
      const list = await t.http().get('/api/s1-clients').set(bearer(adminB)).expect(200);
      expect(list.body).toEqual([]);
      await t.http().post('/api/s1-clients/no-es-uuid/revoke').set(bearer(adminA)).expect(404);
      const { rows } = await (await t.owner()).query(`SELECT revoked_at FROM s1_clients WHERE id = $1`, [alfa.id]);
      expect(rows[0].revoked_at).toBeNull();
    });
  });

  describe('token grant, as the PDN asks for it', () => {
    it('Basic header and the same credentials in the body (what s1_backend sends)', async () => {
      const res = await requestToken(t, 'alfa', { body: pdnFields(alfa), authorization: basic(alfa.client_id, alfa.client_secret) }).expect(200);
      expect(Object.keys(res.body).sort()).toEqual(['access_token', 'expires_in', 'token_type']);
      expect(res.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const claims = jwtPayload(res.body.access_token);
      expect(claims).toMatchObject({ sub: alfa.id, inst: ALFA.id, scope: ['read'], aud: 'veraz-s1' });
      expect((claims.exp as number) - (claims.iat as number)).toBe(3600);
      expect(jwtPayload(res.body.access_token)).not.toHaveProperty('client_secret');
    });

    it('Basic header only, body only, and with a scope', async () => {
      const { client_id, client_secret, ...noClient } = pdnFields(alfa);
      await requestToken(t, 'alfa', { body: noClient, authorization: basic(client_id, client_secret) }).expect(200);
      await requestToken(t, 'alfa', { body: pdnFields(alfa) }).expect(200);
      await requestToken(t, 'alfa', { body: pdnFields(alfa, { scope: 'read' }), authorization: basic(client_id, client_secret) }).expect(200);
      await requestToken(t, 'alfa', { body: pdnFields(alfa, { scope: 'read:declaraciones' }) }).expect(200);
      await requestToken(t, 'alfa', { body: pdnFields(alfa, { scope: '' }) }).expect(200);
      // Not what the PDN sends, but a JSON body reads the same.
      await requestToken(t, 'alfa', { body: pdnFields(alfa), contentType: 'application/json' }).expect(200);
    });

    it('parses a decodeURI’d body with raw ñ, raw spaces and %40 as the PDN means it', async () => {
      // A credential whose username and password need those characters (generated ones never do).
      const key = deriveKey(t.config.secretKey!, 's1-credentials');
      const c = { client_id: 'alfa-utf8.prueba', client_secret: 'secreto~de_prueba-0123456789abcdef', username: 'José Ñúñez@pdn', password: 'contraseña con espacios: sí' };
      await (await t.owner()).query(
        `INSERT INTO s1_clients (institution_id, label, client_id, client_secret_mac, username, password_mac) VALUES ($1, 'utf8', $2, $3, $4, $5)`,
        [ALFA.id, c.client_id, s1CredentialMac(key, 'client_secret', c.client_id, c.client_secret), c.username, s1CredentialMac(key, 'password', c.client_id, c.password)],
      );
      const body = pdnBody(pdnFields(c));
      expect(body).toContain('username=José Ñúñez%40pdn');
      expect(body).toContain('password=contraseña con espacios%3A sí');
      const res = await t.http().post('/s1/alfa/oauth/token').set('Content-Type', FORM).set('Authorization', basic(c.client_id, c.client_secret)).send(body);
      expect(res.status).toBe(200);
      const wrong = pdnBody(pdnFields({ ...c, password: 'contraseña con espacios: no' }));
      await expectOAuthError(await t.http().post('/s1/alfa/oauth/token').set('Content-Type', FORM).send(wrong), 'e_4003');
    });

    it('records the last use, at most once a minute', async () => {
      const owner = await t.owner();
      const first = (await owner.query(`SELECT last_used_at FROM s1_clients WHERE id = $1`, [alfa.id])).rows[0].last_used_at as Date;
      expect(first).toBeInstanceOf(Date);
      expect(Date.now() - first.getTime()).toBeLessThan(60_000);
      await requestToken(t, 'alfa', { body: pdnFields(alfa) }).expect(200);
      const second = (await owner.query(`SELECT last_used_at FROM s1_clients WHERE id = $1`, [alfa.id])).rows[0].last_used_at as Date;
      expect(second.getTime()).toBe(first.getTime());
      // Two minutes later (the database's clock and this process's).
      await owner.query(`UPDATE s1_clients SET last_used_at = now() - interval '2 minutes' WHERE id = $1`, [alfa.id]);
      const later = Date.now() + 120_000;
      const clock = jest.spyOn(Date, 'now').mockReturnValue(later);
      try {
        await requestToken(t, 'alfa', { body: pdnFields(alfa) }).expect(200);
      } finally {
        clock.mockRestore();
      }
      const third = (await owner.query(`SELECT last_used_at FROM s1_clients WHERE id = $1`, [alfa.id])).rows[0].last_used_at as Date;
      expect(Date.now() - third.getTime()).toBeLessThan(10_000);
      const listed = await t.http().get('/api/s1-clients').set(bearer(adminA)).expect(200);
      expect(listed.body.find((c: { id: string }) => c.id === alfa.id).last_used_at).toBe(third.toISOString());
    });
  });

  describe('token errors: 401 {code, message} only', () => {
    it('wrong secret, password, username or client id: e_4003, all alike', async () => {
      const cases: Array<Record<string, string>> = [
        pdnFields({ ...alfa, client_secret: `${alfa.client_secret}x` }),
        pdnFields({ ...alfa, password: alfa.client_secret }),
        pdnFields({ ...alfa, username: 'pdn-otro' }),
        pdnFields({ ...alfa, client_id: 'alfa-no-existe' }),
      ];
      for (const body of cases) {
        const res = await requestToken(t, 'alfa', { body });
        await expectOAuthError(res, 'e_4003');
        expect(res.body).toEqual(INVALID);
      }
      const wrongBasic = await requestToken(t, 'alfa', { body: pdnFields(alfa), authorization: basic(alfa.client_id, 'otro-secreto') });
      await expectOAuthError(wrongBasic, 'e_4003');
      const garbled = await requestToken(t, 'alfa', { body: pdnFields(alfa), authorization: 'Basic ***' });
      await expectOAuthError(garbled, 'e_4003');
    });

    it('grant type other than password: e_4002; missing fields: e_4001; other scopes: e_4006', async () => {
      for (const grant of ['client_credentials', 'refresh_token', 'Password']) {
        const res = await requestToken(t, 'alfa', { body: pdnFields(alfa, { grant_type: grant }) });
        await expectOAuthError(res, 'e_4002');
        expect(res.body.message).toBe('grant_type no soportado');
      }
      const { grant_type, ...noGrant } = pdnFields(alfa);
      await expectOAuthError(await requestToken(t, 'alfa', { body: noGrant }), 'e_4001');
      expect(grant_type).toBe('password');
      const { password, ...noPassword } = pdnFields(alfa);
      expect(password).toBe(alfa.password);
      await expectOAuthError(await requestToken(t, 'alfa', { body: noPassword }), 'e_4001');
      const { client_secret, ...noSecret } = pdnFields(alfa);
      expect(client_secret).toBe(alfa.client_secret);
      await expectOAuthError(await requestToken(t, 'alfa', { body: noSecret }), 'e_4001');
      await expectOAuthError(await t.http().post('/s1/alfa/oauth/token').set('Content-Type', 'text/plain').send(pdnBody(pdnFields(alfa))), 'e_4001');
      await expectOAuthError(await t.http().post('/s1/alfa/oauth/token'), 'e_4001');
      const repeated = `${pdnBody(pdnFields(alfa))}&username=otro`;
      await expectOAuthError(await t.http().post('/s1/alfa/oauth/token').set('Content-Type', FORM).send(repeated), 'e_4001');
      for (const scope of ['write', 'read write', 'admin']) {
        await expectOAuthError(await requestToken(t, 'alfa', { body: pdnFields(alfa, { scope }) }), 'e_4006');
      }
    });

    it('Basic header and body naming different clients: e_4003', async () => {
      const other = await t.http().post('/api/s1-clients').set(bearer(adminA)).send({ label: 'otra' }).expect(201);
      const res = await requestToken(t, 'alfa', { body: pdnFields(alfa), authorization: basic(other.body.client_id, other.body.client_secret) });
      await expectOAuthError(res, 'e_4003');
      await t.http().post(`/api/s1-clients/${other.body.id}/revoke`).set(bearer(adminA)).expect(200);
    });

    it("Alfa's credential at Beta's URL, at the platform URL or an unknown institution: e_4003", async () => {
      for (const slug of ['beta', null, 'no-existe', 'ALFA-x']) {
        const res = await requestToken(t, slug, { body: pdnFields(alfa), authorization: basic(alfa.client_id, alfa.client_secret) });
        await expectOAuthError(res, 'e_4003');
        expect(res.body).toEqual(INVALID);
      }
    });
  });

  describe('token verification (the data endpoint’s check)', () => {
    let alfaToken: string;

    beforeAll(async () => {
      alfaToken = (await requestToken(t, 'alfa', { body: pdnFields(alfa) }).expect(200)).body.access_token;
    });

    it('accepts its own token with Bearer or the token_type the bulk generator echoes', async () => {
      await expect(tokens.verify(`Bearer ${alfaToken}`, { institutionId: ALFA.id })).resolves.toEqual({ clientId: alfa.id, institutionId: ALFA.id });
      await expect(tokens.verify(`bearer   ${alfaToken} `, { institutionId: ALFA.id })).resolves.toMatchObject({ clientId: alfa.id });
    });

    it('rejects tampered, foreign, expired, session and missing tokens with e_701', async () => {
      const [header, payload, signature] = alfaToken.split('.');
      const forged = Buffer.from(JSON.stringify({ ...jwtPayload(alfaToken), inst: BETA.id })).toString('base64url');
      const flipped = signature.slice(0, -2) + (signature.at(-2) === 'A' ? 'B' : 'A') + signature.at(-1);
      const key = deriveKey(t.config.secretKey!, 's1-token').toString('base64');
      const jwt = new JwtService();
      const claims = { sub: alfa.id, inst: ALFA.id, scope: ['read'], aud: 'veraz-s1' };
      const expired = jwt.sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 10 }, { secret: key });
      const otherKey = jwt.sign(claims, { secret: deriveKey(t.config.secretKey!, 'access-token').toString('base64'), expiresIn: 3600 });
      const noScope = jwt.sign({ ...claims, scope: [] }, { secret: key, expiresIn: 3600 });
      const otherAudience = jwt.sign({ ...claims, aud: 'veraz-api' }, { secret: key, expiresIn: 3600 });
      const { inst: _inst, ...withoutInst } = claims;
      const noInstitution = jwt.sign(withoutInst, { secret: key, expiresIn: 3600 });
      const session = (await login(t, world.adminA.email)).token;
      const rejected: Array<[string | undefined, string | null]> = [
        [`Bearer ${header}.${forged}.${signature}`, BETA.id],
        [`Bearer ${header}.${payload}.${flipped}`, ALFA.id],
        [`Bearer ${alfaToken}`, BETA.id],
        [`Bearer ${alfaToken}`, null],
        [`Bearer ${expired}`, ALFA.id],
        [`Bearer ${otherKey}`, ALFA.id],
        [`Bearer ${noScope}`, ALFA.id],
        [`Bearer ${otherAudience}`, ALFA.id],
        [`Bearer ${noInstitution}`, null],
        [`Bearer ${session}`, ALFA.id],
        [alfaToken, ALFA.id],
        ['Bearer', ALFA.id],
        [undefined, ALFA.id],
      ];
      for (const [authorization, institutionId] of rejected) {
        await expect(tokens.verify(authorization, { institutionId })).rejects.toMatchObject(BAD_TOKEN);
      }
      await expect(tokens.verify(`Bearer ${expired}`, { institutionId: ALFA.id })).rejects.toBeInstanceOf(S1Error);
    });
  });

  describe('platform-wide credentials (operators)', () => {
    let platform: Issued;

    it('an operator creates one for the shared endpoint, recorded in the platform audit chain', async () => {
      const res = await t.http().post('/api/platform/s1-clients').set(bearer(operator)).send({ label: 'PDN compartido' }).expect(201);
      platform = res.body;
      expect(Object.keys(platform).sort()).toEqual(CREATED_KEYS);
      expect(platform.token_url).toBe('http://veraz.test/s1/oauth/token');
      expect(platform.url).toBe('http://veraz.test/s1/v2/declaraciones');
      const owner = await t.owner();
      // In the platform's own tables: no institution's table holds it or its entry.
      const stored = async (table: string) => (await owner.query(`SELECT count(*)::int AS n FROM ${table} WHERE id = $1`, [platform.id])).rows[0].n;
      expect({ platform: await stored('platform_s1_clients'), institutions: await stored('s1_clients') }).toEqual({ platform: 1, institutions: 0 });
      const entry = (table: string) => owner.query(`SELECT actor_user_id FROM ${table} WHERE action = 's1_client.created' AND target_id = $1`, [platform.id]);
      expect((await entry('platform_audit_events')).rows).toEqual([{ actor_user_id: world.operator.userId }]);
      expect((await entry('audit_events')).rows).toEqual([]);
      // The operators' bitácora reads it from there, filtered, with the operator named.
      const bitacora = await t.http().get('/api/platform/audit-events?action=s1_client.created').set(bearer(operator)).expect(200);
      expect(bitacora.body).toEqual([expect.objectContaining({ action: 's1_client.created', actorUserId: world.operator.userId, actorName: expect.any(String), targetId: platform.id })]);
      expect(await tablesContaining(t, platform.client_secret)).toEqual([]);
    });

    it('lists only platform-wide credentials; institutions do not see them', async () => {
      const res = await t.http().get('/api/platform/s1-clients').set(bearer(operator)).expect(200);
      expect(res.body.map((c: { id: string }) => c.id)).toEqual([platform.id]);
      const alfaList = await t.http().get('/api/s1-clients').set(bearer(adminA)).expect(200);
      expect(alfaList.body.map((c: { id: string }) => c.id)).not.toContain(platform.id);
      await t.http().post(`/api/platform/s1-clients/${alfa.id}/revoke`).set(bearer(operator)).expect(404);
      await t.http().post(`/api/s1-clients/${platform.id}/revoke`).set(bearer(adminA)).expect(404);
    });

    it('gets tokens only at the platform URL, and they open only the platform endpoint', async () => {
      const res = await requestToken(t, null, { body: pdnFields(platform), authorization: basic(platform.client_id, platform.client_secret) }).expect(200);
      expect(jwtPayload(res.body.access_token)).toMatchObject({ sub: platform.id, inst: null });
      await expect(tokens.verify(`Bearer ${res.body.access_token}`, { institutionId: null })).resolves.toEqual({ clientId: platform.id, institutionId: null });
      await expect(tokens.verify(`Bearer ${res.body.access_token}`, { institutionId: ALFA.id })).rejects.toMatchObject(BAD_TOKEN);
      await expectOAuthError(await requestToken(t, 'alfa', { body: pdnFields(platform) }), 'e_4003');
    });

    it('an operator revokes it', async () => {
      const res = await t.http().post(`/api/platform/s1-clients/${platform.id}/revoke`).set(bearer(operator)).expect(200);
      expect(res.body.revoked_at).toEqual(expect.any(String));
      await expectOAuthError(await requestToken(t, null, { body: pdnFields(platform) }), 'e_4003');
    });
  });

  describe('revocation', () => {
    it('stops new tokens and the tokens already issued; revoking twice changes nothing', async () => {
      const before = (await requestToken(t, 'alfa', { body: pdnFields(alfa) }).expect(200)).body.access_token;
      const res = await t.http().post(`/api/s1-clients/${alfa.id}/revoke`).set(bearer(adminA)).expect(200);
      expect(Object.keys(res.body).sort()).toEqual(VIEW_KEYS);
      expect(res.body.revoked_at).toEqual(expect.any(String));
      await expectOAuthError(await requestToken(t, 'alfa', { body: pdnFields(alfa), authorization: basic(alfa.client_id, alfa.client_secret) }), 'e_4003');
      await expect(tokens.verify(`Bearer ${before}`, { institutionId: ALFA.id })).rejects.toMatchObject(BAD_TOKEN);
      const again = await t.http().post(`/api/s1-clients/${alfa.id}/revoke`).set(bearer(adminA)).expect(200);
      expect(again.body.revoked_at).toBe(res.body.revoked_at);
      const { rows } = await (await t.owner()).query(`SELECT actor_user_id, institution_id FROM audit_events WHERE action = 's1_client.revoked' AND target_id = $1`, [alfa.id]);
      expect(rows).toEqual([{ actor_user_id: world.adminA.userId, institution_id: ALFA.id }]);
    });

    it('made by another process, applies to live tokens within 30 s (in-memory list, no query per check)', async () => {
      const other = (await t.http().post('/api/s1-clients').set(bearer(adminA)).send({ label: 'otro proceso' }).expect(201)).body as Issued;
      const token = (await requestToken(t, 'alfa', { body: pdnFields(other) }).expect(200)).body.access_token;
      await expect(tokens.verify(`Bearer ${token}`, { institutionId: ALFA.id })).resolves.toMatchObject({ clientId: other.id });
      await (await t.owner()).query(`UPDATE s1_clients SET revoked_at = now() WHERE id = $1`, [other.id]);
      await expect(tokens.verify(`Bearer ${token}`, { institutionId: ALFA.id })).resolves.toMatchObject({ clientId: other.id });
      const now = Date.now();
      const clock = jest.spyOn(Date, 'now').mockReturnValue(now + 31_000);
      try {
        await expect(tokens.verify(`Bearer ${token}`, { institutionId: ALFA.id })).rejects.toMatchObject(BAD_TOKEN);
      } finally {
        clock.mockRestore();
      }
    });
  });

  describe('credential rows kept in memory between grants', () => {
    it('a burst of grants reads the credential once; a revocation by another process stops grants within 30 s', async () => {
      const other = (await t.http().post('/api/s1-clients').set(bearer(adminA)).send({ label: 'ráfaga' }).expect(201)).body as Issued;
      await requestToken(t, 'alfa', { body: pdnFields(other) }).expect(200);
      // Another process revokes it: this one keeps granting from the remembered row for at most 30 s.
      await (await t.owner()).query(`UPDATE s1_clients SET revoked_at = now() WHERE id = $1`, [other.id]);
      for (let i = 0; i < 3; i++) await requestToken(t, 'alfa', { body: pdnFields(other) }).expect(200);
      const clock = jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 31_000);
      try {
        await expectOAuthError(await requestToken(t, 'alfa', { body: pdnFields(other) }), 'e_4003');
      } finally {
        clock.mockRestore();
      }
    });

    it('wrong secrets are refused against the remembered row too', async () => {
      const other = (await t.http().post('/api/s1-clients').set(bearer(adminA)).send({ label: 'memoria' }).expect(201)).body as Issued;
      await requestToken(t, 'alfa', { body: pdnFields(other) }).expect(200);
      await expectOAuthError(await requestToken(t, 'alfa', { body: pdnFields({ ...other, client_secret: `${other.client_secret}x` }) }), 'e_4003');
      await expectOAuthError(await requestToken(t, 'alfa', { body: pdnFields({ ...other, password: `${other.password}x` }) }), 'e_4003');
      await expectOAuthError(await requestToken(t, 'beta', { body: pdnFields(other) }), 'e_4003');
      await requestToken(t, 'alfa', { body: pdnFields(other) }).expect(200);
    });
  });

  describe('HTTP surface', () => {
    it('documents the token endpoints as urlencoded forms', async () => {
      const doc = await t.http().get('/api/docs-json').expect(200);
      for (const p of ['/s1/{slug}/oauth/token', '/s1/oauth/token']) {
        const op = doc.body.paths[p].post;
        expect(Object.keys(op.requestBody.content)).toEqual(['application/x-www-form-urlencoded']);
        expect(op.tags).toEqual(['S1 (PDN)']);
        expect(op.responses['401']).toBeDefined();
      }
      expect(doc.body.paths['/api/s1-clients'].post).toBeDefined();
      expect(doc.body.paths['/api/platform/s1-clients/{id}/revoke'].post).toBeDefined();
    });

    it('the S1 filter answers S1 errors, unreadable bodies and anything else in the standard shape', () => {
      expect(s1ErrorResponse(new S1Error(401, 'e_4003', 'Credenciales inválidas'))).toEqual({ status: 401, body: INVALID });
      expect(s1ErrorResponse(new BadRequestException('Unexpected token } in JSON at position 1'))).toEqual({
        status: 400,
        body: { code: 'e_8001', message: 'Cuerpo de la solicitud inválido' },
      });
      expect(s1ErrorResponse(Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large' }))).toEqual({
        status: 413,
        body: { code: 'e_8001', message: 'Cuerpo de la solicitud inválido' },
      });
      expect(s1ErrorResponse(new Error('connection refused at 10.0.0.3'))).toEqual({ status: 500, body: { code: 'e_501', message: 'Error inesperado' } });
    });
  });

  describe('CLI (npm run veraz -- s1-client …)', () => {
    let env: Record<string, string | undefined>;

    beforeAll(() => {
      env = {
        ...t.database.env,
        REDIS_URL: process.env.REDIS_URL,
        VERAZ_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-s1-cli-')),
        VERAZ_SECRET_KEY: t.config.secretKey,
        PUBLIC_URL: 'http://veraz.test',
        QUEUE_PREFIX: `s1cli${process.pid}`,
      };
    });

    it('create --institution prints exactly the PDN provider fields as JSON, and they work', async () => {
      const out = await runCli(['s1-client', 'create', '--institution', 'alfa', '--label', 'desde la CLI'], env);
      expect(out).toMatchObject({ code: 0, stderr: '' });
      const printed = JSON.parse(out.stdout);
      expect(Object.keys(printed)).toEqual(['token_url', 'url', 'client_id', 'client_secret', 'username', 'password']);
      expect(out.stdout).toBe(`${JSON.stringify(printed, null, 2)}\n`);
      expect(printed).toMatchObject({ token_url: 'http://veraz.test/s1/alfa/oauth/token', url: 'http://veraz.test/s1/alfa/v2/declaraciones' });
      for (const value of Object.values(printed).slice(2) as string[]) expect(value).toMatch(CHARSET);
      await requestToken(t, 'alfa', { body: pdnFields(printed), authorization: basic(printed.client_id, printed.client_secret) }).expect(200);
      const listed = await runCli(['s1-client', 'list', '--institution', 'alfa'], env);
      expect(listed.code).toBe(0);
      expect(listed.stdout).toContain(printed.client_id);
      expect(listed.stdout).toContain('desde la CLI');
      expect(listed.stdout).not.toContain(printed.client_secret);
      const { rows } = await (await t.owner()).query(`SELECT id FROM s1_clients WHERE client_id = $1`, [printed.client_id]);
      const revoked = await runCli(['s1-client', 'revoke', '--id', rows[0].id], env);
      expect(revoked).toMatchObject({ code: 0 });
      expect(revoked.stdout).toContain(`Credencial revocada: ${printed.client_id}`);
      expect(revoked.stdout).toContain('en menos de 30 segundos');
      // The API is another process: it stops granting within 30 s.
      const clock = jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 31_000);
      try {
        await expectOAuthError(await requestToken(t, 'alfa', { body: pdnFields(printed) }), 'e_4003');
      } finally {
        clock.mockRestore();
      }
    });

    it('create --platform gives the shared endpoint URLs', async () => {
      const out = await runCli(['s1-client', 'create', '--platform'], env);
      expect(out.code).toBe(0);
      expect(JSON.parse(out.stdout)).toMatchObject({ token_url: 'http://veraz.test/s1/oauth/token', url: 'http://veraz.test/s1/v2/declaraciones' });
    });

    it('exits 2 with a Spanish message on bad arguments', async () => {
      const missing = await runCli(['s1-client', 'create'], env);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('Error: falta la opción --institution <slug>');
      expect(missing.stdout).toBe('');
      const both = await runCli(['s1-client', 'create', '--institution', 'alfa', '--platform'], env);
      expect(both.code).toBe(2);
      const unknown = await runCli(['s1-client', 'create', '--institution', 'no-existe'], env);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('no existe la institución no-existe');
      const badId = await runCli(['s1-client', 'revoke', '--id', 'abc'], env);
      expect(badId.code).toBe(2);
      const notFound = await runCli(['s1-client', 'revoke', '--id', '0d000000-0000-4000-8000-00000000000d'], env);
      expect(notFound.code).toBe(2);
      expect(notFound.stderr).toContain('No se encontró la credencial S1.');
    });
  });
});
