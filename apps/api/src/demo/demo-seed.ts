import fs from 'node:fs';
import path from 'node:path';
import { AccountProvisioning } from '@veraz/accounts';
import type { InstitutionRole } from '@veraz/contracts';
import { InstitutionsService } from '@veraz/institutions';

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
 * Creates the demo institution with an admin, a reviewer, a filer and a platform operator. The
 * generated passwords are kept (mode 0600) under the data folder so `npm start` can print them
 * again; running it twice changes nothing.
 */
export async function seedDemo(deps: { institutions: InstitutionsService; accounts: AccountProvisioning; dataDir: string }): Promise<DemoResult> {
  const file = path.join(deps.dataDir, 'demo-accounts.json');
  const existing = await deps.institutions.findBySlug(DEMO_SLUG);
  if (existing) {
    const accounts = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as DemoAccount[]) : [];
    return { created: false, institution: { slug: existing.slug, name: existing.name }, accounts };
  }
  const institution = await deps.institutions.create({ slug: DEMO_SLUG, name: DEMO_NAME }, null);
  const accounts: DemoAccount[] = [];
  for (const person of PEOPLE) {
    const found = await deps.accounts.findUserByEmail(person.email);
    if (found) continue;
    const { user, password } = await deps.accounts.createUser({ ...person, isOperator: person.role === 'OPERADOR' });
    if (person.role !== 'OPERADOR') await deps.accounts.grantRoles(institution.id, user.id, [person.role], null);
    accounts.push({ email: person.email, password, role: person.role, nombre: `${person.nombre} ${person.primerApellido}` });
  }
  fs.mkdirSync(deps.dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(accounts, null, 2), { mode: 0o600 });
  return { created: true, institution: { slug: institution.slug, name: institution.name }, accounts };
}

export function describeDemo(result: DemoResult): string {
  const lines = [`Institución de demostración: ${result.institution.name} (${result.institution.slug})`];
  if (result.accounts.length === 0) lines.push('  (las contraseñas de demostración no están disponibles en esta carpeta de datos)');
  for (const a of result.accounts) lines.push(`  ${a.role.padEnd(18)} ${a.email.padEnd(28)} contraseña: ${a.password}`);
  return lines.join('\n');
}
