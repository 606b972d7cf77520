import fs from 'node:fs';
import { makeTemporaryDataDir } from '@veraz/db';
import { privacyViolations } from '@veraz/projection';
import { validateItem, type Tipo } from '@veraz/standards';
import { freePort, runCli, startServer } from '@veraz/testing';
import { PdnClient, searchBody, type PdnProvider } from './pdn-client';

/**
 * The whole path an institution takes to become a PDN provider: `npm start` on the embedded
 * default (which signs the demo filings), credentials from the CLI, and the PDN's own calls.
 */
describe('the PDN against `npm start` with CLI-created credentials', () => {
  const dataDir = makeTemporaryDataDir('veraz-pdn-');
  let env: Record<string, string>;

  beforeAll(async () => {
    const port = await freePort();
    env = { VERAZ_DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(await freePort()), PUBLIC_URL: `http://127.0.0.1:${port}` };
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('answers the replayed PDN client with the public demo filings', async () => {
    const server = await startServer(env);
    const pdn = new PdnClient(env.PUBLIC_URL);
    try {
      const created = await runCli(['s1-client', 'create', '--institution', 'demo'], env);
      expect(created.code).toBe(0);
      const credentials = JSON.parse(created.stdout) as Omit<PdnProvider, 'supplier_id'>;
      expect(Object.keys(credentials).sort()).toEqual(['client_id', 'client_secret', 'password', 'token_url', 'url', 'username']);
      expect(credentials.url).toBe(`${env.PUBLIC_URL}/s1/demo/v2/declaraciones`);
      const provider: PdnProvider = { supplier_id: 'DEMO', ...credentials };

      const first = await pdn.search(provider, searchBody({ page: 1, pageSize: 10 }));
      expect(first.status).toBe(200);
      expect(first.body.pagination).toEqual({ pageSize: 10, page: 1, totalRows: 5, hasNextPage: false });
      for (const item of first.body.results) {
        expect(validateItem(item.metadata.tipo as Tipo, item)).toEqual([]);
        expect(privacyViolations(item)).toEqual([]);
      }
      expect(first.body.results.map((r: { metadata: { tipo: string } }) => r.metadata.tipo).sort()).toEqual(['CONCLUSIÓN', 'INICIAL', 'INICIAL', 'MODIFICACIÓN', 'MODIFICACIÓN']);

      const jose = await pdn.search(provider, searchBody({ form: { nombres: 'jose', totalIngresosNetosMin: '50000' } }));
      expect(jose.body.pagination.totalRows).toBe(3);

      const bulk = await pdn.bulkDownload(provider);
      expect(bulk.failedPages).toEqual([]);
      expect(new Set(bulk.rows.map((r) => r.id)).size).toBe(5);
    } finally {
      pdn.close();
      expect(await server.stop('SIGTERM')).toBe(0);
    }
  }, 180_000);
});
