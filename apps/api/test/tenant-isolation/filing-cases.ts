import { bearer, ALFA } from '../support/seed';
import { caseOf, notFound, seedBetaDocument, type Isolation, type IsolationCases } from './beta-world';

/** Filings, their documents and reviews, and the S1 credentials that publish them. */
export function filingIsolationCases(x: () => Isolation): IsolationCases {
  const run = caseOf(x);
  return {
    'GET /api/filings': run(async ({ t, adminA, declaranteA, beta }) => {
      for (const token of [adminA, declaranteA]) {
        const res = await t.http().get('/api/filings').set(bearer(token)).expect(200);
        expect(res.body.items.map((f: { id: string }) => f.id)).not.toContain(beta.filingId);
      }
    }),
    'GET /api/filings/export.csv': run(async ({ t, adminA, beta }) => {
      const betaFolio = (await (await t.owner()).query(`SELECT folio FROM filings WHERE id = $1`, [beta.filingId])).rows[0].folio as string;
      // Alfa's admin exports Alfa's list: Beta's filing is not in it, not even when searched for by its folio.
      for (const q of [undefined, betaFolio]) {
        const res = await t.http().get('/api/filings/export.csv').query(q ? { q } : {}).set(bearer(adminA)).expect(200);
        expect(res.text).toContain('Folio,Declarante');
        expect(res.text).not.toContain(betaFolio);
      }
    }),
    'GET /api/filings/:id': run(async ({ t, adminA, beta }) => {
      const res = await t.http().get(`/api/filings/${beta.filingId}`).set(bearer(adminA)).expect(404);
      expect(JSON.stringify(res.body)).not.toContain('BETA-2026');
    }),
    'POST /api/filings/:id/corrections': run(async ({ t, declaranteA, beta }) => {
      await t.http().post(`/api/filings/${beta.filingId}/corrections`).set(bearer(declaranteA)).expect(404);
    }),
    'PUT /api/filings/:id/reservation': run(async ({ t, adminA, declaranteA, beta }) => {
      const body = { reservada: true, motivo: 'Acuerdo CT-01/2026 del Comité de Transparencia' };
      await t.http().put(`/api/filings/${beta.filingId}/reservation`).set(bearer(adminA)).send(body).expect(404);
      const { rows } = await (await t.owner()).query(`SELECT reserved FROM filings WHERE id = $1`, [beta.filingId]);
      expect(rows[0].reserved).toBe(false);
      await t.http().put(`/api/filings/${beta.filingId}/reservation`).set(bearer(declaranteA)).send(body).expect(403);
    }),
    'GET /api/s1-clients': run(async ({ t, adminA, declaranteA, beta }) => {
      const res = await t.http().get('/api/s1-clients').set(bearer(adminA)).expect(200);
      expect(res.body.map((c: { id: string }) => c.id)).not.toContain(beta.s1Client.id);
      expect(JSON.stringify(res.body)).not.toContain(beta.s1Client.client_id);
      await t.http().get('/api/s1-clients').set(bearer(declaranteA)).expect(403);
    }),
    'POST /api/s1-clients': run(async ({ t, adminA, declaranteA }) => {
      const res = await t.http().post('/api/s1-clients').set(bearer(adminA)).send({ label: 'Alfa' }).expect(201);
      expect(res.body.token_url).toMatch(/\/s1\/alfa\/oauth\/token$/);
      const { rows } = await (await t.owner()).query(`SELECT institution_id FROM s1_clients WHERE id = $1`, [res.body.id]);
      expect(rows[0].institution_id).toBe(ALFA.id);
      await t.http().post('/api/s1-clients').set(bearer(declaranteA)).send({}).expect(403);
    }),
    'POST /api/s1-clients/:id/revoke': run(async ({ t, adminA, declaranteA, beta }) => {
      const res = await t.http().post(`/api/s1-clients/${beta.s1Client.id}/revoke`).set(bearer(adminA)).expect(404);
      expect(res.body).toMatchObject(notFound);
      expect(JSON.stringify(res.body)).not.toContain(beta.s1Client.client_id);
      const { rows } = await (await t.owner()).query(`SELECT revoked_at FROM s1_clients WHERE id = $1`, [beta.s1Client.id]);
      expect(rows[0].revoked_at).toBeNull();
      await t.http().post(`/api/s1-clients/${beta.s1Client.id}/revoke`).set(bearer(declaranteA)).expect(403);
    }),
    'GET /api/filings/:id/documents': run(async ({ t, adminA, declaranteA, beta }) => {
      const sha = await seedBetaDocument(t, beta.filingId);
      for (const token of [adminA, declaranteA]) {
        const res = await t.http().get(`/api/filings/${beta.filingId}/documents`).set(bearer(token)).expect(404);
        expect(res.body).toMatchObject(notFound);
        expect(JSON.stringify(res.body)).not.toContain(sha);
      }
    }),
    'GET /api/filings/:id/documents/:kind': run(async ({ t, adminA, declaranteA, beta }) => {
      const sha = await seedBetaDocument(t, beta.filingId);
      for (const token of [adminA, declaranteA]) {
        const res = await t.http().get(`/api/filings/${beta.filingId}/documents/acuse`).set(bearer(token)).expect(404);
        expect(res.body).toMatchObject(notFound);
        expect(res.headers['x-content-sha256']).toBeUndefined();
        expect(JSON.stringify(res.body)).not.toContain(sha);
      }
      const { rows } = await (await t.owner()).query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'document.downloaded'`);
      expect(rows[0].n).toBe(0);
    }),
    'GET /api/filings/:id/review': run(async ({ t, adminA, declaranteA, beta }) => {
      const res = await t.http().get(`/api/filings/${beta.filingId}/review`).set(bearer(adminA)).expect(404);
      expect(res.body).toMatchObject(notFound);
      await t.http().get(`/api/filings/${beta.filingId}/review`).set(bearer(declaranteA)).expect(403);
    }),
    'PUT /api/filings/:id/review': run(async ({ t, adminA, declaranteA, beta }) => {
      await t.http().put(`/api/filings/${beta.filingId}/review`).set(bearer(adminA)).send({ version: 0, state: 'CONCLUIDA' }).expect(404);
      await t.http().put(`/api/filings/${beta.filingId}/review`).set(bearer(declaranteA)).send({ version: 0, state: 'CONCLUIDA' }).expect(403);
      const { rows } = await (await t.owner()).query(`SELECT count(*)::int AS n FROM filing_reviews WHERE filing_id = $1`, [beta.filingId]);
      expect(rows[0].n).toBe(0);
    }),
    'POST /api/filings/:id/review/notes': run(async ({ t, adminA, declaranteA, beta }) => {
      await t.http().post(`/api/filings/${beta.filingId}/review/notes`).set(bearer(adminA)).send({ texto: 'Nota de Alfa' }).expect(404);
      await t.http().post(`/api/filings/${beta.filingId}/review/notes`).set(bearer(declaranteA)).send({ texto: 'Nota de Alfa' }).expect(403);
      const { rows } = await (await t.owner()).query(`SELECT count(*)::int AS n FROM filing_review_notes WHERE filing_id = $1`, [beta.filingId]);
      expect(rows[0].n).toBe(0);
    }),
  };
}
