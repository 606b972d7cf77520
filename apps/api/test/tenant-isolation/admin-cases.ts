import { generateSelfSignedP12 } from '@veraz/signing';
import { bearer, ALFA, BETA, type World } from '../support/seed';
import type { TestApp } from '../support/test-app';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);
const BETA_PNG = Buffer.concat([PNG, Buffer.from('logo de Beta')]);
const BETA_TEXT = 'Texto legal exclusivo de la Institución Beta';

export interface AdminCasesContext {
  t: () => TestApp;
  world: () => World;
  adminA: () => string;
  declaranteA: () => string;
  betaInvitationId: () => string;
}

/** Administration routes (issue 15): an Alfa admin never reads or changes Beta's settings, members or invitations. */
export function adminIsolationCases(c: AdminCasesContext): Record<string, () => Promise<void>> {
  const owner = () => c.t().owner();
  const seedBeta = async () =>
    (await owner()).query(`UPDATE institutions SET logo_png = $2, signing_legal_text = $3, reminder_offsets = '{9}' WHERE id = $1`, [BETA.id, BETA_PNG, BETA_TEXT]);
  const betaRow = async () => (await (await owner()).query(`SELECT name, reminder_offsets, signing_legal_text, logo_png FROM institutions WHERE id = $1`, [BETA.id])).rows[0];

  return {
    'GET /api/institution/settings': async () => {
      await seedBeta();
      const res = await c.t().http().get('/api/institution/settings').set(bearer(c.adminA())).expect(200);
      expect(res.body).toMatchObject({ slug: ALFA.slug, hasLogo: false });
      expect(JSON.stringify(res.body)).not.toContain(BETA_TEXT);
      await c.t().http().get('/api/institution/settings').set(bearer(c.declaranteA())).expect(403);
    },
    'PUT /api/institution/settings': async () => {
      await seedBeta();
      const body = { name: ALFA.name, signingLegalText: 'Texto de Alfa', reminderOffsets: [10, 2], requiresTaxConstancia: true };
      await c.t().http().put('/api/institution/settings').set(bearer(c.adminA())).send(body).expect(200);
      expect(await betaRow()).toMatchObject({ reminder_offsets: [9], signing_legal_text: BETA_TEXT });
      await c.t().http().put('/api/institution/settings').set(bearer(c.declaranteA())).send(body).expect(403);
    },
    'GET /api/institution/signing-text': async () => {
      await seedBeta();
      const res = await c.t().http().get('/api/institution/signing-text').set(bearer(c.declaranteA())).expect(200);
      expect(res.body.signingLegalText).not.toBe(BETA_TEXT);
    },
    'GET /api/institution/logo': async () => {
      await seedBeta();
      await (await owner()).query(`UPDATE institutions SET logo_png = NULL WHERE id = $1`, [ALFA.id]);
      const res = await c.t().http().get('/api/institution/logo').set(bearer(c.adminA())).expect(404);
      expect(res.headers['content-type']).not.toMatch(/png/);
      await c.t().http().get('/api/institution/logo').set(bearer(c.declaranteA())).expect(403);
    },
    'PUT /api/institution/logo': async () => {
      await seedBeta();
      await c.t().http().put('/api/institution/logo').set(bearer(c.adminA())).attach('archivo', PNG, 'logo.png').expect(200);
      expect(Buffer.compare((await betaRow()).logo_png, BETA_PNG)).toBe(0);
      await c.t().http().put('/api/institution/logo').set(bearer(c.declaranteA())).attach('archivo', PNG, 'logo.png').expect(403);
    },
    'DELETE /api/institution/logo': async () => {
      await seedBeta();
      await c.t().http().delete('/api/institution/logo').set(bearer(c.adminA())).expect(200);
      expect(Buffer.compare((await betaRow()).logo_png, BETA_PNG)).toBe(0);
      await c.t().http().delete('/api/institution/logo').set(bearer(c.declaranteA())).expect(403);
    },
    'PUT /api/institution/certificate': async () => {
      const passphrase = 'sello de alfa';
      const { p12 } = generateSelfSignedP12({ commonName: 'SELLO ALFA', organization: 'Alfa', years: 1, passphrase });
      await c.t().http().put('/api/institution/certificate').set(bearer(c.declaranteA())).attach('archivo', p12, 'a.p12').field('passphrase', passphrase).expect(403);
      await c.t().http().put('/api/institution/certificate').set(bearer(c.adminA())).attach('archivo', p12, 'a.p12').field('passphrase', passphrase).expect(200);
      const { rows } = await (await owner()).query(`SELECT institution_id FROM institution_certificates WHERE common_name = 'SELLO ALFA'`);
      expect(rows.map((r: { institution_id: string }) => r.institution_id)).toEqual([ALFA.id]);
    },
    'POST /api/members/:id/deactivate': async () => {
      const res = await c.t().http().post(`/api/members/${c.world().declaranteB.membershipId}/deactivate`).set(bearer(c.adminA())).expect(404);
      expect(JSON.stringify(res.body)).not.toContain(c.world().declaranteB.email);
      const { rows } = await (await owner()).query(`SELECT deactivated_at FROM memberships WHERE id = $1`, [c.world().declaranteB.membershipId]);
      expect(rows[0].deactivated_at).toBeNull();
      await c.t().http().post(`/api/members/${c.world().declaranteB.membershipId}/deactivate`).set(bearer(c.declaranteA())).expect(403);
    },
    'POST /api/members/:id/reactivate': async () => {
      await (await owner()).query(`UPDATE memberships SET deactivated_at = now() WHERE id = $1`, [c.world().declaranteB.membershipId]);
      await c.t().http().post(`/api/members/${c.world().declaranteB.membershipId}/reactivate`).set(bearer(c.adminA())).expect(404);
      const { rows } = await (await owner()).query(`SELECT deactivated_at FROM memberships WHERE id = $1`, [c.world().declaranteB.membershipId]);
      expect(rows[0].deactivated_at).not.toBeNull();
      await (await owner()).query(`UPDATE memberships SET deactivated_at = NULL WHERE id = $1`, [c.world().declaranteB.membershipId]);
      await c.t().http().post(`/api/members/${c.world().declaranteB.membershipId}/reactivate`).set(bearer(c.declaranteA())).expect(403);
    },
    'POST /api/invitations/:id/resend': async () => {
      const before = (await (await owner()).query(`SELECT token_hash FROM invitations WHERE id = $1`, [c.betaInvitationId()])).rows[0].token_hash;
      await c.t().http().post(`/api/invitations/${c.betaInvitationId()}/resend`).set(bearer(c.adminA())).expect(404);
      const after = (await (await owner()).query(`SELECT token_hash FROM invitations WHERE id = $1`, [c.betaInvitationId()])).rows[0].token_hash;
      expect(after).toBe(before);
      await c.t().http().post(`/api/invitations/${c.betaInvitationId()}/resend`).set(bearer(c.declaranteA())).expect(403);
    },
  };
}
