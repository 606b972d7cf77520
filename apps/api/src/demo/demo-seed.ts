import fs from 'node:fs';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { AccountProvisioning } from '@veraz/accounts';
import type { InstitutionRole } from '@veraz/contracts';
import { DraftsService, EmploymentLevelService, SigningService } from '@veraz/declarations';
import { InstitutionsService } from '@veraz/institutions';
import type { CliRunner } from '../cli/cli-runner';
import { DEMO_FILINGS, signDemoFilings } from './demo-filings';

export interface DemoAccount {
  email: string;
  password: string;
  role: InstitutionRole | 'OPERADOR';
  nombre: string;
}

export interface DemoResult {
  created: boolean;
  institution: { slug: string; name: string };
  accounts: DemoAccount[];
  /** Folios of the demo filings signed now (empty when the demo already existed). */
  folios: string[];
}

export const DEMO_SLUG = 'demo';
const DEMO_NAME = 'Ayuntamiento de Demostración (datos ficticios)';

// Fictitious people of the reference S1 filings: their CURP and RFC have valid check digits.
const PEOPLE: Array<{ role: DemoAccount['role']; email: string; nombre: string; primerApellido: string; segundoApellido: string; curp?: string; rfc?: string; homoclave?: string }> = [
  { role: 'ADMIN_INSTITUCION', email: 'admin@demo.veraz.mx', nombre: 'José Ángel', primerApellido: 'Muñoz', segundoApellido: 'Peña', curp: 'MUPA820714HJCXXN04', rfc: 'MUPA820714', homoclave: 'LY3' },
  { role: 'REVISOR', email: 'revisor@demo.veraz.mx', nombre: 'Lucía', primerApellido: 'Ibarra', segundoApellido: 'Cabrera', curp: 'IACL840322MJCBRC00', rfc: 'IACL840322', homoclave: 'NAA' },
  { role: 'DECLARANTE', email: 'declarante@demo.veraz.mx', nombre: 'María Fernanda', primerApellido: 'Ordóñez', segundoApellido: 'Núñez', curp: 'OONF981102MMNRXR03', rfc: 'OONF981102', homoclave: 'LU1' },
  { role: 'OPERADOR', email: 'operador@demo.veraz.mx', nombre: 'Operación', primerApellido: 'Plataforma', segundoApellido: 'Veraz' },
];

/**
 * Creates the demo institution with an admin, a reviewer, a filer and a platform operator, and
 * signs demo filings of every tipo and format. The admin (a director general) also files, as
 * officials who run an institution must. The generated passwords are kept (mode 0600) under the
 * data folder so `npm start` can print them again; running it twice changes nothing. Runs through
 * the CLI runner (the `demo` command and `npm start` on an empty database).
 */
export async function seedDemo(app: INestApplicationContext, runner: CliRunner, dataDir: string): Promise<DemoResult> {
  const institutions = app.get(InstitutionsService);
  const provisioning = app.get(AccountProvisioning);
  const file = path.join(dataDir, 'demo-accounts.json');
  const existing = await runner.platform(() => institutions.findBySlug(DEMO_SLUG));
  if (existing) {
    const accounts = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as DemoAccount[]) : [];
    return { created: false, institution: { slug: existing.slug, name: existing.name }, accounts, folios: [] };
  }
  const institution = await runner.newInstitution(() => institutions.create({ slug: DEMO_SLUG, name: DEMO_NAME }, null));
  // A municipality's executive: what its filers' employment sections start from.
  await runner.tenant(institution, () => institutions.setEntePublico(institution.id, { nivelOrdenGobierno: 'MUNICIPAL_ALCALDIA', ambitoPublico: 'EJECUTIVO' }, null));
  const accounts: DemoAccount[] = [];
  const created = new Map<DemoAccount['role'], { userId: string; password: string }>();
  for (const person of PEOPLE) {
    const found = await runner.platform(() => provisioning.findUserByEmail(person.email));
    if (found) continue;
    const { user, password } = await runner.platform(() => provisioning.createUser({ ...person, isOperator: person.role === 'OPERADOR' }));
    const roles: InstitutionRole[] = person.role === 'ADMIN_INSTITUCION' ? ['ADMIN_INSTITUCION', 'DECLARANTE'] : person.role === 'OPERADOR' ? [] : [person.role];
    if (roles.length) await runner.tenant(institution, () => provisioning.grantRoles(user.id, roles, null));
    created.set(person.role, { userId: user.id, password });
    accounts.push({ email: person.email, password, role: person.role, nombre: `${person.nombre} ${person.primerApellido}` });
  }
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(accounts, null, 2), { mode: 0o600 });

  const admin = created.get('ADMIN_INSTITUCION');
  const filer = created.get('DECLARANTE');
  let folios: string[] = [];
  if (admin && filer) {
    const membershipOf = async (userId: string) => (await runner.tenant(institution, () => provisioning.membershipId(userId)))!;
    folios = await signDemoFilings(
      { drafts: app.get(DraftsService), signing: app.get(SigningService), levels: app.get(EmploymentLevelService) },
      (fn) => runner.tenant(institution, fn),
      admin.userId,
      [
        { ...admin, membershipId: await membershipOf(admin.userId), level: 'JEFE_DEPARTAMENTO_O_SUPERIOR', filings: DEMO_FILINGS.complete },
        { ...filer, membershipId: await membershipOf(filer.userId), level: 'INFERIOR_A_JEFE_DEPARTAMENTO', filings: DEMO_FILINGS.simplified },
      ],
    );
  }
  return { created: true, institution: { slug: institution.slug, name: institution.name }, accounts, folios };
}

export function describeDemo(result: DemoResult): string {
  const lines = [`Institución de demostración: ${result.institution.name} (${result.institution.slug})`];
  if (result.accounts.length === 0) lines.push('  (las contraseñas de demostración no están disponibles en esta carpeta de datos)');
  for (const a of result.accounts) lines.push(`  ${a.role.padEnd(18)} ${a.email.padEnd(28)} contraseña: ${a.password}`);
  if (result.folios.length) lines.push(`  Declaraciones de demostración presentadas: ${result.folios.join(', ')}`);
  return lines.join('\n');
}
