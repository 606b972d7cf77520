import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, knownVariables, loadConfig } from './load-config';

describe('configuration', () => {
  it('starts with no variables at all (the embedded default)', () => {
    const config = loadConfig({});
    expect(config.database.url).toBeUndefined();
    expect(config.queue.redisUrl).toBeUndefined();
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.dataDir).toBe(path.resolve('./data'));
  });

  it('stops with a Spanish message naming each bad variable', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ PORT: 'abc', LOG_LEVEL: 'verbose', REDIS_URL: 'localhost:6379' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.message).toContain('PORT debe ser un número entero (valor recibido: "abc")');
    expect(error!.message).toContain('LOG_LEVEL debe ser fatal, error, warn, info, debug, trace o silent');
    expect(error!.message).toContain('REDIS_URL debe ser una URL redis://servidor:6379');
  });

  it('never echoes a secret value in the error', () => {
    expect(() => loadConfig({ VERAZ_SECRET_KEY: 'corto-y-secreto' })).toThrow(/VERAZ_SECRET_KEY debe tener al menos 32 caracteres/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://usuario:clave-secreta@x/db' })).toThrow(ConfigError);
    try {
      loadConfig({ DATABASE_URL: 'mysql://usuario:clave-secreta@x/db', VERAZ_SECRET_KEY: 'corto-y-secreto' });
    } catch (e) {
      expect((e as Error).message).not.toMatch(/clave-secreta|corto-y-secreto/);
    }
  });

  it('keeps the owner apart from the app login, and needs the app login when the owner is given', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app:clave-app@db/veraz', DATABASE_OWNER_URL: 'postgres://owner:clave-dueño@db/veraz' });
    expect(config.database).toMatchObject({ url: 'postgres://app:clave-app@db/veraz', ownerUrl: 'postgres://owner:clave-dueño@db/veraz' });
    expect(() => loadConfig({ DATABASE_OWNER_URL: 'postgres://owner:clave-dueño@db/veraz' })).toThrow(
      /DATABASE_OWNER_URL necesita DATABASE_URL: la aplicación se conecta con el usuario de DATABASE_URL, nunca con el dueño/,
    );
    expect(() => loadConfig({ DATABASE_OWNER_URL: 'mysql://owner:clave-dueño@db/veraz' })).toThrow(/^(?![\s\S]*clave-dueño)[\s\S]*DATABASE_OWNER_URL debe ser una URL postgres/);
  });

  it('takes a direct URL past PgBouncer only for the app login that DATABASE_URL names', () => {
    const viaBouncer = 'postgres://app:clave-app@pgbouncer:6432/veraz';
    expect(loadConfig({ DATABASE_URL: viaBouncer }).database.directUrl).toBeUndefined();
    const config = loadConfig({ DATABASE_URL: viaBouncer, DATABASE_DIRECT_URL: 'postgres://app:clave-app@db:5432/veraz' });
    expect(config.database).toMatchObject({ url: viaBouncer, directUrl: 'postgres://app:clave-app@db:5432/veraz' });
    expect(() => loadConfig({ DATABASE_DIRECT_URL: 'postgres://app:clave-app@db/veraz' })).toThrow(/DATABASE_DIRECT_URL necesita DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: viaBouncer, DATABASE_DIRECT_URL: 'postgres://owner:clave-dueño@db/veraz' })).toThrow(
      /^(?![\s\S]*clave-dueño)[\s\S]*DATABASE_DIRECT_URL debe usar el mismo usuario que DATABASE_URL/,
    );
  });

  it('reads TRUST_PROXY as express does, trusting no proxy by default', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,::1' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', '::1']);
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.interno' })).toThrow(/TRUST_PROXY debe ser false, un número de proxies o una lista de IP\/CIDR/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(ConfigError);
  });

  it('requires the master secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/VERAZ_SECRET_KEY es obligatorio en producción/);
    expect(loadConfig({ NODE_ENV: 'production', VERAZ_SECRET_KEY: 'x'.repeat(40) }).isProduction).toBe(true);
  });

  it('.env.example documents exactly the variables the code reads', () => {
    const example = fs.readFileSync(path.resolve(__dirname, '../../../.env.example'), 'utf8');
    const documented = [...example.matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]).sort();
    expect(documented).toEqual(knownVariables());
  });
});
