import fs from 'node:fs';
import { TEST_ENV, withAdmin } from '../test-database';

/** Drops this run's databases (template and clones) and stops the embedded server. */
export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env[TEST_ENV.serverUrl];
  const runId = process.env[TEST_ENV.runId];
  if (serverUrl && runId) {
    await withAdmin(serverUrl, async (admin) => {
      const { rows } = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`,
        [`veraz\\_t\\_${runId}\\_%`, `veraz_tpl_${runId}`],
      );
      for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }).catch((err: Error) => console.warn(`no se pudieron borrar las bases de prueba: ${err.message}`));
  }
  const embedded = globalThis.__verazEmbedded;
  if (embedded) {
    await embedded.handle.stop();
    fs.rmSync(embedded.dir, { recursive: true, force: true });
  }
}
