import { Test, type TestingModule } from '@nestjs/testing';
import { ClsModule } from 'nestjs-cls';
import { Client } from 'pg';
import { AuditEvent } from '@veraz/audit';
import { DatabaseModule } from '@veraz/db';
import { generateEfirmaLike, generateTestAuthority } from '@veraz/signing';
import { createTestDatabase, type TestDatabase } from '@veraz/testing';
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
      imports: [ClsModule.forRoot({ global: true }), DatabaseModule.forRoot({ url: database.url, entities: [AuditEvent] }), InstitutionsModule],
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
  });
});
