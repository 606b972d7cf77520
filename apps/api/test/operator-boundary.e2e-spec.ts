import { AccountProvisioning, OperatorHoldsNoTenantRolesError } from '@veraz/accounts';
import { AuditLog } from '@veraz/audit';
import { UnitOfWork } from '@veraz/tenancy';
import { bearer, login, PASSWORD, seedWorld, type World } from './support/seed';
import { startTestApp, type TestApp } from './support/test-app';
import { linkToken, mailRecipient, waitForMail } from './support/wait';

const OPERATOR_EMAIL_MESSAGE =
  'Ese correo es de una cuenta de operación de la plataforma, que no puede tener roles en una institución. Invita a otro correo.';

/**
 * Issue 13, item 1: a platform operator invited itself as an institution's admin (the API answered
 * with the link), accepted with its own password and read full private declarations. Each step of
 * that attack now fails, and every operator action lands in the institution's own audit chain.
 */
describe('platform operators cannot join an institution', () => {
  let t: TestApp;
  let world: World;
  let operator: string;

  beforeAll(async () => {
    t = await startTestApp();
    world = await seedWorld(t);
    operator = (await login(t, world.operator.email)).token;
  });
  afterAll(() => t.close());

  const createInstitution = async (slug: string) =>
    (await t.http().post('/api/platform/institutions').set(bearer(operator)).send({ slug, name: `Institución ${slug}` }).expect(201)).body as { id: string };
  const operatorInvites = (institutionId: string, email: string) =>
    t.http().post(`/api/platform/institutions/${institutionId}/invitations`).set(bearer(operator)).send({ email, roles: ['ADMIN_INSTITUCION'] });

  it('replays the attack: no link in the answer, its own e-mail refused, acceptance refused, the database refuses the membership', async () => {
    const victim = await createInstitution('victima');

    // Step 1: the operator invites its own e-mail. Refused, with nothing saved and nothing sent.
    const self = await operatorInvites(victim.id, world.operator.email.toUpperCase()).expect(409);
    expect(self.body).toMatchObject({ code: 'OPERADOR_SIN_ROLES', errors: [{ path: 'email', message: OPERATOR_EMAIL_MESSAGE }] });
    const owner = await t.owner();
    expect((await owner.query(`SELECT count(*)::int AS n FROM invitations WHERE institution_id = $1`, [victim.id])).rows[0].n).toBe(0);

    // Step 2: an invitation to someone else carries no link; only that person's mailbox gets it.
    const other = await operatorInvites(victim.id, 'titular@victima.mx').expect(201);
    expect(Object.keys(other.body).sort()).toEqual(['createdAt', 'email', 'employmentLevel', 'expiresAt', 'id', 'roles', 'status']);
    const mail = await waitForMail(t.config.dataDir, other.body.id);
    expect(mailRecipient(mail)).toBe('titular@victima.mx');
    expect(JSON.stringify(other.body)).not.toContain(linkToken(mail, 'invitacion'));

    // Step 3: even holding a link to an operator's address (an invitation sent before that account
    // became an operator's), the operator's acceptance with its own password is refused.
    const pending = await operatorInvites(victim.id, 'nuevo.operador@prueba.mx').expect(201);
    const uow = t.app.get(UnitOfWork);
    await uow.inAuth(() =>
      t.app.get(AccountProvisioning).createUser({ email: 'nuevo.operador@prueba.mx', password: PASSWORD, nombre: 'Nuevo', primerApellido: 'Operador', isOperator: true }),
    );
    const token = linkToken(await waitForMail(t.config.dataDir, pending.body.id), 'invitacion');
    await t.http().post(`/api/invitation-links/${token}/accept`).send({ password: 'no es la suya 123' }).expect(401);
    const accepted = await t.http().post(`/api/invitation-links/${token}/accept`).send({ password: PASSWORD }).expect(409);
    expect(accepted.body).toMatchObject({
      code: 'OPERADOR_SIN_ROLES',
      message: 'Las cuentas de operación de la plataforma no pueden unirse a una institución. Pide que inviten a la persona con otro correo.',
    });
    expect(accepted.headers['set-cookie']).toBeUndefined();
    const newOperator = await login(t, 'nuevo.operador@prueba.mx');
    expect(newOperator.body).toMatchObject({ institution: null, roles: [], memberships: [] });
    await t.http().get('/api/filings').set(bearer(newOperator.token)).expect(403);

    // Step 4: no code path can write the combination: the service refuses, and so does the database itself.
    await expect(uow.inTenant(victim.id, () => t.app.get(AccountProvisioning).grantRoles(world.operator.userId, ['ADMIN_INSTITUCION'], null))).rejects.toBeInstanceOf(
      OperatorHoldsNoTenantRolesError,
    );
    await expect(
      owner.query(`INSERT INTO memberships (institution_id, user_id, roles) VALUES ($1, $2, ARRAY['ADMIN_INSTITUCION','REVISOR'])`, [victim.id, world.operator.userId]),
    ).rejects.toMatchObject({ code: '23514', constraint: 'memberships_not_operator' });
    await expect(owner.query(`UPDATE memberships SET user_id = $1 WHERE id = $2`, [world.operator.userId, world.declaranteA.membershipId])).rejects.toMatchObject({
      constraint: 'memberships_not_operator',
    });
    // Making a member an operator is refused too.
    await expect(owner.query(`UPDATE users SET is_operator = true WHERE id = $1`, [world.adminA.userId])).rejects.toMatchObject({
      code: '23514',
      constraint: 'users_operator_from_creation',
    });
    const { rows } = await owner.query(`SELECT count(*)::int AS n FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.is_operator`);
    expect(rows[0].n).toBe(0);
  });

  it('refuses an institution admin who invites an operator’s e-mail, saying no more than why', async () => {
    const admin = (await login(t, world.adminA.email)).token;
    const res = await t.http().post('/api/invitations').set(bearer(admin)).send({ email: world.operator.email, roles: ['REVISOR'] }).expect(409);
    expect(res.body).toMatchObject({ code: 'OPERADOR_SIN_ROLES', message: OPERATOR_EMAIL_MESSAGE });
    expect(JSON.stringify(res.body)).not.toMatch(/Persona|operador@/);
    const list = await t.http().get('/api/invitations').set(bearer(admin)).expect(200);
    expect(list.body.items.map((i: { email: string }) => i.email)).not.toContain(world.operator.email);
  });

  it('onboards an institution end to end with links read from the e-mails, and its admins see the operator’s actions', async () => {
    const created = await createInstitution('onboarding');
    await t.http().put(`/api/platform/institutions/${created.id}/s1-shared`).set(bearer(operator)).send({ compartida: true }).expect(200);
    const invitation = await operatorInvites(created.id, 'titular@onboarding.mx').expect(201);

    const adminMail = await waitForMail(t.config.dataDir, invitation.body.id);
    expect(mailRecipient(adminMail)).toBe('titular@onboarding.mx');
    // Whoever holds a session while opening the link still joins as the invited address.
    const bystander = (await login(t, world.declaranteA.email)).token;
    const adminJoined = await t
      .http()
      .post(`/api/invitation-links/${linkToken(adminMail, 'invitacion')}/accept`)
      .set(bearer(bystander))
      .send({ password: 'frase de la titular de onboarding', nombre: 'Lucía', primerApellido: 'Ibarra', curp: 'IACL840322MJCBRC00', rfc: 'IACL840322', homoclave: 'NAA' })
      .expect(200);
    expect(adminJoined.body).toMatchObject({ user: { email: 'titular@onboarding.mx' }, institution: { id: created.id }, roles: ['ADMIN_INSTITUCION'] });
    const admin = adminJoined.body.accessToken as string;

    // The new admin loads the roster first: a declarante joins only as a roster row with their CURP.
    const roster = await t
      .http()
      .post('/api/roster/imports')
      .set(bearer(admin))
      .set('Content-Type', 'text/csv')
      .send('curp,nombres,primer_apellido,fecha_alta,motivo\nOONF981102MMNRXR03,María Fernanda,Ordóñez,2025-01-02,alta')
      .expect(201);
    await t.http().post(`/api/roster/imports/${roster.body.id}/apply`).set(bearer(admin)).expect(200);
    const filerInvitation = await t.http().post('/api/invitations').set(bearer(admin)).send({ email: 'declarante@onboarding.mx', roles: ['DECLARANTE'] }).expect(201);
    expect(filerInvitation.body).not.toHaveProperty('link');
    const filerMail = await waitForMail(t.config.dataDir, filerInvitation.body.id);
    expect(mailRecipient(filerMail)).toBe('declarante@onboarding.mx');
    const filer = await t
      .http()
      .post(`/api/invitation-links/${linkToken(filerMail, 'invitacion')}/accept`)
      .send({ password: 'frase del declarante de onboarding', nombre: 'María Fernanda', primerApellido: 'Ordóñez', curp: 'OONF981102MMNRXR03', rfc: 'OONF981102', homoclave: 'LU1' })
      .expect(200);
    expect(filer.body).toMatchObject({ user: { email: 'declarante@onboarding.mx' }, institution: { id: created.id }, roles: ['DECLARANTE'] });

    // The institution's chain holds the operator's actions, authored by the operator and marked as such.
    const audit = await t.http().get('/api/audit-events?limit=100').set(bearer(admin)).expect(200);
    const byOperator = (audit.body as Array<{ seq: number; action: string; actorUserId: string | null; details: Record<string, unknown> }>)
      .filter((e) => e.details.actorRole === 'OPERADOR')
      .sort((a, b) => a.seq - b.seq);
    expect(byOperator.map((e) => [e.seq, e.action, e.actorUserId])).toEqual([
      [1, 'institution.created', world.operator.userId],
      [2, 'institution.s1_shared_changed', world.operator.userId],
      [3, 'invitation.created', world.operator.userId],
    ]);
    expect((audit.body as Array<{ action: string }>).map((e) => e.action)).toEqual(expect.arrayContaining(['invitation.accepted', 'member.added']));
    const chain = await t.app.get(UnitOfWork).inTenant(created.id, () => t.app.get(AuditLog).verify());
    expect(chain.ok).toBe(true);
    // The platform chain does not take them: they belong to the institution.
    const platform = await t.http().get('/api/platform/audit-events?limit=100').set(bearer(operator)).expect(200);
    expect((platform.body as Array<{ targetId: string | null }>).some((e) => e.targetId === created.id)).toBe(false);
    // Another institution's admin sees none of it.
    const other = (await login(t, world.adminA.email)).token;
    const otherAudit = await t.http().get('/api/audit-events?limit=100').set(bearer(other)).expect(200);
    expect((otherAudit.body as Array<{ targetId: string | null }>).some((e) => e.targetId === created.id)).toBe(false);
  });
});
