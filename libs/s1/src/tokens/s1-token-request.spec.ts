import { randomBase62, S1_CREDENTIAL_CHARSET } from '../credentials/s1-secrets';
import { parseTokenRequest, tokenRequestClientId, type S1TokenRequestInput } from './s1-token-request';

const FORM = 'application/x-www-form-urlencoded';
const fields = { grant_type: 'password', username: 'pdn-usuario', password: 'clave', client_id: 'alfa-cliente', client_secret: 'secreto' };
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
const input = (over: Partial<S1TokenRequestInput> = {}): S1TokenRequestInput => ({ slug: 'alfa', contentType: FORM, body: { ...fields }, authorization: undefined, ...over });
const code = (over: Partial<S1TokenRequestInput>) => {
  try {
    parseTokenRequest(input(over));
    return 'ok';
  } catch (e) {
    return (e as { code: string }).code;
  }
};

describe('S1 token request', () => {
  it('takes the client from the body, the Basic header or both', () => {
    const expected = { clientId: 'alfa-cliente', clientSecret: 'secreto', username: 'pdn-usuario', password: 'clave' };
    expect(parseTokenRequest(input())).toEqual(expected);
    const { client_id: _i, client_secret: _s, ...rest } = fields;
    expect(parseTokenRequest(input({ body: rest, authorization: basic('alfa-cliente', 'secreto') }))).toEqual(expected);
    expect(parseTokenRequest(input({ authorization: basic('alfa-cliente', 'secreto') }))).toEqual(expected);
    expect(parseTokenRequest(input({ contentType: 'application/x-www-form-urlencoded; charset=utf-8' }))).toEqual(expected);
  });

  it('answers request problems with their own codes', () => {
    expect(code({ body: { ...fields, grant_type: undefined } })).toBe('e_4001');
    expect(code({ body: { ...fields, grant_type: 'refresh_token' } })).toBe('e_4002');
    expect(code({ body: { ...fields, username: '  ' } })).toBe('e_4001');
    expect(code({ body: { ...fields, password: ['a', 'b'] } })).toBe('e_4001');
    expect(code({ body: { ...fields, client_secret: undefined } })).toBe('e_4001');
    expect(code({ contentType: 'multipart/form-data; boundary=x' })).toBe('e_4001');
    expect(code({ contentType: undefined })).toBe('e_4001');
    expect(code({ body: { ...fields, scope: 'read' } })).toBe('ok');
    expect(code({ body: { ...fields, scope: 'read write' } })).toBe('e_4006');
    expect(code({ authorization: basic('otro-cliente', 'secreto') })).toBe('e_4003');
    expect(code({ authorization: basic('alfa-cliente', 'otro') })).toBe('e_4003');
    expect(code({ authorization: 'Basic sin-dos-puntos' })).toBe('e_4003');
    expect(code({ authorization: 'Bearer algo' })).toBe('ok');
  });

  it('ignores inherited properties of the parsed body', () => {
    const body = Object.create({ grant_type: 'password' }) as Record<string, unknown>;
    expect(code({ body })).toBe('e_4001');
  });
});

describe('generated credentials', () => {
  it('are base62 of the requested length', () => {
    for (const n of [1, 20, 43, 200]) {
      const value = randomBase62(n);
      expect(value).toHaveLength(n);
      expect(value).toMatch(/^[A-Za-z0-9]+$/);
      expect(value).toMatch(S1_CREDENTIAL_CHARSET);
    }
    expect(randomBase62(43)).not.toBe(randomBase62(43));
  });

  it('names the client a rate limit counts against, as the grant reads it, without ever failing', () => {
    expect(tokenRequestClientId({ body: { ...fields }, authorization: undefined })).toBe('alfa-cliente');
    expect(tokenRequestClientId({ body: {}, authorization: basic('beta-cliente', 'secreto') })).toBe('beta-cliente');
    // The header wins, as in parseTokenRequest (which then refuses the mismatch).
    expect(tokenRequestClientId({ body: { ...fields }, authorization: basic('beta-cliente', 'secreto') })).toBe('beta-cliente');
    expect(tokenRequestClientId({ body: { ...fields }, authorization: 'Basic sin-dos-puntos' })).toBe('alfa-cliente');
    expect(tokenRequestClientId({ body: { client_id: ['a', 'b'] }, authorization: undefined })).toBeUndefined();
    expect(tokenRequestClientId({ body: 'texto', authorization: undefined })).toBeUndefined();
  });
});
