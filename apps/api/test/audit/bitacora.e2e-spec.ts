import type { AuditEventView } from '@veraz/contracts';
import { bearer, login, seedWorld, ALFA, type World } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';

/** The bitácora reads like Spanish: names instead of ids, objects named, and filters. */
describe('GET /api/audit-events: names and filters', () => {
  let t: TestApp;
  let world: World;
  let admin: string;
  let revisor: string;
  let invitationId: string;

  beforeAll(async () => {
    t = await startTestApp({ processJobs: false });
    world = await seedWorld(t);
    const db = await t.owner();
    await db.query(`UPDATE users SET nombre = 'Ana', primer_apellido = 'López', segundo_apellido = 'Ruiz' WHERE id = $1`, [world.adminA.userId]);
    await db.query(`UPDATE users SET nombre = 'Beto', primer_apellido = 'Gómez', segundo_apellido = NULL WHERE id = $1`, [world.declaranteA.userId]);
    admin = (await login(t, world.adminA.email)).token;
    revisor = (await login(t, world.revisorA.email)).token;
    invitationId = (await t.http().post('/api/invitations').set(bearer(admin)).send({ email: 'nueva.persona@prueba.mx', roles: ['DECLARANTE'] }).expect(201)).body.id;
    await t.http().patch(`/api/members/${world.declaranteA.membershipId}`).set(bearer(admin)).send({ roles: ['DECLARANTE', 'REVISOR'] }).expect(200);
  });
  afterAll(() => t.close());

  const list = async (query: Record<string, string> = {}): Promise<AuditEventView[]> =>
    (await t.http().get('/api/audit-events').query(query).set(bearer(revisor)).expect(200)).body;

  it('names the actor and the object in Spanish', async () => {
    const events = await list();
    const invitation = events.find((e) => e.action === 'invitation.created')!;
    expect(invitation).toMatchObject({ actorUserId: world.adminA.userId, actorName: 'Ana López Ruiz', targetId: invitationId, targetLabel: 'Invitación a nueva.persona@prueba.mx' });
    const roles = events.find((e) => e.action === 'member.roles_changed')!;
    expect(roles).toMatchObject({ actorName: 'Ana López Ruiz', targetLabel: 'Miembro Beto Gómez' });
    const login = events.find((e) => e.action === 'auth.login' && e.actorUserId === world.revisorA.userId);
    expect(login?.actorName).toBe('Persona revisor.alfa');
  });

  it('does not name people of another institution', async () => {
    const db = await t.owner();
    // An entry in Alfa's chain whose actor belongs to Beta only (as an operator action would look).
    const { rows } = await db.query(`SELECT seq, hash FROM audit_events WHERE institution_id = $1 ORDER BY seq DESC LIMIT 1`, [ALFA.id]);
    await db.query(
      `INSERT INTO audit_events (institution_id, seq, occurred_at, actor_user_id, action, target_type, target_id, details, prev_hash, hash, hash_version)
       VALUES ($1, $2, now(), $3::uuid, 'member.added', 'user', $3::text, '{}', $4, $5, 2)`,
      [ALFA.id, Number(rows[0].seq) + 1, world.adminB.userId, rows[0].hash, 'e'.repeat(64)],
    );
    const entry = (await list({ action: 'member.added' })).find((e) => e.actorUserId === world.adminB.userId)!;
    expect(entry.actorName).toBeNull();
    expect(entry.targetLabel).toBe('Cuenta');
  });

  it('filters by action, by person and by date, and pages within the filter', async () => {
    const invitations = await list({ action: 'invitation.created' });
    expect(invitations.map((e) => e.targetId)).toEqual([invitationId]);
    const byAna = await list({ person: 'lópez' });
    expect(byAna.length).toBeGreaterThan(1);
    expect(new Set(byAna.map((e) => e.actorUserId))).toEqual(new Set([world.adminA.userId]));
    const logins = await list({ action: 'auth.login', limit: '1' });
    expect(logins).toHaveLength(1);
    const older = await list({ action: 'auth.login', beforeSeq: String(logins[0]!.seq) });
    expect(older.every((e) => e.action === 'auth.login' && e.seq < logins[0]!.seq)).toBe(true);
    expect(older.length).toBeGreaterThan(0);

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(new Date());
    expect((await list({ from: today, to: today })).length).toBeGreaterThan(3);
    expect(await list({ to: '2020-01-01' })).toEqual([]);
    expect(await list({ from: '2099-01-01' })).toEqual([]);
  });

  it('refuses bad filters with the field named in Spanish', async () => {
    for (const [query, path] of [[{ action: 'no.existe' }, 'action'], [{ from: '2026-02-30' }, 'from'], [{ to: 'ayer' }, 'to'], [{ person: 'x'.repeat(101) }, 'person']] as const) {
      const res = await t.http().get('/api/audit-events').query(query).set(bearer(revisor)).expect(400);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    }
  });
});
