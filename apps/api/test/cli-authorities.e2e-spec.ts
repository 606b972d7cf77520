import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateEfirmaLike, generateTestAuthority } from '@veraz/signing';
import { type CliResult, createTestDatabase, runCli, type TestDatabase } from '@veraz/testing';

describe('CLI: institution ca (certification authorities for e.firma)', () => {
  let database: TestDatabase;
  let env: Record<string, string | undefined>;
  let dir: string;
  const cli = (...args: string[]): Promise<CliResult> => runCli(args, env);

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-ca-'));
    env = { DATABASE_URL: database.url, VERAZ_DATA_DIR: dir };
    expect((await cli('institution', 'create', '--slug', 'alfa', '--name', 'Institución Alfa')).code).toBe(0);
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await database.drop();
  });

  it('adds, lists and removes an authority, with Spanish errors and exit code 2', async () => {
    const root = generateTestAuthority({ commonName: 'AC DEL SERVICIO DE PRUEBAS' });
    const cer = path.join(dir, 'ac.cer');
    fs.writeFileSync(cer, root.certificate);
    const leaf = path.join(dir, 'persona.cer');
    const now = Date.now();
    fs.writeFileSync(leaf, generateEfirmaLike({ rfc: 'MUPA820714LY3', name: 'ANA', notBefore: new Date(now), notAfter: new Date(now + 1e10), passphrase: 'x', issuer: root }).cer);

    expect((await cli('institution', 'ca', '--slug', 'alfa', '--list')).stdout).toContain('Institución Alfa no ha registrado autoridades.');
    const added = await cli('institution', 'ca', '--slug', 'alfa', '--add', cer);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Autoridad registrada para Institución Alfa:');
    expect(added.stdout).toContain('Sujeto: CN=AC DEL SERVICIO DE PRUEBAS, O=Veraz pruebas, C=MX');
    const id = added.stdout.match(/^- ([0-9a-f-]{36})$/m)?.[1];
    expect(id).toBeDefined();

    const again = await cli('institution', 'ca', '--slug', 'alfa', '--add', cer);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Error: La institución ya tiene registrada esa autoridad.');
    const notCa = await cli('institution', 'ca', '--slug', 'alfa', '--add', leaf);
    expect(notCa.code).toBe(2);
    expect(notCa.stderr).toContain('Error: El certificado no es de una autoridad certificadora (no puede emitir certificados).');
    expect((await cli('institution', 'ca', '--slug', 'alfa', '--add', __filename)).stderr).toContain('Error: El archivo no es un certificado X.509 (.cer en DER o PEM).');
    expect((await cli('institution', 'ca', '--slug', 'alfa')).stderr).toContain('indica una de --add <archivo.cer>, --list o --remove <id>');
    expect((await cli('institution', 'ca', '--slug', 'no-existe', '--list')).stderr).toContain('no existe la institución no-existe');

    const list = await cli('institution', 'ca', '--slug', 'alfa', '--list');
    expect(list.stdout).toContain('Autoridades de Institución Alfa (1):');
    expect(list.stdout).toContain(`- ${id}`);
    expect((await cli('institution', 'ca', '--slug', 'alfa', '--remove', id!)).stdout).toContain(`Autoridad ${id} eliminada de Institución Alfa.`);
    const gone = await cli('institution', 'ca', '--slug', 'alfa', '--remove', id!);
    expect(gone.code).toBe(2);
    expect(gone.stderr).toContain(`Institución Alfa no tiene una autoridad con id ${id}`);
  });
});
