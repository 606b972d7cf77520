import { randomUUID } from 'node:crypto';
import { AccountProvisioning } from '@veraz/accounts';
import { InstitutionsService } from '@veraz/institutions';
import { S1CredentialsService } from '@veraz/s1';
import { MissingDbContextError, UnitOfWork } from '@veraz/tenancy';
import { ALFA, BETA, seedWorld, type World } from './support/seed';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Only runners open transactions (see DbScope): a service called outside one refuses instead of
 * opening its own, and one called in the wrong context refuses instead of writing where it should not.
 */
describe('units of work are opened by runners only', () => {
  let t: TestApp;
  let world: World;
  let uow: UnitOfWork;

  beforeAll(async () => {
    t = await startTestApp();
    world = await seedWorld(t);
    uow = t.app.get(UnitOfWork);
  });
  afterAll(() => t.close());

  const count = async (sql: string, params: unknown[]) => Number((await (await t.owner()).query(sql, params)).rows[0].n);

  it('a service called outside any runner throws MissingDbContextError and writes nothing', async () => {
    await expect(t.app.get(InstitutionsService).create({ slug: 'sin-contexto', name: 'Sin contexto' }, null)).rejects.toBeInstanceOf(MissingDbContextError);
    await expect(t.app.get(InstitutionsService).list()).rejects.toBeInstanceOf(MissingDbContextError);
    await expect(t.app.get(S1CredentialsService).create({ institutionId: ALFA.id, actorUserId: null })).rejects.toBeInstanceOf(MissingDbContextError);
    await expect(t.app.get(AccountProvisioning).grantRoles(world.declaranteA.userId, ['REVISOR'], null)).rejects.toBeInstanceOf(MissingDbContextError);
    expect(await count(`SELECT count(*) AS n FROM institutions WHERE slug = $1`, ['sin-contexto'])).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM s1_clients`, [])).toBe(0);
  });

  it('a service called in another context refuses instead of writing to the wrong audit chain or institution', async () => {
    // A new institution starts its own chain: never created from the platform context nor from inside another institution's.
    await expect(uow.inTenant(ALFA.id, () => t.app.get(InstitutionsService).create({ slug: 'desde-alfa', name: 'Desde Alfa' }, null))).rejects.toBeInstanceOf(
      MissingDbContextError,
    );
    await expect(uow.inPlatform(() => t.app.get(InstitutionsService).create({ slug: 'desde-alfa', name: 'Desde Alfa' }, null))).rejects.toBeInstanceOf(
      MissingDbContextError,
    );
    // A change to one institution is never written to another institution's chain.
    await expect(uow.inTenant(BETA.id, () => t.app.get(InstitutionsService).setS1Shared(ALFA.id, true, null))).rejects.toBeInstanceOf(MissingDbContextError);
    // An institution's S1 credential is never created from another institution's context.
    await expect(uow.inTenant(BETA.id, () => t.app.get(S1CredentialsService).create({ institutionId: ALFA.id, actorUserId: null }))).rejects.toBeInstanceOf(
      MissingDbContextError,
    );
    expect(await count(`SELECT count(*) AS n FROM institutions WHERE slug = $1`, ['desde-alfa'])).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM audit_events WHERE institution_id = $1 AND action = 'institution.created'`, [ALFA.id])).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM s1_clients`, [])).toBe(0);
  });

  it('the same calls succeed inside the runner context they belong to', async () => {
    const newId = randomUUID();
    const created = await uow.inTenant(newId, () => t.app.get(InstitutionsService).create({ slug: 'con-contexto', name: 'Con contexto' }, null));
    expect(created).toMatchObject({ id: newId, slug: 'con-contexto' });
    const credential = await uow.inTenant(ALFA.id, () => t.app.get(S1CredentialsService).create({ institutionId: ALFA.id, actorUserId: null }));
    expect(credential.client_id).toMatch(/^alfa-/);
    expect(await count(`SELECT count(*) AS n FROM audit_events WHERE institution_id = $1 AND seq = 1 AND action = 'institution.created' AND details->>'slug' = $2`, [newId, 'con-contexto'])).toBe(1);
  });
});
