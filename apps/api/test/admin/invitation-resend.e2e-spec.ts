import fs from 'node:fs';
import path from 'node:path';
import { bearer, login, seedWorld, ALFA, type World } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { decodeQuotedPrintable, linkToken, waitFor, waitForMail } from '../support/wait';

describe('resending an invitation', () => {
  let t: TestApp;
  let world: World;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    world = await seedWorld(t);
    admin = (await login(t, world.adminA.email)).token;
  });
  afterAll(() => t.close());

  /** Every invitation e-mail written for one invitation, oldest first. */
  const mailsOf = (id: string) => {
    const dir = path.join(t.config.dataDir, 'mail');
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.eml') && f.includes(id))
      .map((f) => ({ f, at: fs.statSync(path.join(dir, f)).mtimeMs }))
      .sort((a, b) => a.at - b.at)
      .map(({ f }) => f);
  };

  it('e-mails a new link, the old one stops working, the expiry moves and the audit log records it', async () => {
    const created = await t.http().post('/api/invitations').set(bearer(admin)).send({ email: 'reenvio@prueba.mx', roles: ['DECLARANTE'] }).expect(201);
    const id = created.body.id as string;
    const oldToken = linkToken(await waitForMail(t.config.dataDir, id), 'invitacion');
    const owner = await t.owner();
    // As if it had been sent long ago and expired.
    await owner.query(`UPDATE invitations SET expires_at = now() - interval '1 day' WHERE id = $1`, [id]);
    const listed = await t.http().get('/api/invitations').set(bearer(admin)).expect(200);
    expect(listed.body.items.find((i: { id: string }) => i.id === id).status).toBe('VENCIDA');

    const res = await t.http().post(`/api/invitations/${id}/resend`).set(bearer(admin)).expect(200);
    expect(res.body).toMatchObject({ id, status: 'PENDIENTE', email: 'reenvio@prueba.mx' });
    expect(new Date(res.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    const files = await waitFor(() => (mailsOf(id).length === 2 ? mailsOf(id) : null), 'the second invitation e-mail');
    const newToken = linkToken(decodeQuotedPrintable(fs.readFileSync(path.join(t.config.dataDir, 'mail', files[1]!), 'utf8')), 'invitacion');
    expect(newToken).not.toBe(oldToken);
    await t.http().get(`/api/invitation-links/${oldToken}`).expect(400);
    const described = await t.http().get(`/api/invitation-links/${newToken}`).expect(200);
    expect(described.body).toMatchObject({ email: 'reenvio@prueba.mx', institution: { id: ALFA.id } });

    const { rows } = await owner.query(`SELECT actor_user_id, details FROM audit_events WHERE action = 'invitation.resent' AND target_id = $1`, [id]);
    expect(rows).toEqual([{ actor_user_id: world.adminA.userId, details: { antes: 'VENCIDA' } }]);
    expect(JSON.stringify(rows)).not.toContain(newToken);
  });

  it('refuses revoked invitations (409), is for admins only (403) and unknown ids are 404', async () => {
    const created = await t.http().post('/api/invitations').set(bearer(admin)).send({ email: 'revocada@prueba.mx', roles: ['REVISOR'] }).expect(201);
    await t.http().post(`/api/invitations/${created.body.id}/revoke`).set(bearer(admin)).expect(200);
    const refused = await t.http().post(`/api/invitations/${created.body.id}/resend`).set(bearer(admin)).expect(409);
    expect(refused.body.message).toBe('La invitación está revocada; solo se reenvía una pendiente o vencida.');
    const filer = (await login(t, world.declaranteA.email)).token;
    await t.http().post(`/api/invitations/${created.body.id}/resend`).set(bearer(filer)).expect(403);
    await t.http().post('/api/invitations/00000000-0000-4000-8000-000000000000/resend').set(bearer(admin)).expect(404);
  });
});
