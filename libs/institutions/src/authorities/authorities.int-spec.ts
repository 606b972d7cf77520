import { Test, type TestingModule } from '@nestjs/testing';
import { ClsModule } from 'nestjs-cls';
import { Client } from 'pg';
import { AUDIT_ENTITIES } from '@veraz/audit';
import { VerazConfigModule } from '@veraz/config';
import { DatabaseModule } from '@veraz/db';
import { generateEfirmaLike, generateTestAuthority, generateTestCrl } from '@veraz/signing';
import { createTestDatabase, testConfig, type TestDatabase } from '@veraz/testing';
import { UnitOfWork } from '@veraz/tenancy';
import { InstitutionsModule } from '../institutions.module';
import { AuthoritiesService, InvalidAuthorityError } from './authorities.service';

const A = '0a000000-0000-4000-8000-00000000000a';
const B = '0b000000-0000-4000-8000-00000000000b';
const DAY = 24 * 3600 * 1000;

describe('institution authorities', () => {
  let database: TestDatabase;
  let module: TestingModule;
  let db: UnitOfWork;
  let authorities: AuthoritiesService;
  let owner: Client;
  const root = generateTestAuthority({ commonName: 'AC RAÍZ DE PRUEBAS' });
  const efirma = generateEfirmaLike({ rfc: 'MUPA820714LY3', name: 'ANA', notBefore: new Date(Date.now() - DAY), notAfter: new Date(Date.now() + 365 * DAY), passphrase: 'x', issuer: root });

  beforeAll(async () => {
    database = await createTestDatabase();
    owner = new Client({ connectionString: database.url });
    await owner.connect();
    await owner.query(`INSERT INTO institutions (id, slug, name) VALUES ($1, 'alfa', 'Alfa'), ($2, 'beta', 'Beta')`, [A, B]);
    module = await Test.createTestingModule({
      imports: [VerazConfigModule.forRoot(testConfig(database.appUrl)), ClsModule.forRoot({ global: true }), DatabaseModule.forRoot({ url: database.appUrl, entities: AUDIT_ENTITIES }), InstitutionsModule],
    }).compile();
    db = module.get(UnitOfWork);
    authorities = module.get(AuthoritiesService);
  });

  afterAll(async () => {
    await module.close();
    await owner.end();
    await database.drop();
  });

  it('stores an authority for one institution only, lists it, refuses a duplicate and removes it', async () => {
    const pem = `-----BEGIN CERTIFICATE-----\n${root.certificate.toString('base64')}\n-----END CERTIFICATE-----\n`;
    const added = await db.inTenant(A, () => authorities.add(Buffer.from(pem), null));
    expect(added.subject).toContain('CN=AC RAÍZ DE PRUEBAS');
    expect(added).not.toHaveProperty('certificate');
    await expect(db.inTenant(A, () => authorities.add(root.certificate, null))).rejects.toThrow('La institución ya tiene registrada esa autoridad.');
    expect((await db.inTenant(A, () => authorities.list())).map((a) => a.id)).toEqual([added.id]);
    expect(await db.inTenant(B, () => authorities.list())).toEqual([]);
    // Another institution can neither see nor delete it.
    expect(await db.inTenant(B, () => authorities.remove(added.id, null))).toBe(false);
    const { rows } = await owner.query(`SELECT action FROM audit_events WHERE institution_id = $1 ORDER BY seq`, [A]);
    expect(rows.map((r) => r.action)).toEqual(['institution.authority_added']);
    expect(await db.inTenant(A, () => authorities.remove(added.id, null))).toBe(true);
    expect(await db.inTenant(A, () => authorities.list())).toEqual([]);
    expect(await db.inTenant(A, () => authorities.remove('no-es-un-id', null))).toBe(false);
  });

  it('refuses a file that is not a certificate, and a certificate that is not an authority', async () => {
    await expect(db.inTenant(A, () => authorities.add(Buffer.from('basura'), null))).rejects.toBeInstanceOf(InvalidAuthorityError);
    await expect(db.inTenant(A, () => authorities.add(efirma.cer, null))).rejects.toThrow('El certificado no es de una autoridad certificadora (no puede emitir certificados).');
  });

  it('stores CRLs signed by a registered authority, per institution, and refuses any other', async () => {
    const other = generateTestAuthority({ commonName: 'AC SIN REGISTRAR' });
    const crl = await generateTestCrl({ issuer: root, revoked: [efirma.cer], thisUpdate: new Date(Date.UTC(2026, 5, 1)), nextUpdate: new Date(Date.UTC(2026, 6, 1)) });
    // No authority yet: nothing can have signed it.
    const unsigned = 'La lista de revocación no está firmada por ninguna autoridad registrada de la institución.';
    await expect(db.inTenant(A, () => authorities.addCrl(crl, null))).rejects.toThrow(unsigned);
    const authority = await db.inTenant(A, () => authorities.add(root.certificate, null));
    const foreign = await generateTestCrl({ issuer: other, revoked: [] });
    await expect(db.inTenant(A, () => authorities.addCrl(foreign, null))).rejects.toThrow(unsigned);
    // Named after a registered authority but signed with another key.
    const forged = await generateTestCrl({ issuer: { certificate: root.certificate, privateKey: other.privateKey }, revoked: [efirma.cer] });
    await expect(db.inTenant(A, () => authorities.addCrl(forged, null))).rejects.toThrow(unsigned);
    await expect(db.inTenant(A, () => authorities.addCrl(root.certificate, null))).rejects.toThrow('El archivo no es una lista de revocación de certificados (.crl en DER o PEM).');

    const pem = Buffer.from(`-----BEGIN X509 CRL-----\n${crl.toString('base64')}\n-----END X509 CRL-----\n`);
    const added = await db.inTenant(A, () => authorities.addCrl(pem, null));
    expect(added).toMatchObject({ issuer: authority.subject, thisUpdate: new Date(Date.UTC(2026, 5, 1)), nextUpdate: new Date(Date.UTC(2026, 6, 1)) });
    expect(added.fingerprintSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(added).not.toHaveProperty('crl');
    await expect(db.inTenant(A, () => authorities.addCrl(crl, null))).rejects.toThrow('La institución ya tiene cargada esa lista de revocación.');
    expect(await db.inTenant(A, () => authorities.listCrls())).toEqual([added]);
    // Row-level security: another institution neither sees nor deletes it, even by id.
    expect(await db.inTenant(B, () => authorities.listCrls())).toEqual([]);
    expect(await db.inTenant(B, () => authorities.removeCrl(added.id, null))).toBe(false);
    const { rows: stored } = await owner.query(`SELECT institution_id, crl FROM institution_authority_crls`);
    expect(stored.map((r) => [r.institution_id, (r.crl as Buffer).equals(crl)])).toEqual([[A, true]]);

    expect(await db.inTenant(A, () => authorities.removeCrl(added.id, null))).toBe(true);
    expect(await db.inTenant(A, () => authorities.listCrls())).toEqual([]);
    expect(await db.inTenant(A, () => authorities.removeCrl('no-es-un-id', null))).toBe(false);
    const { rows } = await owner.query(`SELECT action FROM audit_events WHERE institution_id = $1 AND action LIKE 'institution.crl%' ORDER BY seq`, [A]);
    expect(rows.map((r) => r.action)).toEqual(['institution.crl_added', 'institution.crl_removed']);
    await db.inTenant(A, () => authorities.remove(authority.id, null));
  });

  it("says whether an e.firma chains to the institution's authorities", async () => {
    const at = new Date();
    expect((await db.inTenant(B, () => authorities.assess({ certificate: efirma.cer, at }))).explicacion).toBe('La institución no ha registrado autoridades.');
    await db.inTenant(B, () => authorities.add(generateTestAuthority({ commonName: 'AC AJENA' }).certificate, null));
    const foreign = await db.inTenant(B, () => authorities.assess({ certificate: efirma.cer, at }));
    expect(foreign).toMatchObject({ estado: 'no_registrada', explicacion: 'No emitido por una autoridad registrada: el certificado no fue emitido por ninguna autoridad registrada.' });
    await db.inTenant(B, () => authorities.add(root.certificate, null));
    const issued = await db.inTenant(B, () => authorities.assess({ certificate: efirma.cer, at }));
    expect(issued).toMatchObject({ estado: 'registrada', explicacion: 'Emitido por una autoridad registrada.' });
    const late = await db.inTenant(B, () => authorities.assess({ certificate: efirma.cer, at: new Date(Date.now() + 400 * DAY) }));
    expect(late).toMatchObject({ estado: 'vencido_o_revocado', explicacion: 'Emitido por una autoridad registrada, pero el certificado ya había vencido al momento de la firma.' });

    // A loaded CRL counts from its revocation date: signatures made before it stay valid.
    const revokedAt = new Date(Math.floor(at.getTime() / 1000) * 1000 - 3600 * 1000); // a CRL states whole seconds
    const crl = await generateTestCrl({ issuer: root, revoked: [efirma.cer], revokedAt });
    await db.inTenant(B, () => authorities.addCrl(crl, null));
    const revoked = await db.inTenant(B, () => authorities.assess({ certificate: efirma.cer, at }));
    expect(revoked.estado).toBe('vencido_o_revocado');
    expect(revoked.chain?.revokedAt).toEqual(revokedAt);
    expect(revoked.explicacion).toMatch(
      /^Emitido por una autoridad registrada, pero el certificado fue revocado el \d+ de \p{L}+ de \d{4} a las \d{2}:\d{2} \(hora del centro de México\) por la autoridad que lo emitió, antes de la firma\.$/u,
    );
    expect((await db.inTenant(B, () => authorities.assess({ certificate: efirma.cer, at: new Date(revokedAt.getTime() - 1000) }))).estado).toBe('registrada');
    // Institution A loaded no CRL: the same signature is fine there.
    await db.inTenant(A, () => authorities.add(root.certificate, null));
    expect((await db.inTenant(A, () => authorities.assess({ certificate: efirma.cer, at }))).estado).toBe('registrada');
  });
});
