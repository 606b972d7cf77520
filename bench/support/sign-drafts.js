// The drafts bench/sign-bench.js signs: generated filers, their sessions and complete INICIAL drafts.
'use strict';
const path = require('node:path');
const { randomUUID } = require('node:crypto');
const { Client } = require('pg');
const { ROOT } = require('./kit');

const TEMPLATES = 6;

/**
 * `needed` generated filers with complete INICIAL drafts over `institutions` institutions: TEMPLATES of
 * them captured section by section through DraftsService (the API's validation), then copied to the
 * other filers in SQL, each with a session and an access token signed by the server's own key.
 * Resolves with the filers (shuffled) and the templates' S1 documents (what a raw INSERT would store).
 */
async function prepareDrafts({ url, env, needed, institutions: INSTITUTIONS, password: PASSWORD }) {
  const { loadConfig } = require('@veraz/config');
  const { createApp } = require(path.join(ROOT, 'apps/api/dist/bootstrap/create-app'));
  const { InstitutionsService } = require('@veraz/institutions');
  const { PasswordHasher, AccessTokens } = require('@veraz/accounts');
  const { DraftsService } = require('@veraz/declarations');
  const { generateFilings } = require('@veraz/generator');
  const { UnitOfWork } = require('@veraz/tenancy');
  const config = loadConfig({ ...env, NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0' });
  const app = await createApp({ config, databaseUrl: env.DATABASE_URL, processJobs: false });
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const db = app.get(UnitOfWork);
    const institutions = [];
    for (let i = 0; i < INSTITUTIONS; i++) {
      const slug = i === 0 ? 'firma' : `firma-${i + 1}`;
      // A new institution is created in its own new tenant context, as the operators' route does.
      institutions.push(await db.inTenant(randomUUID(), () => app.get(InstitutionsService).create({ slug, name: `Secretaría de la Función Pública del Estado ${i + 1}` }, null)));
    }
    const institution = institutions[0];
    const hash = await app.get(PasswordHasher).hash(PASSWORD);
    const tokens = app.get(AccessTokens);
    const drafts = app.get(DraftsService);

    const people = [];
    const templates = [];
    for (const f of generateFilings({ seed: 77, officials: needed + 200, years: 1, institutionName: institution.name })) {
      if (f.tipo !== 'INICIAL') continue;
      if (templates.length < TEMPLATES && f.declaracionCompleta) templates.push(f);
      else people.push(f.person);
      if (templates.length === TEMPLATES && people.length >= needed - TEMPLATES) break;
    }
    if (templates.length < TEMPLATES || people.length < needed - TEMPLATES) throw new Error('el generador no dio suficientes declarantes');

    const insertUsers = async (persons) =>
      (await client.query(
        `INSERT INTO users (email, password_hash, nombre, primer_apellido, segundo_apellido, curp, rfc, homoclave)
         SELECT t.email, $1, t.nombre, t.primer_apellido, t.segundo_apellido, t.curp, t.rfc, t.homoclave
           FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
             AS t(email, nombre, primer_apellido, segundo_apellido, curp, rfc, homoclave)
         RETURNING id`,
        [hash, ...['email', 'nombre', 'primerApellido', 'segundoApellido', 'curp', 'rfc', 'homoclave'].map((k) => persons.map((p) => p[k] ?? null))],
      )).rows.map((r) => r.id);
    const enrol = async (userIds, institutionId = institution.id) => {
      await client.query(
        `INSERT INTO memberships (institution_id, user_id, roles, employment_level)
         SELECT $1, u, ARRAY['DECLARANTE'], 'JEFE_DEPARTAMENTO_O_SUPERIOR' FROM unnest($2::uuid[]) AS u`,
        [institutionId, userIds],
      );
      return (await client.query(
        `INSERT INTO sessions (user_id, active_institution_id, refresh_token_hash, expires_at)
         SELECT u, $1, md5(random()::text) || md5(random()::text), now() + interval '1 day' FROM unnest($2::uuid[]) AS u
         RETURNING id, user_id`,
        [institutionId, userIds],
      )).rows;
    };

    // The templates: captured and validated by the same service the web form calls.
    const templateIds = [];
    const templateUsers = await insertUsers(templates.map((t) => t.person));
    const filers = [];
    for (const session of await enrol(templateUsers)) {
      const f = templates[templateUsers.indexOf(session.user_id)];
      const id = await db.inTenant(
        institution.id,
        async () => {
          const { declaration } = await drafts.start(session.user_id, { tipo: 'INICIAL', fechaTomaPosesion: f.fechaTomaPosesion, prefill: false });
          for (const section of declaration.sections) {
            const data = f.declaracion[section.group]?.[section.name];
            if (data === undefined) continue;
            const saved = await drafts.saveSection(session.user_id, declaration.id, section.name, data, section.version);
            if (saved.section.status === 'en captura') throw new Error(`plantilla incompleta: ${section.name} ${JSON.stringify(saved.section.pending)}`);
          }
          return declaration.id;
        },
        { userId: session.user_id },
      );
      templateIds.push(id);
      filers.push({ id, token: tokens.sign({ sub: session.user_id, sid: session.id, inst: institution.id }) });
    }

    // The copies, in chunks (one institution each, in turn), each template to an equal share of the filers.
    const chunkSize = Math.min(500, Math.ceil((needed - TEMPLATES) / INSTITUTIONS));
    for (let at = 0, k = 0; at < needed - TEMPLATES; at += chunkSize, k++) {
      const chunk = people.slice(at, Math.min(at + chunkSize, needed - TEMPLATES));
      const target = institutions[k % INSTITUTIONS].id;
      const sessions = await enrol(await insertUsers(chunk), target);
      for (let t = 0; t < TEMPLATES; t++) {
        const mine = sessions.filter((_, i) => i % TEMPLATES === t);
        const created = (await client.query(
          `INSERT INTO declarations (institution_id, user_id, tipo, actualizacion_conflicto_interes, declaracion_completa, fecha_toma_posesion, period_key)
           SELECT $3, u, d.tipo, d.actualizacion_conflicto_interes, d.declaracion_completa, d.fecha_toma_posesion, d.period_key
             FROM declarations d, unnest($2::uuid[]) AS u WHERE d.id = $1
           RETURNING id, user_id`,
          [templateIds[t], mine.map((s) => s.user_id), target],
        )).rows;
        await client.query(
          `INSERT INTO declaration_sections (declaration_id, institution_id, section, data, status, version)
           SELECT n, $3, s.section, s.data, s.status, s.version FROM declaration_sections s, unnest($2::uuid[]) AS n WHERE s.declaration_id = $1`,
          [templateIds[t], created.map((c) => c.id), target],
        );
        const sid = new Map(mine.map((s) => [s.user_id, s.id]));
        for (const c of created) filers.push({ id: c.id, token: tokens.sign({ sub: c.user_id, sid: sid.get(c.user_id), inst: target }) });
      }
    }
    // The same S1 document the raw INSERT stores: what a filing keeps.
    const documents = templates.map((t) => JSON.stringify({ id: randomUUID(), metadata: { tipo: t.tipo, declaracionCompleta: true, institucion: institution.name }, declaracion: t.declaracion }));
    await client.query('ANALYZE');
    return { filers: shuffle(filers), documents };
  } finally {
    await client.end();
    await app.close();
  }
}

function shuffle(list) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

module.exports = { prepareDrafts };
