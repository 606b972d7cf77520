import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateEfirmaLike, generateTestAuthority, generateTestCrl } from '@veraz/signing';
import { type CliResult, createTestDatabase, runCli, type TestDatabase } from '@veraz/testing';

describe('CLI: institution ca (certification authorities for e.firma)', () => {
  let database: TestDatabase;
  let env: Record<string, string | undefined>;
  let dir: string;
  const cli = (...args: string[]): Promise<CliResult> => runCli(args, env);

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'veraz-ca-'));
    env = { ...database.env, VERAZ_DATA_DIR: dir };
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
    expect((await cli('institution', 'ca', '--slug', 'alfa')).stderr).toContain('indica una de --add <archivo.cer>, --add-crl <archivo.crl>, --list o --remove <id>');
    expect((await cli('institution', 'ca', '--slug', 'no-existe', '--list')).stderr).toContain('no existe la institución no-existe');

    const list = await cli('institution', 'ca', '--slug', 'alfa', '--list');
    expect(list.stdout).toContain('Autoridades de Institución Alfa (1):');
    expect(list.stdout).toContain(`- ${id}`);
    expect((await cli('institution', 'ca', '--slug', 'alfa', '--remove', id!)).stdout).toContain(`Autoridad ${id} eliminada de Institución Alfa.`);
    const gone = await cli('institution', 'ca', '--slug', 'alfa', '--remove', id!);
    expect(gone.code).toBe(2);
    expect(gone.stderr).toContain(`Institución Alfa no tiene una autoridad ni una lista de revocación con id ${id}`);
  });

  it('loads, lists and removes a revocation list signed by a registered authority', async () => {
    const root = generateTestAuthority({ commonName: 'AC CON LISTA DE REVOCACIÓN' });
    const now = Date.now();
    const person = generateEfirmaLike({ rfc: 'MUPA820714LY3', name: 'ANA', notBefore: new Date(now), notAfter: new Date(now + 1e10), passphrase: 'x', issuer: root });
    const thisUpdate = new Date(Date.UTC(2026, 10, 1));
    const crl = path.join(dir, 'ac.crl');
    fs.writeFileSync(crl, await generateTestCrl({ issuer: root, revoked: [person.cer], thisUpdate, nextUpdate: new Date(Date.UTC(2026, 11, 1)) }));
    const foreignCrl = path.join(dir, 'ajena.crl');
    fs.writeFileSync(foreignCrl, await generateTestCrl({ issuer: generateTestAuthority({ commonName: 'AC AJENA' }), revoked: [] }));
    const cer = path.join(dir, 'ac-crl.cer');
    fs.writeFileSync(cer, root.certificate);

    const early = await cli('institution', 'ca', '--slug', 'alfa', '--add-crl', crl);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('Error: La lista de revocación no está firmada por ninguna autoridad registrada de la institución.');
    expect((await cli('institution', 'ca', '--slug', 'alfa', '--add', cer)).code).toBe(0);
    const added = await cli('institution', 'ca', '--slug', 'alfa', '--add-crl', crl);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Lista de revocación cargada para Institución Alfa:');
    expect(added.stdout).toContain('Emisor: CN=AC CON LISTA DE REVOCACIÓN, O=Veraz pruebas, C=MX');
    expect(added.stdout).toContain('Emitida: 2026-11-01T00:00:00.000Z');
    expect(added.stdout).toContain('Siguiente actualización: 2026-12-01T00:00:00.000Z');
    const crlId = added.stdout.match(/^- ([0-9a-f-]{36})$/m)?.[1];
    expect(crlId).toBeDefined();

    const again = await cli('institution', 'ca', '--slug', 'alfa', '--add-crl', crl);
    expect([again.code, again.stderr]).toEqual([2, expect.stringContaining('Error: La institución ya tiene cargada esa lista de revocación.')]);
    const foreign = await cli('institution', 'ca', '--slug', 'alfa', '--add-crl', foreignCrl);
    expect([foreign.code, foreign.stderr]).toEqual([2, expect.stringContaining('Error: La lista de revocación no está firmada por ninguna autoridad registrada de la institución.')]);
    const notCrl = await cli('institution', 'ca', '--slug', 'alfa', '--add-crl', cer);
    expect([notCrl.code, notCrl.stderr]).toEqual([2, expect.stringContaining('Error: El archivo no es una lista de revocación de certificados (.crl en DER o PEM).')]);
    const missing = await cli('institution', 'ca', '--slug', 'alfa', '--add-crl', path.join(dir, 'no-existe.crl'));
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('no se pudo leer la lista de revocación')]);
    expect((await cli('institution', 'ca', '--slug', 'alfa', '--add', cer, '--add-crl', crl)).code).toBe(2);

    const list = await cli('institution', 'ca', '--slug', 'alfa', '--list');
    expect(list.stdout).toContain('Autoridades de Institución Alfa (1):');
    expect(list.stdout).toContain('Listas de revocación de Institución Alfa (1):');
    expect(list.stdout).toContain(`- ${crlId}\n  Emisor: CN=AC CON LISTA DE REVOCACIÓN, O=Veraz pruebas, C=MX\n  Emitida: 2026-11-01T00:00:00.000Z`);
    expect(list.stdout).toMatch(/Huella SHA-256: [0-9a-f]{64}\n$/);

    const removed = await cli('institution', 'ca', '--slug', 'alfa', '--remove', crlId!);
    expect([removed.code, removed.stdout]).toEqual([0, expect.stringContaining(`Lista de revocación ${crlId} eliminada de Institución Alfa.`)]);
    expect((await cli('institution', 'ca', '--slug', 'alfa', '--list')).stdout).toContain('Institución Alfa no ha cargado listas de revocación.');
  });
});
