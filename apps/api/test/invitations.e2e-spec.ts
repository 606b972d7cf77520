import fs from 'node:fs';
import path from 'node:path';
import { AccountEmailHandler, curpCheckDigit, rfcCheckDigit } from '@veraz/accounts';
import { UnitOfWork } from '@veraz/tenancy';
import { addToRoster } from './support/roster';
import { bearer, login, PASSWORD, seedWorld, ALFA, type World } from './support/seed';
import { startTestApp, type TestApp } from './support/test-app';
import { linkToken, waitForMail } from './support/wait';

/** A CURP and an RFC whose check digits are right. */
function identity(curp16: string, rfc10: string) {
  const curp17 = `${curp16}0`;
  return { curp: curp17 + curpCheckDigit(curp17), rfc: rfc10, homoclave: `AB${rfcCheckDigit(`${rfc10}AB`)}` };
}

describe('joining an institution by invitation', () => {
  let t: TestApp;
  let world: World;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    world = await seedWorld(t);
    admin = (await login(t, world.adminA.email)).token;
    // Declarantes join only as a roster row with their CURP.
    const owner = await t.owner();
    for (const curp of ['OONF981102MMNRXR03', identity('GOMC900101HDFMRR', '').curp, identity('SINE900101HDFMRR', '').curp]) await addToRoster(owner, ALFA.id, { curp });
  });
  afterAll(() => t.close());

  async function invite(email: string, roles = ['DECLARANTE']) {
    const res = await t.http().post('/api/invitations').set(bearer(admin)).send({ email, roles }).expect(201);
    const mail = await waitForMail(t.config.dataDir, res.body.id);
    return { invitation: res.body, mail, token: linkToken(mail, 'invitacion') };
  }

  it('sends an e-mail with a working link and shows who invites, for which roles', async () => {
    const { invitation, mail, token } = await invite('nueva.persona@prueba.mx', ['DECLARANTE', 'REVISOR']);
    expect(invitation.status).toBe('PENDIENTE');
    // The link travels only in the e-mail to the invited address, never in the answer.
    expect(invitation).not.toHaveProperty('link');
    expect(JSON.stringify(invitation)).not.toContain(token);
    expect(mail).toContain(`http://veraz.test/invitacion/${token}`);
    expect(mail).toContain('To: nueva.persona@prueba.mx');
    expect(mail).toContain('Institución Alfa');
    expect(mail).toContain('Declarante, Revisor (Órgano Interno de Control)');
    const described = await t.http().get(`/api/invitation-links/${token}`).expect(200);
    expect(described.body).toMatchObject({ email: 'nueva.persona@prueba.mx', roles: ['DECLARANTE', 'REVISOR'], accountExists: false });
    expect(described.body.institution.name).toBe('Institución Alfa');
    // The token is stored only hashed.
    const owner = await t.owner();
    const { rows } = await owner.query(`SELECT token_hash FROM invitations WHERE id = $1`, [invitation.id]);
    expect(rows[0].token_hash).not.toContain(token);
  });

  it('registers a new person with validated CURP and RFC, never echoing them back', async () => {
    const { token } = await invite('registro@prueba.mx');
    const bad = await t
      .http()
      .post(`/api/invitation-links/${token}/accept`)
      .send({ password: 'corta', nombre: 'María Fernanda', primerApellido: 'Ordóñez', curp: 'OONF981102MMNRXR04', rfc: 'OONF981102', homoclave: 'LU2' })
      .expect(400);
    expect(bad.body.code).toBe('VALIDACION');
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'curp', message: 'el dígito verificador no corresponde' },
        { path: 'homoclave', message: 'el dígito verificador no corresponde' },
        { path: 'password', message: 'debe tener al menos 10 caracteres' },
      ]),
    );
    expect(JSON.stringify(bad.body)).not.toContain('OONF981102');

    const ok = await t
      .http()
      .post(`/api/invitation-links/${token}/accept`)
      .send({ password: 'mi frase secreta larga', nombre: 'María Fernanda', primerApellido: 'Ordóñez', segundoApellido: 'Núñez', curp: 'oonf981102mmnrxr03', rfc: 'OONF981102', homoclave: 'LU1' })
      .expect(200);
    expect(ok.body.institution.id).toBe(ALFA.id);
    expect(ok.body.roles).toEqual(['DECLARANTE']);
    expect(([] as string[]).concat(ok.headers['set-cookie'])[0]).toMatch(/^veraz_refresh=/);
    await t.http().get('/api/auth/session').set(bearer(ok.body.accessToken)).expect(200);
    await login(t, 'registro@prueba.mx', 'mi frase secreta larga');
    // A link works once.
    await t.http().get(`/api/invitation-links/${token}`).expect(400);
    const again = await t.http().post(`/api/invitation-links/${token}/accept`).send({ password: 'mi frase secreta larga' }).expect(400);
    expect(again.body.code).toBe('ENLACE_INVALIDO');
  });

  it('refuses a second account with the same CURP without saying whose it is', async () => {
    const { token } = await invite('duplicada@prueba.mx');
    const res = await t
      .http()
      .post(`/api/invitation-links/${token}/accept`)
      .send({ password: 'otra frase secreta larga', nombre: 'Otra', primerApellido: 'Persona', curp: 'OONF981102MMNRXR03', rfc: 'OONF981102', homoclave: 'LU1' })
      .expect(409);
    expect(res.body.code).toBe('CONFLICTO');
    expect(JSON.stringify(res.body)).not.toMatch(/OONF|registro@/);
  });

  it('lets a person who already has an account join with that account’s password', async () => {
    const { token } = await invite(world.adminB.email, ['REVISOR']);
    const described = await t.http().get(`/api/invitation-links/${token}`).expect(200);
    expect(described.body.accountExists).toBe(true);
    await t.http().post(`/api/invitation-links/${token}/accept`).send({ password: 'no es la suya 123' }).expect(401);
    const joined = await t.http().post(`/api/invitation-links/${token}/accept`).send({ password: PASSWORD }).expect(200);
    expect(joined.body.institution.slug).toBe('alfa');
    expect(joined.body.roles).toEqual(['REVISOR']);
    expect(joined.body.memberships.map((m: { institution: { slug: string } }) => m.institution.slug).sort()).toEqual(['alfa', 'beta']);
  });

  it('revokes a pending invitation and refuses duplicates and current members', async () => {
    const { invitation, token } = await invite('revocada@prueba.mx');
    const dup = await t.http().post('/api/invitations').set(bearer(admin)).send({ email: 'revocada@prueba.mx', roles: ['DECLARANTE'] }).expect(409);
    expect(dup.body.message).toMatch(/invitación pendiente/);
    const member = await t.http().post('/api/invitations').set(bearer(admin)).send({ email: world.declaranteA.email, roles: ['DECLARANTE'] }).expect(409);
    expect(member.body.message).toBe('Esa persona ya es miembro de la institución.');
    const revoked = await t.http().post(`/api/invitations/${invitation.id}/revoke`).set(bearer(admin)).expect(200);
    expect(revoked.body.status).toBe('REVOCADA');
    await t.http().get(`/api/invitation-links/${token}`).expect(400);
    const list = await t.http().get('/api/invitations').set(bearer(admin)).expect(200);
    expect(list.body.items.find((i: { id: string }) => i.id === invitation.id).status).toBe('REVOCADA');
    expect(list.body.items.every((i: Record<string, unknown>) => !('link' in i))).toBe(true);
  });

  it('does not send the e-mail of an invitation revoked before its job runs', async () => {
    const { invitation } = await invite('tarde@prueba.mx');
    await t.http().post(`/api/invitations/${invitation.id}/revoke`).set(bearer(admin)).expect(200);
    // Run the job again, as a retry would after the revocation.
    const handler = t.app.get(AccountEmailHandler);
    const result = await t.app
      .get(UnitOfWork)
      .inTenant(ALFA.id, () => handler.handle({ institutionId: ALFA.id, kind: 'invitation', invitationId: invitation.id }, { jobId: 'retry-after-revoke', attempt: 2 }));
    expect(result).toEqual({ sent: false });
    expect(fs.existsSync(path.join(t.config.dataDir, 'mail', 'retry-after-revoke.eml'))).toBe(false);
  });

  it('only lets admins invite', async () => {
    const declarante = await login(t, world.declaranteA.email);
    const res = await t.http().post('/api/invitations').set(bearer(declarante.token)).send({ email: 'x@prueba.mx', roles: ['DECLARANTE'] }).expect(403);
    expect(res.body.message).toBe('Tu rol en esta institución no permite esta acción.');
  });

  it('validates the invitation body with Spanish messages and field paths', async () => {
    const res = await t.http().post('/api/invitations').set(bearer(admin)).send({ email: 'no-es-correo', roles: ['JEFE'], extra: 1 }).expect(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'email', message: 'escribe un correo electrónico válido' },
        { path: 'roles', message: 'cada rol debe ser uno de: DECLARANTE, REVISOR, ADMIN_INSTITUCION' },
        { path: 'extra', message: 'no es un campo permitido' },
      ]),
    );
  });

  it('records the employment level chosen when inviting, so the new filer can start right away', async () => {
    const res = await t.http().post('/api/invitations').set(bearer(admin)).send({ email: 'con.nivel@prueba.mx', roles: ['DECLARANTE'], employmentLevel: 'INFERIOR_A_JEFE_DEPARTAMENTO' }).expect(201);
    expect(res.body.employmentLevel).toBe('INFERIOR_A_JEFE_DEPARTAMENTO');
    const token = linkToken(await waitForMail(t.config.dataDir, res.body.id), 'invitacion');
    const joined = await t
      .http()
      .post(`/api/invitation-links/${token}/accept`)
      .send({ password: 'mi frase secreta larga', nombre: 'Nivel', primerApellido: 'Registrado', ...identity('GOMC900101HDFMRR', 'GOMC900101') })
      .expect(200);
    const filer = bearer(joined.body.accessToken);
    expect((await t.http().get('/api/declarations/readiness').set(filer).expect(200)).body).toEqual({ canStart: true, employmentLevel: 'INFERIOR_A_JEFE_DEPARTAMENTO', reason: null });
    const started = await t.http().post('/api/declarations').set(filer).send({ tipo: 'INICIAL', fechaTomaPosesion: '2026-01-16' }).expect(201);
    expect(started.body.declaracionCompleta).toBe(false);
    const members = await t.http().get('/api/members?limit=200').set(bearer(admin)).expect(200);
    expect(members.body.items.find((m: { email: string }) => m.email === 'con.nivel@prueba.mx').employmentLevel).toBe('INFERIOR_A_JEFE_DEPARTAMENTO');
  });

  it('tells a filer invited without a level why they cannot start yet, before they try', async () => {
    const { token } = await invite('sin.nivel@prueba.mx');
    const joined = await t
      .http()
      .post(`/api/invitation-links/${token}/accept`)
      .send({ password: 'mi frase secreta larga', nombre: 'Sin', primerApellido: 'Nivel', ...identity('SINE900101HDFMRR', 'SINE900101') })
      .expect(200);
    const readiness = await t.http().get('/api/declarations/readiness').set(bearer(joined.body.accessToken)).expect(200);
    expect(readiness.body).toEqual({ canStart: false, employmentLevel: null, reason: expect.stringContaining('aún no registra tu nivel de empleo') });
    const refused = await t.http().post('/api/declarations').set(bearer(joined.body.accessToken)).send({ tipo: 'INICIAL', fechaTomaPosesion: '2026-01-16' }).expect(409);
    expect(refused.body.message).toBe(readiness.body.reason);
  });

  it('refuses an unknown employment level, and a level for someone who will not file', async () => {
    const unknown = await t.http().post('/api/invitations').set(bearer(admin)).send({ email: 'nivel.raro@prueba.mx', roles: ['DECLARANTE'], employmentLevel: 'DIRECTOR' }).expect(400);
    expect(unknown.body.errors).toEqual([{ path: 'employmentLevel', message: 'debe ser uno de: JEFE_DEPARTAMENTO_O_SUPERIOR, INFERIOR_A_JEFE_DEPARTAMENTO' }]);
    const notFiler = await t.http().post('/api/invitations').set(bearer(admin)).send({ email: 'revisora@prueba.mx', roles: ['REVISOR'], employmentLevel: 'JEFE_DEPARTAMENTO_O_SUPERIOR' }).expect(400);
    expect(notFiler.body.errors).toEqual([{ path: 'employmentLevel', message: 'el nivel de empleo solo se registra para quien tendrá el rol DECLARANTE' }]);
  });
});
