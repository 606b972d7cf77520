import { generateSelfSignedP12 } from '@veraz/signing';
import { bearer, ALFA, BETA } from '../support/seed';
import { caseOf, type Isolation, type IsolationCases } from './beta-world';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);
const BETA_PNG = Buffer.concat([PNG, Buffer.from('logo de Beta')]);
const BETA_TEXT = 'Texto legal exclusivo de la Institución Beta';

/** Administration routes (issue 15): an Alfa admin never reads or changes Beta's settings, members or invitations. */
export function adminIsolationCases(x: () => Isolation): IsolationCases {
  const run = caseOf(x);
  const owner = () => x().t.owner();
  const seedBeta = async () =>
    (await owner()).query(`UPDATE institutions SET logo_png = $2, signing_legal_text = $3, reminder_offsets = '{9}' WHERE id = $1`, [BETA.id, BETA_PNG, BETA_TEXT]);
  const betaRow = async () => (await (await owner()).query(`SELECT name, reminder_offsets, signing_legal_text, logo_png FROM institutions WHERE id = $1`, [BETA.id])).rows[0];

  return {
    'GET /api/institution/settings': run(async ({ t, adminA, declaranteA }) => {
      await seedBeta();
      const res = await t.http().get('/api/institution/settings').set(bearer(adminA)).expect(200);
      expect(res.body).toMatchObject({ slug: ALFA.slug, hasLogo: false });
      expect(JSON.stringify(res.body)).not.toContain(BETA_TEXT);
      await t.http().get('/api/institution/settings').set(bearer(declaranteA)).expect(403);
    }),
    'PUT /api/institution/settings': run(async ({ t, adminA, declaranteA }) => {
      await seedBeta();
      const body = { name: ALFA.name, signingLegalText: 'Texto de Alfa', reminderOffsets: [10, 2], requiresTaxConstancia: true };
      await t.http().put('/api/institution/settings').set(bearer(adminA)).send(body).expect(200);
      expect(await betaRow()).toMatchObject({ reminder_offsets: [9], signing_legal_text: BETA_TEXT });
      await t.http().put('/api/institution/settings').set(bearer(declaranteA)).send(body).expect(403);
    }),
    'GET /api/institution/signing-text': run(async ({ t, declaranteA }) => {
      await seedBeta();
      const res = await t.http().get('/api/institution/signing-text').set(bearer(declaranteA)).expect(200);
      expect(res.body.signingLegalText).not.toBe(BETA_TEXT);
    }),
    'GET /api/institution/logo': run(async ({ t, adminA, declaranteA }) => {
      await seedBeta();
      await (await owner()).query(`UPDATE institutions SET logo_png = NULL WHERE id = $1`, [ALFA.id]);
      const res = await t.http().get('/api/institution/logo').set(bearer(adminA)).expect(404);
      expect(res.headers['content-type']).not.toMatch(/png/);
      await t.http().get('/api/institution/logo').set(bearer(declaranteA)).expect(403);
    }),
    'PUT /api/institution/logo': run(async ({ t, adminA, declaranteA }) => {
      await seedBeta();
      await t.http().put('/api/institution/logo').set(bearer(adminA)).attach('archivo', PNG, 'logo.png').expect(200);
      expect(Buffer.compare((await betaRow()).logo_png, BETA_PNG)).toBe(0);
      await t.http().put('/api/institution/logo').set(bearer(declaranteA)).attach('archivo', PNG, 'logo.png').expect(403);
    }),
    'DELETE /api/institution/logo': run(async ({ t, adminA, declaranteA }) => {
      await seedBeta();
      await t.http().delete('/api/institution/logo').set(bearer(adminA)).expect(200);
      expect(Buffer.compare((await betaRow()).logo_png, BETA_PNG)).toBe(0);
      await t.http().delete('/api/institution/logo').set(bearer(declaranteA)).expect(403);
    }),
    'PUT /api/institution/certificate': run(async ({ t, adminA, declaranteA }) => {
      const passphrase = 'sello de alfa';
      const { p12 } = generateSelfSignedP12({ commonName: 'SELLO ALFA', organization: 'Alfa', years: 1, passphrase });
      await t.http().put('/api/institution/certificate').set(bearer(declaranteA)).attach('archivo', p12, 'a.p12').field('passphrase', passphrase).expect(403);
      await t.http().put('/api/institution/certificate').set(bearer(adminA)).attach('archivo', p12, 'a.p12').field('passphrase', passphrase).expect(200);
      const { rows } = await (await owner()).query(`SELECT institution_id FROM institution_certificates WHERE common_name = 'SELLO ALFA'`);
      expect(rows.map((r: { institution_id: string }) => r.institution_id)).toEqual([ALFA.id]);
    }),
    'POST /api/members/:id/deactivate': run(async ({ t, world, adminA, declaranteA }) => {
      const res = await t.http().post(`/api/members/${world.declaranteB.membershipId}/deactivate`).set(bearer(adminA)).expect(404);
      expect(JSON.stringify(res.body)).not.toContain(world.declaranteB.email);
      const { rows } = await (await owner()).query(`SELECT deactivated_at FROM memberships WHERE id = $1`, [world.declaranteB.membershipId]);
      expect(rows[0].deactivated_at).toBeNull();
      await t.http().post(`/api/members/${world.declaranteB.membershipId}/deactivate`).set(bearer(declaranteA)).expect(403);
    }),
    'POST /api/members/:id/reactivate': run(async ({ t, world, adminA, declaranteA }) => {
      await (await owner()).query(`UPDATE memberships SET deactivated_at = now() WHERE id = $1`, [world.declaranteB.membershipId]);
      await t.http().post(`/api/members/${world.declaranteB.membershipId}/reactivate`).set(bearer(adminA)).expect(404);
      const { rows } = await (await owner()).query(`SELECT deactivated_at FROM memberships WHERE id = $1`, [world.declaranteB.membershipId]);
      expect(rows[0].deactivated_at).not.toBeNull();
      await (await owner()).query(`UPDATE memberships SET deactivated_at = NULL WHERE id = $1`, [world.declaranteB.membershipId]);
      await t.http().post(`/api/members/${world.declaranteB.membershipId}/reactivate`).set(bearer(declaranteA)).expect(403);
    }),
    'POST /api/invitations/:id/resend': run(async ({ t, adminA, declaranteA, beta }) => {
      const before = (await (await owner()).query(`SELECT token_hash FROM invitations WHERE id = $1`, [beta.invitationId])).rows[0].token_hash;
      await t.http().post(`/api/invitations/${beta.invitationId}/resend`).set(bearer(adminA)).expect(404);
      const after = (await (await owner()).query(`SELECT token_hash FROM invitations WHERE id = $1`, [beta.invitationId])).rows[0].token_hash;
      expect(after).toBe(before);
      await t.http().post(`/api/invitations/${beta.invitationId}/resend`).set(bearer(declaranteA)).expect(403);
    }),
  };
}
