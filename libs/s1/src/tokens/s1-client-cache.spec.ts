import type { S1ClientForToken } from '../credentials/s1-clients.repository';
import { S1ClientCache } from './s1-client-cache';

const row = (over: Partial<S1ClientForToken> = {}): S1ClientForToken => ({
  id: '6f0c1d7e-0000-4000-8000-000000000001',
  institution_id: null,
  institution_slug: null,
  client_secret_mac: 'a'.repeat(64),
  username: 'pdn',
  password_mac: 'b'.repeat(64),
  revoked_at: null,
  last_used_at: null,
  ...over,
});

describe('S1ClientCache', () => {
  let now = 1_800_000_000_000;
  beforeEach(() => jest.spyOn(Date, 'now').mockImplementation(() => now));
  afterEach(() => jest.restoreAllMocks());

  it('remembers a live credential for 30 s, then forgets it', () => {
    const cache = new S1ClientCache();
    cache.set('cid', row());
    now += 30_000;
    expect(cache.get('cid')?.username).toBe('pdn');
    now += 1;
    expect(cache.get('cid')).toBeUndefined();
  });

  it('never keeps a revoked credential', () => {
    const cache = new S1ClientCache();
    cache.set('cid', row({ revoked_at: new Date(now) }));
    expect(cache.get('cid')).toBeUndefined();
  });

  it('forgets everything when the clock goes back', () => {
    const cache = new S1ClientCache();
    cache.set('cid', row());
    now -= 5_000;
    expect(cache.get('cid')).toBeUndefined();
  });

  it('records the last use it wrote', () => {
    const cache = new S1ClientCache();
    cache.set('cid', row());
    const at = new Date(now);
    cache.touched('cid', at);
    expect(cache.get('cid')?.last_used_at).toBe(at);
  });
});
