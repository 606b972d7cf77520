import { randomBytes } from 'node:crypto';
import { seal, unseal } from './sealing';
import { canonicalJson } from './canonical-json';

describe('seal / unseal', () => {
  const key = randomBytes(32);

  it('round-trips a secret and never stores it in clear', () => {
    const sealed = seal(key, 'enlace-secreto-ñ', 'invitation:1');
    expect(sealed).not.toContain('enlace');
    expect(unseal(key, sealed, 'invitation:1')).toBe('enlace-secreto-ñ');
  });

  it('refuses a ciphertext moved to another row or a different key', () => {
    const sealed = seal(key, 'abc', 'invitation:1');
    expect(() => unseal(key, sealed, 'invitation:2')).toThrow();
    expect(() => unseal(randomBytes(32), sealed, 'invitation:1')).toThrow();
  });

  it('detects a tampered ciphertext', () => {
    const sealed = seal(key, 'abc');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('abd').toString('base64url');
    expect(() => unseal(key, parts.join('.'))).toThrow();
  });
});

describe('canonicalJson', () => {
  it('orders keys and formats numbers the RFC 8785 way', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'ñ'], c: 1.5e3 })).toBe('{"a":[true,null,"ñ"],"b":1,"c":1500}');
  });
});
