import { bearer, login, seedWorld, type World } from './support/seed';
import { startTestApp, type TestApp } from './support/test-app';
import { linkToken, waitForMail } from './support/wait';

describe('platform operators', () => {
  let t: TestApp;
  let world: World;
  let operator: string;

  beforeAll(async () => {
    t = await startTestApp();
    world = await seedWorld(t);
    operator = (await login(t, world.operator.email)).token;
  });
  afterAll(() => t.close());

  it('creates and lists institutions, with Spanish errors for bad or taken slugs', async () => {
    const created = await t.http().post('/api/platform/institutions').set(bearer(operator)).send({ slug: 'sefin-jalisco', name: 'Secretaría de la Hacienda Pública' }).expect(201);
    expect(created.body).toMatchObject({ slug: 'sefin-jalisco', name: 'Secretaría de la Hacienda Pública' });
    const list = await t.http().get('/api/platform/institutions').set(bearer(operator)).expect(200);
    expect(list.body.map((i: { slug: string }) => i.slug)).toEqual(['alfa', 'beta', 'sefin-jalisco']);
    const taken = await t.http().post('/api/platform/institutions').set(bearer(operator)).send({ slug: 'alfa', name: 'Otra' }).expect(409);
    expect(taken.body.errors).toEqual([{ path: 'slug', message: 'ya está en uso' }]);
    const bad = await t.http().post('/api/platform/institutions').set(bearer(operator)).send({ slug: 'Con Espacios', name: 'X' }).expect(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['name', 'slug']);
    // Written to the new institution's own chain (its first entry), not to the platform's.
    const owner = await t.owner();
    const { rows } = await owner.query(`SELECT seq, actor_user_id, details FROM audit_events WHERE institution_id = $1 AND action = 'institution.created'`, [created.body.id]);
    expect(rows).toEqual([{ seq: '1', actor_user_id: world.operator.userId, details: expect.objectContaining({ slug: 'sefin-jalisco', actorRole: 'OPERADOR' }) }]);
  });

  it('records the ente público when creating an institution or later, and lists it to operators', async () => {
    const half = await t.http().post('/api/platform/institutions').set(bearer(operator)).send({ slug: 'tsj', name: 'Tribunal Superior de Justicia', nivelOrdenGobierno: 'ESTATAL' }).expect(400);
    expect(half.body.errors).toEqual([{ path: 'ambitoPublico', message: expect.stringContaining('ORGANO_AUTONOMO') }]);
    const body = { slug: 'tsj', name: 'Tribunal Superior de Justicia', nivelOrdenGobierno: 'ESTATAL', ambitoPublico: 'JUDICIAL' };
    const created = await t.http().post('/api/platform/institutions').set(bearer(operator)).send(body).expect(201);
    expect(created.body).toEqual({ id: expect.any(String), ...body });
    await t.http().put(`/api/platform/institutions/${created.body.id}/ente-publico`).set(bearer(operator)).send({ nivelOrdenGobierno: 'FEDERAL', ambitoPublico: 'JUDICIAL' }).expect(200);
    const list = await t.http().get('/api/platform/institutions').set(bearer(operator)).expect(200);
    const tsj = list.body.find((i: { slug: string }) => i.slug === 'tsj');
    expect(tsj).toEqual({ ...created.body, nivelOrdenGobierno: 'FEDERAL' });
    // The creation entry of its chain carries the values it started with.
    const owner = await t.owner();
    const { rows } = await owner.query(`SELECT details FROM audit_events WHERE institution_id = $1 AND action = 'institution.created'`, [created.body.id]);
    expect(rows[0].details).toMatchObject({ nivelOrdenGobierno: 'ESTATAL', ambitoPublico: 'JUDICIAL' });
  });

  it('onboards a new institution by inviting its first admin', async () => {
    const created = await t.http().post('/api/platform/institutions').set(bearer(operator)).send({ slug: 'nueva', name: 'Institución Nueva' }).expect(201);
    const invitation = await t
      .http()
      .post(`/api/platform/institutions/${created.body.id}/invitations`)
      .set(bearer(operator))
      .send({ email: 'titular@nueva.mx', roles: ['ADMIN_INSTITUCION'] })
      .expect(201);
    expect(invitation.body).not.toHaveProperty('link');
    const token = linkToken(await waitForMail(t.config.dataDir, invitation.body.id), 'invitacion');
    const joined = await t
      .http()
      .post(`/api/invitation-links/${token}/accept`)
      .send({ password: 'frase de la titular nueva', nombre: 'Lucía', primerApellido: 'Ibarra', segundoApellido: 'Cabrera', curp: 'IACL840322MJCBRC00', rfc: 'IACL840322', homoclave: 'NAA' })
      .expect(200);
    expect(joined.body.institution.slug).toBe('nueva');
    expect(joined.body.roles).toEqual(['ADMIN_INSTITUCION']);
    const members = await t.http().get('/api/members').set(bearer(joined.body.accessToken)).expect(200);
    expect(members.body.total).toBe(1);
  });

  it('keeps operators out of institution data and non-operators out of platform routes', async () => {
    const members = await t.http().get('/api/members').set(bearer(operator)).expect(403);
    expect(members.body.message).toBe('Tu sesión no tiene una institución seleccionada.');
    await t.http().get('/api/audit-events').set(bearer(operator)).expect(403);
    const admin = await login(t, world.adminA.email);
    const res = await t.http().get('/api/platform/institutions').set(bearer(admin.token)).expect(403);
    expect(res.body.message).toBe('Solo los operadores de la plataforma pueden realizar esta acción.');
    await t.http().post('/api/platform/institutions').set(bearer(admin.token)).send({ slug: 'x1', name: 'Intento' }).expect(403);
  });
});
