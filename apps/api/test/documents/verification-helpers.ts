import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { DatabaseDocumentStore, DOCUMENT_STORE, type DocumentStore } from '@veraz/documents';
import { createTestDatabase, testConfig } from '@veraz/testing';
import { CurrentTransaction, TenantContext } from '@veraz/tenancy';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/bootstrap/configure-app';
import { asTestApp, type TestApp } from '../support/test-app';

/**
 * The database document store, except that the first `failures` writes of acuses throw, as a
 * storage outage would. Counts every attempt per key.
 */
export class FlakyAcuseStore implements DocumentStore {
  readonly name: string;
  readonly attempts = new Map<string, number>();
  private failed = 0;

  constructor(
    private readonly inner: DocumentStore,
    private readonly failures: number,
  ) {
    this.name = inner.name;
  }

  async put(key: string, content: Buffer): Promise<void> {
    this.attempts.set(key, (this.attempts.get(key) ?? 0) + 1);
    if (key.startsWith('acuse/') && this.failed < this.failures) {
      this.failed++;
      throw new Error(`almacenamiento no disponible (falla simulada ${this.failed})`);
    }
    await this.inner.put(key, content);
  }

  get(key: string): Promise<Buffer | null> {
    return this.inner.get(key);
  }
}

/**
 * Like support/test-app's startTestApp (same module, configuration and in-process jobs), with
 * the document store replaced by a FlakyAcuseStore.
 */
export async function startAppWithFlakyStore(failures: number): Promise<TestApp & { store: () => FlakyAcuseStore }> {
  const database = await createTestDatabase();
  const config = testConfig(database.appUrl);
  let store: FlakyAcuseStore | null = null;
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot({ config, databaseUrl: database.appUrl, processJobs: true })] })
    .overrideProvider(DOCUMENT_STORE)
    .useFactory({
      factory: (db: CurrentTransaction, tenant: TenantContext) => (store = new FlakyAcuseStore(new DatabaseDocumentStore(db, tenant), failures)),
      inject: [CurrentTransaction, TenantContext],
    })
    .compile();
  const app: INestApplication = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, bufferLogs: true });
  configureApp(app, config);
  await app.init();
  return {
    ...asTestApp(app, config, database),
    store: () => {
      if (!store) throw new Error('the document store was not built');
      return store;
    },
  };
}

/** supertest: keep a binary body as a Buffer. */
export function binary(res: any, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
  res.on('end', () => done(null, Buffer.concat(chunks)));
  res.on('error', (e: Error) => done(e, Buffer.alloc(0)));
}

/** One part of a MIME message, bodies decoded (base64 and quoted-printable). */
export interface MimePart {
  headers: Record<string, string>;
  body: Buffer;
}

/** A small reader for the .eml files nodemailer writes: every leaf part with its decoded body. */
export function mimeParts(raw: string): MimePart[] {
  const split = raw.indexOf('\n\n');
  const headers = parseHeaders(raw.slice(0, split));
  const body = raw.slice(split + 2);
  const type = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith('multipart/') && boundary) {
    const pieces = body.split(`--${boundary}`).slice(1);
    return pieces.filter((p) => !p.startsWith('--')).flatMap((p) => mimeParts(p.replace(/^\r?\n/, '')));
  }
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  let decoded: Buffer;
  if (encoding === 'base64') decoded = Buffer.from(body.replace(/\s+/g, ''), 'base64');
  else if (encoding === 'quoted-printable') {
    decoded = Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
  } else decoded = Buffer.from(body, 'utf8');
  return [{ headers, body: decoded }];
}

function parseHeaders(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at > 0) out[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
  }
  return out;
}
