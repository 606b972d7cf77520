import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import type { VerazConfig } from '@veraz/config';
import { createTestDatabase, testConfig, type TestDatabase } from '@veraz/testing';
import { createApp } from '../../src/bootstrap/create-app';

export interface TestApp {
  app: INestApplication;
  config: VerazConfig;
  database: TestDatabase;
  http(): ReturnType<typeof request>;
  /** Owner connection for assertions and fixtures that bypass the application on purpose. */
  owner(): Promise<Client>;
  close(): Promise<void>;
}

/** The real application (same module, pipes, guards, filters) on a private database. */
export async function startTestApp(options: { env?: Record<string, string>; processJobs?: boolean } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = testConfig(database.appUrl, options.env);
  const app = await createApp({ config, databaseUrl: database.appUrl, processJobs: options.processJobs ?? true });
  await app.init();
  return asTestApp(app, config, database);
}

/** The TestApp handle around an initialised application and its private database. */
export function asTestApp(app: INestApplication, config: VerazConfig, database: TestDatabase): TestApp {
  let owner: Client | null = null;
  return {
    app,
    config,
    database,
    http: () => request(app.getHttpServer()),
    owner: async () => {
      if (!owner) {
        owner = new Client({ connectionString: database.url });
        await owner.connect();
      }
      return owner;
    },
    close: async () => {
      await owner?.end();
      await app.close();
      await database.drop();
    },
  };
}
