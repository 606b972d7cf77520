import { AccountProvisioning } from '@veraz/accounts';
import { UnitOfWork } from '@veraz/tenancy';
import type { InstitutionRole } from '@veraz/contracts';
import type { TestApp } from './test-app';

export const PASSWORD = 'una contraseña de prueba';

/** Two institutions with fixed ids (twenty's seeded-tenants idea) and people in each. */
export const ALFA = { id: '0a000000-0000-4000-8000-00000000000a', slug: 'alfa', name: 'Institución Alfa' };
export const BETA = { id: '0b000000-0000-4000-8000-00000000000b', slug: 'beta', name: 'Institución Beta' };

export interface SeededPerson {
  email: string;
  userId: string;
  membershipId: string | null;
}

export interface World {
  adminA: SeededPerson;
  revisorA: SeededPerson;
  declaranteA: SeededPerson;
  adminB: SeededPerson;
  declaranteB: SeededPerson;
  operator: SeededPerson;
}

export async function seedWorld(t: TestApp): Promise<World> {
  const owner = await t.owner();
  await owner.query(`INSERT INTO institutions (id, slug, name) VALUES ($1, $2, $3), ($4, $5, $6)`, [
    ALFA.id, ALFA.slug, ALFA.name, BETA.id, BETA.slug, BETA.name,
  ]);
  const accounts = t.app.get(AccountProvisioning);
  const uow = t.app.get(UnitOfWork);
  const person = async (email: string, institutionId: string | null, roles: InstitutionRole[], isOperator = false): Promise<SeededPerson> => {
    const { user } = await uow.inAuth(() => accounts.createUser({ email, password: PASSWORD, nombre: 'Persona', primerApellido: email.split('@')[0], isOperator }));
    let membershipId: string | null = null;
    if (institutionId) {
      await uow.inTenant(institutionId, () => accounts.grantRoles(user.id, roles, null));
      const { rows } = await owner.query(`SELECT id FROM memberships WHERE user_id = $1 AND institution_id = $2`, [user.id, institutionId]);
      membershipId = rows[0].id;
    }
    return { email, userId: user.id, membershipId };
  };
  return {
    adminA: await person('admin.alfa@prueba.mx', ALFA.id, ['ADMIN_INSTITUCION']),
    revisorA: await person('revisor.alfa@prueba.mx', ALFA.id, ['REVISOR']),
    declaranteA: await person('declarante.alfa@prueba.mx', ALFA.id, ['DECLARANTE']),
    adminB: await person('admin.beta@prueba.mx', BETA.id, ['ADMIN_INSTITUCION']),
    declaranteB: await person('declarante.beta@prueba.mx', BETA.id, ['DECLARANTE']),
    operator: await person('operador@prueba.mx', null, [], true),
  };
}

export interface LoggedIn {
  token: string;
  cookie: string;
  body: Record<string, unknown>;
}

export async function login(t: TestApp, email: string, password = PASSWORD): Promise<LoggedIn> {
  const res = await t.http().post('/api/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const cookie = setCookie.find((c) => c.startsWith('veraz_refresh='))?.split(';')[0] ?? '';
  return { token: res.body.accessToken, cookie, body: res.body };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
