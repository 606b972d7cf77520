import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { type CliResult, createTestDatabase, runCli, type TestDatabase } from '@veraz/testing';

describe('operator CLI (npm run veraz -- …)', () => {
  let database: TestDatabase;
  let env: Record<string, string | undefined>;
  const cli = (...args: string[]): Promise<CliResult> => runCli(args, env);

  beforeAll(async () => {
    database = await createTestDatabase();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-cli-'));
    env = { ...database.env, REDIS_URL: process.env.REDIS_URL, VERAZ_DATA_DIR: dataDir, QUEUE_PREFIX: `cli${process.pid}` };
  });
  afterAll(() => database.drop());

  it('creates and lists institutions, with Spanish errors and exit code 2 on bad input', async () => {
    const created = await cli('institution', 'create', '--slug', 'alfa', '--name', 'Institución Alfa');
    expect(created).toMatchObject({ code: 0 });
    expect(created.stdout).toMatch(/^Institución creada: Institución Alfa \(alfa\)/);
    const again = await cli('institution', 'create', '--slug', 'alfa', '--name', 'Otra');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Error: Ya existe una institución con ese identificador (slug).');
    expect(again.stderr).toContain('- slug: ya está en uso');
    const missing = await cli('institution', 'create', '--slug', 'beta');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Error: falta la opción obligatoria --name <nombre>');
    const list = await cli('institution', 'list');
    expect(list.stdout).toContain('alfa');
    expect(list.stdout).toContain('Institución Alfa');
  });

  it('creates people with roles, generating a password when none is given', async () => {
    const admin = await cli('user', 'create', '--institution', 'alfa', '--email', 'Admin@Alfa.mx', '--role', 'ADMIN_INSTITUCION', '--nombre', 'Ana', '--primer-apellido', 'Alfa');
    expect(admin.code).toBe(0);
    expect(admin.stdout).toContain('Cuenta creada: admin@alfa.mx (ADMIN_INSTITUCION en alfa)');
    expect(admin.stdout).toMatch(/Contraseña generada: [A-Za-z0-9]{20}/);
    const more = await cli('user', 'create', '--institution', 'alfa', '--email', 'admin@alfa.mx', '--role', 'REVISOR');
    expect(more.stdout).toContain('roles en alfa: REVISOR, ADMIN_INSTITUCION');
    const operator = await cli('user', 'create', '--role', 'OPERADOR', '--email', 'op@veraz.mx', '--password', 'frase larga del operador');
    expect(operator.stdout).toContain('Cuenta creada: op@veraz.mx (OPERADOR)');
    expect(operator.stdout).not.toContain('Contraseña generada');
    // An operator never holds institution roles, and a member never becomes an operator.
    const operatorAsMember = await cli('user', 'create', '--institution', 'alfa', '--email', 'op@veraz.mx', '--role', 'DECLARANTE');
    expect(operatorAsMember.code).toBe(2);
    expect(operatorAsMember.stderr).toContain('Error: Una cuenta de operación de la plataforma no puede tener roles en una institución.');
    expect((await cli('user', 'create', '--role', 'OPERADOR', '--email', 'admin@alfa.mx')).code).toBe(2);
    const owner = new Client({ connectionString: database.url });
    await owner.connect();
    const { rows } = await owner.query(`SELECT u.email, m.roles FROM users u LEFT JOIN memberships m ON m.user_id = u.id ORDER BY u.email`);
    await owner.end();
    expect(rows).toEqual([
      { email: 'admin@alfa.mx', roles: ['REVISOR', 'ADMIN_INSTITUCION'] },
      { email: 'op@veraz.mx', roles: null },
    ]);
  });

  it('rejects bad roles, missing institutions and invalid CURP without echoing it', async () => {
    const role = await cli('user', 'create', '--institution', 'alfa', '--email', 'x@alfa.mx', '--role', 'JEFE');
    expect(role.code).toBe(2);
    expect(role.stderr).toContain('rol desconocido JEFE');
    const noInst = await cli('user', 'create', '--email', 'x@alfa.mx', '--role', 'DECLARANTE');
    expect(noInst.stderr).toContain('falta la opción --institution <slug>');
    const curp = await cli('user', 'create', '--institution', 'alfa', '--email', 'x@alfa.mx', '--role', 'DECLARANTE', '--nombre', 'Xo', '--primer-apellido', 'Ye', '--curp', 'XEXX010101HDFRRR09', '--rfc', 'XEXX010101', '--homoclave', 'AB1');
    expect(curp.code).toBe(2);
    expect(curp.stderr).toMatch(/- curp: /);
    expect(curp.stderr).not.toContain('XEXX010101HDFRRR09');
    const unknown = await cli('user', 'create', '--institution', 'nada', '--email', 'x@alfa.mx', '--role', 'DECLARANTE');
    expect(unknown.stderr).toContain('no existe la institución nada');
  });

  it('verifies the audit chains, creates the demo once, and migrates idempotently', async () => {
    const verify = await cli('audit', 'verify', '--institution', 'alfa');
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/Bitácora de Institución Alfa: íntegra \(\d+ entradas\)\./);
    expect((await cli('audit', 'verify', '--platform')).stdout).toMatch(/Bitácora de la plataforma: íntegra/);
    expect((await cli('audit', 'verify')).code).toBe(2);

    const demo = await cli('demo');
    expect(demo.stdout).toContain('Demostración creada.');
    for (const role of ['ADMIN_INSTITUCION', 'REVISOR', 'DECLARANTE', 'OPERADOR']) expect(demo.stdout).toContain(role);
    const demoAgain = await cli('demo');
    expect(demoAgain.stdout).toContain('La demostración ya existía.');
    expect(demoAgain.stdout).toContain('admin@demo.veraz.mx');

    // The demo signs filings of every tipo and format through the real signing path.
    const folios = [...demo.stdout.matchAll(/DEMO-\d{4}-\d{6}/g)].map((m) => m[0]);
    expect(folios).toHaveLength(5);
    const list = await cli('filing', 'list', '--institution', 'demo');
    expect(list.code).toBe(0);
    const lines = list.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    const described = lines.map((l) => l.split(/\s{2,}/).slice(0, 4).join(' | ')).sort();
    expect(described).toEqual(
      [
        `${folios[0]} | INICIAL | completa | José Ángel Muñoz Peña`,
        `${folios[1]} | MODIFICACIÓN | completa | José Ángel Muñoz Peña`,
        `${folios[2]} | CONCLUSIÓN | completa | José Ángel Muñoz Peña`,
        `${folios[3]} | INICIAL | simplificada | María Fernanda Ordóñez Núñez`,
        `${folios[4]} | MODIFICACIÓN | simplificada | María Fernanda Ordóñez Núñez`,
      ].sort(),
    );
    for (const line of lines) expect(line).toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
    expect((await cli('filing', 'list', '--institution', 'no-existe')).code).toBe(2);

    // The demo filings are published for S1; a rules change recomputes them from the filings.
    const republish = await cli('s1-republish', '--institution', 'demo', '--all');
    expect(republish.stdout).toContain('demo: 5 declaraciones recalculadas');
    expect((await cli('s1-republish', '--institution', 'demo')).stdout).toContain('demo: 0 declaraciones recalculadas');
    // The CLI does not run jobs: the demo filings still lack their documents, which can be queued again.
    expect((await cli('filing', 'render-missing', '--institution', 'demo')).stdout).toContain('demo: 5 acuses y 0 PDF encolados');
    expect((await cli('filing', 'render-missing', '--institution', 'no-existe')).code).toBe(2);

    // A logo for the acuses: only PNG files are taken.
    const pngFile = path.join(os.tmpdir(), `logo-${process.pid}.png`);
    fs.writeFileSync(pngFile, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]));
    expect((await cli('institution', 'logo', '--slug', 'demo', '--png', pngFile)).stdout).toContain('Logotipo de Ayuntamiento de Demostración (datos ficticios) registrado');
    const notPng = await cli('institution', 'logo', '--slug', 'demo', '--png', __filename);
    expect(notPng.code).toBe(2);
    expect(notPng.stderr).toContain('el logotipo debe ser una imagen PNG');
    const shared = await cli('institution', 's1-shared', '--slug', 'demo', '--on');
    expect(shared.stdout).toContain('demo: incluida en el punto S1 compartido.');
    expect((await cli('institution', 's1-shared', '--slug', 'demo')).code).toBe(2);
    // The orden de gobierno and ámbito that new drafts start from, with the S1 values only.
    expect((await cli('institution', 'ente-publico', '--slug', 'demo', '--orden', 'MUNICIPAL_ALCALDIA', '--ambito', 'LEGISLATIVO')).stdout).toContain('demo: orden de gobierno MUNICIPAL_ALCALDIA, ámbito LEGISLATIVO.');
    const badOrden = await cli('institution', 'ente-publico', '--slug', 'demo', '--orden', 'MUNICIPAL', '--ambito', 'EJECUTIVO');
    expect([badOrden.code, badOrden.stderr]).toEqual([2, expect.stringContaining('--orden debe ser uno de FEDERAL, ESTATAL, MUNICIPAL_ALCALDIA')]);
    expect((await cli('filing', 'list')).code).toBe(2);
    // The operator's CLI actions on the demo institution are in that institution's chain, marked as the operator's.
    const owner = new Client({ connectionString: database.url });
    await owner.connect();
    const { rows: entries } = await owner.query(
      `SELECT e.action, e.details->>'actorRole' AS by FROM audit_events e JOIN institutions i ON i.id = e.institution_id
       WHERE i.slug = 'demo' AND e.action LIKE 'institution.%' ORDER BY e.seq`,
    );
    const { rows: platformEntries } = await owner.query(`SELECT count(*)::int AS n FROM platform_audit_events WHERE action LIKE 'institution.%'`);
    await owner.end();
    expect(entries).toEqual([
      { action: 'institution.created', by: 'OPERADOR' },
      { action: 'institution.ente_publico_changed', by: 'OPERADOR' },
      { action: 'institution.logo_changed', by: 'OPERADOR' },
      { action: 'institution.s1_shared_changed', by: 'OPERADOR' },
      { action: 'institution.ente_publico_changed', by: 'OPERADOR' },
    ]);
    expect(platformEntries[0].n).toBe(0);
    expect((await cli('audit', 'verify', '--institution', 'demo')).stdout).toMatch(/íntegra/);

    expect((await cli('migrate')).stdout).toContain('La base de datos ya estaba al día.');
    expect((await cli('jobs', 'failed')).stdout).toContain('No hay trabajos fallidos.');
    const bogus = await cli('bogus');
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('comando desconocido bogus');
    // A dozen CLI processes, each booting the app, next to the browser suites on two cores.
  }, 240_000);
});
