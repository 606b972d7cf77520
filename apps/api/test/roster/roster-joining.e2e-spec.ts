import { rfcCheckDigit } from '@veraz/accounts';
import { bearer, login, seedWorld, ALFA, type World } from '../support/seed';
import { validCurp } from '../support/roster';
import { startTestApp, type TestApp } from '../support/test-app';
import { linkToken, waitFor, waitForMail } from '../support/wait';

const HEADER = 'curp,nombres,primer_apellido,correo,nivel,fecha_alta,fecha_baja,motivo';
const ROSA = validCurp('MARR850315MDFRSS');
const JUAN = validCurp('GOJU700101HDFMNN');
const PASSWORD = 'mi frase secreta larga';

function registration(curp: string, nombre: string) {
  const rfc = curp.slice(0, 10);
  return { password: PASSWORD, nombre, primerApellido: 'Del Padrón', curp, rfc, homoclave: `AB${rfcCheckDigit(`${rfc}AB`)}` };
}

describe('joining follows the roster', () => {
  let t: TestApp;
  let world: World;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    world = await seedWorld(t);
    admin = (await login(t, world.adminA.email)).token;
  });
  afterAll(() => t.close());

  async function importCsv(...lines: string[]) {
    const preview = await t.http().post('/api/roster/imports').set(bearer(admin)).set('Content-Type', 'text/csv').send([HEADER, ...lines].join('\n')).expect(201);
    expect(preview.body.counts.ERROR).toBe(0);
    await t.http().post(`/api/roster/imports/${preview.body.id}/apply`).set(bearer(admin)).expect(200);
  }

  it('invites a roster row with an e-mail once, with its level, and accepts only the CURP of that row', async () => {
    await importCsv(`${ROSA},Rosa,Martínez,rosa@alfa.gob.mx,simplificada,2025-01-10,,alta`);
    const owner = await t.owner();
    const invitation = await waitFor(async () => (await owner.query(`SELECT id, roles, employment_level, roster_person_id FROM invitations WHERE email = 'rosa@alfa.gob.mx'`)).rows[0], 'roster invitation');
    expect(invitation).toMatchObject({ roles: ['DECLARANTE'], employment_level: 'INFERIOR_A_JEFE_DEPARTAMENTO' });
    const token = linkToken(await waitForMail(t.config.dataDir, invitation.id), 'invitacion');

    // A re-import (even with a new puesto) sends no second invitation.
    await importCsv(`${ROSA},Rosa,Martínez,rosa@alfa.gob.mx,simplificada,2025-01-10,,alta`);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await owner.query(`SELECT count(*)::int AS n FROM invitations WHERE email = 'rosa@alfa.gob.mx'`)).rows[0].n).toBe(1);

    const wrong = await t.http().post(`/api/invitation-links/${token}/accept`).send(registration(JUAN, 'Rosa')).expect(409);
    expect(wrong.body.message).toBe('Tu CURP no corresponde a ninguna persona del padrón de esta institución. Pide a la persona administradora que revise tu registro en el padrón.');
    expect(JSON.stringify(wrong.body)).not.toContain(JUAN.slice(0, 10));
    expect((await owner.query(`SELECT count(*)::int AS n FROM users WHERE email = 'rosa@alfa.gob.mx'`)).rows[0].n).toBe(0);

    const ok = await t.http().post(`/api/invitation-links/${token}/accept`).send(registration(ROSA, 'Rosa')).expect(200);
    expect(ok.body.roles).toEqual(['DECLARANTE']);
    const linked = await owner.query(`SELECT p.user_id = u.id AS linked FROM roster_people p, users u WHERE p.curp = $1 AND u.email = 'rosa@alfa.gob.mx'`, [ROSA]);
    expect(linked.rows[0].linked).toBe(true);
  });

  it('refuses a manual declarante invitation whose CURP is not on the roster; an admin-only invitation needs no roster row', async () => {
    const manual = await t.http().post('/api/invitations').set(bearer(admin)).send({ email: 'juan@alfa.gob.mx', roles: ['DECLARANTE'] }).expect(201);
    const token = linkToken(await waitForMail(t.config.dataDir, manual.body.id), 'invitacion');
    await t.http().post(`/api/invitation-links/${token}/accept`).send(registration(JUAN, 'Juan')).expect(409);

    const adminOnly = await t.http().post('/api/invitations').set(bearer(admin)).send({ email: 'admin2@alfa.gob.mx', roles: ['ADMIN_INSTITUCION'] }).expect(201);
    const adminToken = linkToken(await waitForMail(t.config.dataDir, adminOnly.body.id), 'invitacion');
    await t.http().post(`/api/invitation-links/${adminToken}/accept`).send(registration(validCurp('AADM800101HDFDMN'), 'Admin')).expect(200);

    await importCsv(`${JUAN},Juan,Gómez,,completa,2025-02-01,,alta`);
    const ok = await t.http().post(`/api/invitation-links/${token}/accept`).send(registration(JUAN, 'Juan')).expect(200);
    expect(ok.body.institution.id).toBe(ALFA.id);
  });

  it('ends reviewer and admin roles on the baja date, keeping the declarante role', async () => {
    const invite = await t.http().post('/api/invitations').set(bearer(admin)).send({ email: 'oic@alfa.gob.mx', roles: ['DECLARANTE', 'REVISOR'] }).expect(201);
    const curp = validCurp('OICR800101HDFCRR');
    await importCsv(`${curp},Óscar,Contralor,,completa,2024-01-01,,alta`);
    const token = linkToken(await waitForMail(t.config.dataDir, invite.body.id), 'invitacion');
    await t.http().post(`/api/invitation-links/${token}/accept`).send(registration(curp, 'Óscar')).expect(200);
    let session = (await login(t, 'oic@alfa.gob.mx', PASSWORD)).token;
    await t.http().get('/api/roster').set(bearer(session)).expect(200);

    // A baja still ahead keeps the roles until that day.
    await importCsv(`${curp},Óscar,Contralor,,completa,2024-01-01,2099-12-31,baja`);
    await t.http().get('/api/roster').set(bearer(session)).expect(200);

    // Corrected to a past date: the roles are gone at once, the declarante role stays.
    await importCsv(`${curp},Óscar,Contralor,,completa,2024-01-01,2025-06-30,baja`);
    await t.http().get('/api/roster').set(bearer(session)).expect(403);
    const me = await t.http().get('/api/auth/session').set(bearer(session)).expect(200);
    expect(me.body.roles ?? me.body.memberships?.[0]?.roles).toEqual(['DECLARANTE']);
    session = (await login(t, 'oic@alfa.gob.mx', PASSWORD)).token;
    await t.http().get('/api/roster').set(bearer(session)).expect(403);
    const audit = await (await t.owner()).query(`SELECT details FROM audit_events WHERE action = 'roster.staff_roles_ended' ORDER BY seq`);
    expect(audit.rows.map((r: { details: { endsOn: string } }) => r.details.endsOn)).toEqual(['2099-12-31', '2025-06-30']);
  });
});
