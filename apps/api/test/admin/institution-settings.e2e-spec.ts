import { generateSelfSignedP12 } from '@veraz/signing';
import { bearer, login, seedWorld, ALFA, BETA, type World } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);

describe('institution settings (admin)', () => {
  let t: TestApp;
  let world: World;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    world = await seedWorld(t);
    admin = (await login(t, world.adminA.email)).token;
  });
  afterAll(() => t.close());

  const put = (body: Record<string, unknown>) => t.http().put('/api/institution/settings').set(bearer(admin)).send(body);
  const valid = { name: 'Institución Alfa', signingLegalText: null, reminderOffsets: [30, 7, 1], requiresTaxConstancia: false };

  it('starts from the defaults: reminders 30, 7 and 1 days before, no constancia, no logo, no certificate', async () => {
    const res = await t.http().get('/api/institution/settings').set(bearer(admin)).expect(200);
    expect(res.body).toEqual({
      slug: 'alfa',
      name: ALFA.name,
      hasLogo: false,
      signingLegalText: null,
      reminderOffsets: [30, 7, 1],
      requiresTaxConstancia: false,
      certificate: null,
    });
  });

  it('saves name, legal text, offsets (largest first) and the constancia switch, and audits what changed', async () => {
    const legal = 'Los datos personales se tratan conforme al aviso de privacidad de la Institución Alfa.';
    const res = await put({ name: '  Institución   Alfa del Estado ', signingLegalText: legal, reminderOffsets: [3, 15, 60], requiresTaxConstancia: true }).expect(200);
    expect(res.body).toMatchObject({ name: 'Institución Alfa del Estado', signingLegalText: legal, reminderOffsets: [60, 15, 3], requiresTaxConstancia: true });
    const owner = await t.owner();
    const { rows } = await owner.query(`SELECT name, reminder_offsets, requires_tax_constancia FROM institutions WHERE id = $1`, [ALFA.id]);
    expect(rows[0]).toEqual({ name: 'Institución Alfa del Estado', reminder_offsets: [60, 15, 3], requires_tax_constancia: true });
    const audit = await owner.query(`SELECT actor_user_id, details FROM audit_events WHERE institution_id = $1 AND action = 'settings.changed'`, [ALFA.id]);
    expect(audit.rows).toEqual([
      {
        actor_user_id: world.adminA.userId,
        details: {
          nombre: { antes: ALFA.name, despues: 'Institución Alfa del Estado' },
          textoLegalFirma: { caracteresAntes: 0, caracteresDespues: legal.length },
          diasRecordatorio: { antes: [30, 7, 1], despues: [60, 15, 3] },
          exigeConstanciaFiscal: { antes: false, despues: true },
        },
      },
    ]);
    // The filer reads the legal text in the signing dialog; Beta's filers do not.
    const filer = (await login(t, world.declaranteA.email)).token;
    expect((await t.http().get('/api/institution/signing-text').set(bearer(filer)).expect(200)).body).toEqual({ signingLegalText: legal });
    const beta = (await login(t, world.declaranteB.email)).token;
    expect((await t.http().get('/api/institution/signing-text').set(bearer(beta)).expect(200)).body).toEqual({ signingLegalText: null });
    // Saving the same values again changes nothing and writes no second entry.
    await put({ name: 'Institución Alfa del Estado', signingLegalText: legal, reminderOffsets: [60, 15, 3], requiresTaxConstancia: true }).expect(200);
    expect((await owner.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'settings.changed'`)).rows[0].n).toBe(1);
  });

  it('refuses offsets out of range or repeated, a long legal text and a short name, each with its field path', async () => {
    const res = await put({ name: 'Al', signingLegalText: 'x'.repeat(4001), reminderOffsets: [0, 7, 7, 366], requiresTaxConstancia: false }).expect(400);
    expect(res.body.code).toBe('VALIDACION');
    expect(res.body.errors).toEqual([
      { path: 'name', message: 'debe tener entre 3 y 200 caracteres' },
      { path: 'signingLegalText', message: 'admite hasta 4000 caracteres (tiene 4001)' },
      { path: 'reminderOffsets[0]', message: 'debe ser un número entero de días entre 1 y 365' },
      { path: 'reminderOffsets[2]', message: 'el día 7 está repetido' },
      { path: 'reminderOffsets[3]', message: 'debe ser un número entero de días entre 1 y 365' },
    ]);
    const notNumbers = await put({ ...valid, reminderOffsets: ['treinta'] }).expect(400);
    expect(notNumbers.body.errors).toEqual([{ path: 'reminderOffsets', message: 'cada día debe ser un número entero' }]);
    const noSwitch = await put({ ...valid, requiresTaxConstancia: 'sí' }).expect(400);
    expect(noSwitch.body.errors).toEqual([{ path: 'requiresTaxConstancia', message: 'debe ser verdadero o falso' }]);
    const { rows } = await (await t.owner()).query(`SELECT reminder_offsets FROM institutions WHERE id = $1`, [ALFA.id]);
    expect(rows[0].reminder_offsets).toEqual([60, 15, 3]);
  });

  it('takes a PNG logo, serves it back, and refuses other files and oversized ones', async () => {
    const up = await t.http().put('/api/institution/logo').set(bearer(admin)).attach('archivo', PNG, { filename: 'logo.png', contentType: 'image/png' }).expect(200);
    expect(up.body.hasLogo).toBe(true);
    const got = await t.http().get('/api/institution/logo').set(bearer(admin)).buffer(true).parse(binary).expect(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(got.body as Buffer, PNG)).toBe(0);

    const notPng = await t.http().put('/api/institution/logo').set(bearer(admin)).attach('archivo', Buffer.from('GIF89a...'), 'logo.png').expect(400);
    expect(notPng.body.errors).toEqual([{ path: 'archivo', message: 'el logotipo debe ser una imagen PNG' }]);
    const big = Buffer.concat([PNG, Buffer.alloc(256 * 1024)]);
    const tooBig = await t.http().put('/api/institution/logo').set(bearer(admin)).attach('archivo', big, 'logo.png').expect(413);
    expect(tooBig.body.errors).toEqual([{ path: 'archivo', message: 'el logotipo debe pesar como máximo 256 KB' }]);
    const none = await t.http().put('/api/institution/logo').set(bearer(admin)).field('otro', 'x').expect(400);
    expect(none.body.errors[0].path).toBe('archivo');

    const removed = await t.http().delete('/api/institution/logo').set(bearer(admin)).expect(200);
    expect(removed.body.hasLogo).toBe(false);
    await t.http().get('/api/institution/logo').set(bearer(admin)).expect(404);
    const { rows } = await (await t.owner()).query(`SELECT details FROM audit_events WHERE institution_id = $1 AND action = 'institution.logo_changed' ORDER BY seq`, [ALFA.id]);
    expect(rows.map((r: { details: unknown }) => r.details)).toEqual([{ bytes: PNG.length }, { bytes: 0 }]);
  });

  it('imports a P12 with its passphrase, shows the certificate and never the passphrase; a bad file or passphrase is a 400 on its field', async () => {
    const passphrase = 'frase secreta del sello 2026';
    const { p12 } = generateSelfSignedP12({ commonName: 'SELLO INSTITUCION ALFA', organization: 'Institución Alfa', years: 2, passphrase });
    const wrong = await t.http().put('/api/institution/certificate').set(bearer(admin)).attach('archivo', p12, 'sello.p12').field('passphrase', 'otra').expect(400);
    expect(wrong.body.errors).toEqual([{ path: 'passphrase', message: 'La contraseña del archivo .p12 no es correcta.' }]);
    const garbage = await t.http().put('/api/institution/certificate').set(bearer(admin)).attach('archivo', PNG, 'sello.p12').field('passphrase', passphrase).expect(400);
    expect(garbage.body.errors).toEqual([{ path: 'archivo', message: expect.stringContaining('.p12') }]);
    const missing = await t.http().put('/api/institution/certificate').set(bearer(admin)).attach('archivo', p12, 'sello.p12').expect(400);
    expect(missing.body.errors).toEqual([{ path: 'passphrase', message: 'escribe la contraseña del archivo .p12' }]);

    const res = await t.http().put('/api/institution/certificate').set(bearer(admin)).attach('archivo', p12, 'sello.p12').field('passphrase', passphrase).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.certificate).toMatchObject({ commonName: 'SELLO INSTITUCION ALFA', organization: 'Institución Alfa', selfSigned: false });
    expect(res.body.certificate.fingerprintSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(res.body)).not.toContain(passphrase);
    const again = await t.http().get('/api/institution/settings').set(bearer(admin)).expect(200);
    expect(again.body.certificate).toEqual(res.body.certificate);
    expect(JSON.stringify(again.body)).not.toContain(passphrase);
    const owner = await t.owner();
    const { rows } = await owner.query(`SELECT actor_user_id, details FROM audit_events WHERE institution_id = $1 AND action = 'institution.certificate_changed'`, [ALFA.id]);
    expect(rows).toEqual([{ actor_user_id: world.adminA.userId, details: expect.objectContaining({ autofirmado: false }) }]);
    expect(JSON.stringify(rows)).not.toContain(passphrase);
    expect((await owner.query(`SELECT count(*)::int AS n FROM institution_certificates WHERE institution_id = $1`, [BETA.id])).rows[0].n).toBe(0);
  });

  it('is for admins only; any member reads the signing text', async () => {
    const revisor = (await login(t, world.revisorA.email)).token;
    await t.http().get('/api/institution/settings').set(bearer(revisor)).expect(403);
    await t.http().put('/api/institution/settings').set(bearer(revisor)).send(valid).expect(403);
    await t.http().put('/api/institution/logo').set(bearer(revisor)).attach('archivo', PNG, 'logo.png').expect(403);
    await t.http().get('/api/institution/signing-text').set(bearer(revisor)).expect(200);
    await t.http().get('/api/institution/signing-text').expect(401);
  });
});

function binary(res: NodeJS.ReadableStream & { setEncoding: (e: string) => void }, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
