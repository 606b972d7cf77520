import { X509Certificate } from 'node:crypto';
import { describeP12, generateSelfSignedP12, P12Error, P12PdfSigner } from './index';

describe('P12 certificates', () => {
  const passphrase = 'frase-secreta-9431';
  const generated = generateSelfSignedP12({ commonName: 'Sello de Pruebas Ñuñoa', organization: 'Órgano Interno de Control', years: 3, passphrase });

  it('describes a generated P12', () => {
    const description = describeP12(generated.p12, passphrase);
    const x509 = new X509Certificate(generated.certificatePem);
    expect(description).toEqual({
      commonName: 'Sello de Pruebas Ñuñoa',
      organization: 'Órgano Interno de Control',
      notBefore: expect.any(Date),
      notAfter: generated.notAfter,
      fingerprintSha256: x509.fingerprint256.replace(/:/g, '').toLowerCase(),
    });
    const years = (description.notAfter.getTime() - description.notBefore.getTime()) / (365.25 * 24 * 3600 * 1000);
    expect(Math.round(years)).toBe(3);
    expect(Math.abs(description.notBefore.getTime() - Date.now())).toBeLessThan(5 * 60_000);
    expect(x509.subject).toContain('CN=Sello de Pruebas Ñuñoa');
  });

  it('gives the signer name from the certificate', () => {
    expect(new P12PdfSigner(generated.p12, passphrase).signerName).toBe('Sello de Pruebas Ñuñoa');
  });

  it('rejects a wrong passphrase with a clear Spanish message that does not repeat it', () => {
    const wrong = 'no-es-la-frase-77';
    for (const attempt of [() => describeP12(generated.p12, wrong), () => new P12PdfSigner(generated.p12, wrong)]) {
      let error: unknown;
      try {
        attempt();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(P12Error);
      expect((error as P12Error).code).toBe('wrong_passphrase');
      expect((error as Error).message).toBe('La contraseña del archivo .p12 no es correcta.');
      expect((error as Error).message).not.toContain(wrong);
      expect((error as Error).message).not.toContain(passphrase);
    }
  });

  it('rejects a file that is not a P12', () => {
    expect(() => describeP12(Buffer.from('esto no es un certificado'), passphrase)).toThrow(
      new P12Error('invalid_file', 'El archivo no es un certificado .p12/.pfx válido.'),
    );
  });
});
