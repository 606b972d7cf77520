import { bearer, ALFA, BETA, PASSWORD } from '../support/seed';
import { seedBetaRequerimiento } from '../requerimientos/isolation-fixtures';
import { CURPS } from '../reports/console-seed';
import { caseOf, notFound, type Isolation, type IsolationCases } from './beta-world';

/**
 * The institution console's routes (issue 15): requerimientos, dashboard and exports, constancias and
 * avisos. An Alfa reviewer or admin never sees Beta's omisos, letters, counts or filer records.
 */
export function consoleIsolationCases(x: () => Isolation): IsolationCases {
  const run = caseOf(x);
  return {
    // Requerimientos (OIC console): Beta's omiso, letter and folio never reach Alfa's reviewers or admins.
    'GET /api/requerimientos/omisos': run(async ({ t, adminA, declaranteA }) => {
      const beta = await seedBetaRequerimiento(t);
      const res = await t.http().get('/api/requerimientos/omisos').set(bearer(adminA)).expect(200);
      expect(JSON.stringify(res.body)).not.toContain(beta.obligationId);
      await t.http().get('/api/requerimientos/omisos').set(bearer(declaranteA)).expect(403);
    }),
    'GET /api/requerimientos': run(async ({ t, adminA, declaranteA }) => {
      const beta = await seedBetaRequerimiento(t);
      const res = await t.http().get('/api/requerimientos').set(bearer(adminA)).expect(200);
      expect(JSON.stringify(res.body)).not.toContain(beta.folio);
      await t.http().get('/api/requerimientos').set(bearer(declaranteA)).expect(403);
    }),
    'GET /api/requerimientos/vencidos': run(async ({ t, adminA, declaranteA }) => {
      await seedBetaRequerimiento(t);
      await (await t.owner()).query(`UPDATE requerimientos SET notified_at = '2026-01-01', deadline = '2026-01-31' WHERE institution_id = $1`, [BETA.id]);
      const beta = await (await t.owner()).query(`SELECT id, folio FROM requerimientos WHERE institution_id = $1`, [BETA.id]);
      const vencidos = JSON.stringify((await t.http().get('/api/requerimientos/vencidos').set(bearer(adminA)).expect(200)).body);
      for (const row of beta.rows) for (const leaked of [row.id, row.folio]) expect(vencidos).not.toContain(leaked);
      await t.http().get('/api/requerimientos/vencidos').set(bearer(declaranteA)).expect(403);
    }),
    'POST /api/requerimientos': run(async ({ t, adminA, declaranteA }) => {
      const beta = await seedBetaRequerimiento(t);
      const res = await t.http().post('/api/requerimientos').set(bearer(adminA)).send({ obligationIds: [beta.obligationId] }).expect(200);
      expect(res.body).toEqual({ generated: [], skipped: [{ obligationId: beta.obligationId, motivo: 'La obligación no existe o no está omisa.' }] });
      const { rows } = await (await t.owner()).query(`SELECT count(*)::int AS n FROM requerimientos WHERE obligation_id = $1`, [beta.obligationId]);
      expect(rows[0].n).toBe(1);
      await t.http().post('/api/requerimientos').set(bearer(declaranteA)).send({ todos: true }).expect(403);
    }),
    'GET /api/requerimientos/:id': run(async ({ t, adminA, declaranteA }) => {
      const beta = await seedBetaRequerimiento(t);
      const res = await t.http().get(`/api/requerimientos/${beta.requerimientoId}`).set(bearer(adminA)).expect(404);
      expect(res.body).toMatchObject(notFound);
      await t.http().get(`/api/requerimientos/${beta.requerimientoId}`).set(bearer(declaranteA)).expect(403);
    }),
    'GET /api/requerimientos/:id/pdf': run(async ({ t, adminA, declaranteA }) => {
      const beta = await seedBetaRequerimiento(t);
      const res = await t.http().get(`/api/requerimientos/${beta.requerimientoId}/pdf`).set(bearer(adminA)).expect(404);
      expect(res.body).toMatchObject(notFound);
      expect(res.headers['content-type']).not.toMatch(/pdf/);
      await t.http().get(`/api/requerimientos/${beta.requerimientoId}/pdf`).set(bearer(declaranteA)).expect(403);
    }),
    'POST /api/requerimientos/:id/notificacion': run(async ({ t, adminA, declaranteA }) => {
      const beta = await seedBetaRequerimiento(t);
      await t.http().post(`/api/requerimientos/${beta.requerimientoId}/notificacion`).set(bearer(adminA)).send({ fecha: '2026-06-01' }).expect(404);
      const { rows } = await (await t.owner()).query(`SELECT notified_by FROM requerimientos WHERE id = $1`, [beta.requerimientoId]);
      expect(rows[0].notified_by).toBeNull();
      await t.http().post(`/api/requerimientos/${beta.requerimientoId}/notificacion`).set(bearer(declaranteA)).send({ fecha: '2026-06-01' }).expect(403);
    }),
    'GET /api/dashboard': run(async ({ t, adminA, declaranteA }) => {
      // Alfa's obligations only (other cases may add some); Beta's count nowhere (not in a state, área or month).
      const { rows } = await (await t.owner()).query(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE kind = 'MODIFICACIÓN' AND due_date = '2026-05-31')::int AS may FROM obligations WHERE institution_id = $1`,
        [ALFA.id],
      );
      const res = await t.http().get('/api/dashboard').set(bearer(adminA)).expect(200);
      expect(res.body.total).toBe(rows[0].n);
      expect(res.body.byArea.reduce((n: number, a: { total: number }) => n + a.total, 0)).toBe(rows[0].n);
      expect(res.body.may.due).toBe(rows[0].may);
      await t.http().get('/api/dashboard').set(bearer(declaranteA)).expect(403);
    }),
    'GET /api/exports/:file': run(async ({ t, adminA, declaranteA }) => {
      for (const file of ['omisos.csv', 'requerimientos.csv', 'omisos.xlsx']) {
        const res = await t.http().get(`/api/exports/${file}`).set(bearer(adminA)).buffer(true).parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        }).expect(200);
        const body = (res.body as Buffer).toString('latin1');
        if (file.endsWith('.csv')) expect(body).toContain(CURPS.ana);
        expect(body).not.toContain(CURPS.beta);
        expect(body).not.toContain('REQ-BETA-000001');
      }
      await t.http().get('/api/exports/omisos.csv').set(bearer(declaranteA)).expect(403);
    }),
    // The filer's records: a constancia fiscal and an aviso of Beta's filer.
    'POST /api/tax-constancias': run(async ({ t, adminA, declaranteA }) => {
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF');
      const res = await t.http().post('/api/tax-constancias').set(bearer(declaranteA)).field('anioFiscal', '2024').attach('archivo', pdf, { filename: 'a.pdf', contentType: 'application/pdf' }).expect(201);
      const { rows } = await (await t.owner()).query(`SELECT institution_id FROM tax_constancias WHERE id = $1`, [res.body.id]);
      expect(rows[0].institution_id).toBe(ALFA.id);
      await t.http().post('/api/tax-constancias').set(bearer(adminA)).field('anioFiscal', '2024').attach('archivo', pdf, { filename: 'a.pdf', contentType: 'application/pdf' }).expect(403);
    }),
    'GET /api/tax-constancias': run(async ({ t, world, adminA, declaranteA, beta: { records: betaRecords } }) => {
      for (const token of [adminA, declaranteA]) {
        const res = await t.http().get(`/api/tax-constancias?userId=${world.declaranteB.userId}`).set(bearer(token));
        expect(res.status === 404 || (res.status === 200 && res.body.constancias.length === 0)).toBe(true);
        const all = await t.http().get('/api/tax-constancias').set(bearer(token)).expect(200);
        expect(all.body.constancias.map((c: { id: string }) => c.id)).not.toContain(betaRecords.constanciaId);
      }
    }),
    'GET /api/tax-constancias/:id/archivo': run(async ({ t, adminA, declaranteA, beta: { records: betaRecords } }) => {
      for (const token of [adminA, declaranteA]) {
        const res = await t.http().get(`/api/tax-constancias/${betaRecords.constanciaId}/archivo`).set(bearer(token)).expect(404);
        expect(res.body).toMatchObject(notFound);
      }
      const { rows } = await (await t.owner()).query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'constancia.downloaded'`);
      expect(rows[0].n).toBe(0);
    }),
    'GET /api/avisos-cambio-ente/prefill': run(async ({ t, world, adminA, declaranteA }) => {
      const res = await t.http().get('/api/avisos-cambio-ente/prefill').set(bearer(declaranteA)).expect(200);
      expect(res.body.encargoNuevo.nombreEntePublico).toBe(ALFA.name);
      expect(res.body.datosGenerales.correoInstitucional).toBe(world.declaranteA.email);
      await t.http().get('/api/avisos-cambio-ente/prefill').set(bearer(adminA)).expect(403);
    }),
    'POST /api/avisos-cambio-ente': run(async ({ t, adminA, declaranteA }) => {
      // Only a wrong body here: a filed aviso's folio and tenant are covered by the aviso suite.
      const res = await t.http().post('/api/avisos-cambio-ente').set(bearer(declaranteA)).send({ password: PASSWORD, encargoNuevo: {}, encargoAnterior: {} }).expect(400);
      expect(res.body.code).toBe('VALIDACION');
      await t.http().post('/api/avisos-cambio-ente').set(bearer(adminA)).send({ password: PASSWORD }).expect(403);
    }),
    'GET /api/avisos-cambio-ente': run(async ({ t, world, adminA, declaranteA, beta: { records: betaRecords } }) => {
      for (const token of [adminA, declaranteA]) {
        const res = await t.http().get(`/api/avisos-cambio-ente?userId=${world.declaranteB.userId}`).set(bearer(token));
        expect(res.status === 404 || (res.status === 200 && res.body.length === 0)).toBe(true);
        const all = await t.http().get('/api/avisos-cambio-ente').set(bearer(token)).expect(200);
        expect(all.body.map((a: { id: string }) => a.id)).not.toContain(betaRecords.avisoId);
      }
    }),
    'GET /api/avisos-cambio-ente/:id': run(async ({ t, adminA, declaranteA, beta: { records: betaRecords } }) => {
      for (const token of [adminA, declaranteA]) {
        const res = await t.http().get(`/api/avisos-cambio-ente/${betaRecords.avisoId}`).set(bearer(token)).expect(404);
        expect(JSON.stringify(res.body)).not.toContain('BETA-2026-AV-000001');
      }
    }),
    'GET /api/avisos-cambio-ente/:id/acuse': run(async ({ t, adminA, declaranteA, beta: { records: betaRecords } }) => {
      for (const token of [adminA, declaranteA]) await t.http().get(`/api/avisos-cambio-ente/${betaRecords.avisoId}/acuse`).set(bearer(token)).expect(404);
      const { rows } = await (await t.owner()).query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'aviso.downloaded'`);
      expect(rows[0].n).toBe(0);
    }),
  };
}
