import fs from 'node:fs';
import path from 'node:path';
import type { Response } from 'supertest';
import { AccountProvisioning } from '@veraz/accounts';
import { UnitOfWork } from '@veraz/tenancy';
import type { DeclarationView, EmploymentLevel, FilingView, SectionView } from '@veraz/contracts';
import type { Tipo } from '@veraz/standards';
import { ALFA, PASSWORD, bearer, login } from '../support/seed';
import type { TestApp } from '../support/test-app';

export type Json = Record<string, any>;

/** The five reference items live with the standard; the simplified CONCLUSIÓN is ours (../fixtures). */
const REFERENCE_FIXTURES = path.resolve(__dirname, '../../../../libs/standards/test/fixtures');
const OWN_FIXTURES = path.resolve(__dirname, '../fixtures');

export type FixtureName =
  | 'inicial-completa'
  | 'modificacion-completa'
  | 'conclusion-completa'
  | 'inicial-simplificada'
  | 'modificacion-simplificada'
  | 'conclusion-simplificada';

/** A fresh deep copy of an S1 item fixture on every call. */
export function fixture(name: FixtureName): Json {
  const dir = name === 'conclusion-simplificada' ? OWN_FIXTURES : REFERENCE_FIXTURES;
  return JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8'));
}

/** Every section of an item by name: situacionPatrimonial and interes merged. */
export function sectionsOf(item: Json): Record<string, Json> {
  return { ...item.declaracion.situacionPatrimonial, ...(item.declaracion.interes ?? {}) };
}

export const LEVEL: Record<'completa' | 'simplificada', EmploymentLevel> = {
  completa: 'JEFE_DEPARTAMENTO_O_SUPERIOR',
  simplificada: 'INFERIOR_A_JEFE_DEPARTAMENTO',
};

/** The period a fixture reports, as the body of POST /api/declarations (the job date must agree with it). */
export const PERIOD: Record<FixtureName, Json> = {
  'inicial-completa': { tipo: 'INICIAL', fechaTomaPosesion: '2023-01-16' },
  'modificacion-completa': { tipo: 'MODIFICACIÓN', anioReportado: 2023 },
  'conclusion-completa': { tipo: 'CONCLUSIÓN', fechaConclusion: '2024-10-15' },
  'inicial-simplificada': { tipo: 'INICIAL', fechaTomaPosesion: '2023-06-01' },
  'modificacion-simplificada': { tipo: 'MODIFICACIÓN', anioReportado: 2023 },
  'conclusion-simplificada': { tipo: 'CONCLUSIÓN', fechaConclusion: '2025-03-31' },
};

export interface Filer {
  email: string;
  userId: string;
  membershipId: string;
  token: string;
}

/** Year of a timestamp in Mexico City, where folios are numbered. */
export function mexicoYear(iso: string): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City', year: 'numeric' }).format(new Date(iso)));
}

/** Thin HTTP client for the declaration routes with the checks every test repeats. */
export class DeclarationsApi {
  constructor(
    readonly t: TestApp,
    readonly adminToken: string,
  ) {}

  /** A new DECLARANTE of ALFA (created like seed.ts does), with its level recorded through the admin API. */
  async filer(key: string, level: EmploymentLevel | null, institutionId = ALFA.id, identity: { segundoApellido?: string; curp?: string; rfc?: string; homoclave?: string } = {}): Promise<Filer> {
    const accounts = this.t.app.get(AccountProvisioning);
    const email = `${key}@prueba.mx`;
    const uow = this.t.app.get(UnitOfWork);
    const { user } = await uow.inAuth(() => accounts.createUser({ email, password: PASSWORD, nombre: 'Persona', primerApellido: key, ...identity }));
    await uow.inTenant(institutionId, () => accounts.grantRoles(user.id, ['DECLARANTE'], null));
    const owner = await this.t.owner();
    const { rows } = await owner.query(`SELECT id FROM memberships WHERE user_id = $1 AND institution_id = $2`, [user.id, institutionId]);
    const membershipId = rows[0].id as string;
    if (level) await this.setLevel(membershipId, level);
    return { email, userId: user.id, membershipId, token: (await login(this.t, email)).token };
  }

  async setLevel(membershipId: string, employmentLevel: EmploymentLevel): Promise<void> {
    const res = await this.t.http().put(`/api/members/${membershipId}/employment-level`).set(bearer(this.adminToken)).send({ employmentLevel });
    expect([res.status, res.body.employmentLevel]).toEqual([200, employmentLevel]);
  }

  async start(token: string, body: Json, status = 201): Promise<DeclarationView> {
    const res = await this.t.http().post('/api/declarations').set(bearer(token)).send(body);
    expect([res.status, res.body]).toEqual([status, expect.anything()]);
    return res.body;
  }

  get(token: string, id: string) {
    return this.t.http().get(`/api/declarations/${id}`).set(bearer(token));
  }

  async view(token: string, id: string): Promise<DeclarationView> {
    const res = await this.get(token, id);
    expect(res.status).toBe(200);
    return res.body;
  }

  async section(token: string, id: string, name: string): Promise<SectionView> {
    const found = (await this.view(token, id)).sections.find((s) => s.name === name);
    if (!found) throw new Error(`section ${name} not offered`);
    return found;
  }

  /** PUT a section; `version` null sends no If-Match at all. */
  put(token: string, id: string, name: string, body: unknown, version: number | string | null): Promise<Response> {
    let req = this.t.http().put(`/api/declarations/${id}/sections/${encodeURIComponent(name)}`).set(bearer(token));
    if (version !== null) req = req.set('If-Match', typeof version === 'number' ? `"${version}"` : version);
    if (typeof body === 'string') req = req.set('Content-Type', 'application/json');
    return req.send(body as object);
  }

  async save(token: string, id: string, name: string, body: unknown, version: number): Promise<{ section: SectionView; progress: number }> {
    const res = await this.put(token, id, name, body, version);
    if (res.status !== 200) throw new Error(`PUT ${name} → ${res.status} ${JSON.stringify(res.body)}`);
    expect(res.headers.etag).toBe(`"${res.body.section.version}"`);
    return res.body;
  }

  /** Saves every offered section from the item's data, each with the version the draft reported. */
  async fill(token: string, declaration: DeclarationView, item: Json, only?: string[]): Promise<{ progress: number; sections: SectionView[] }> {
    const data = sectionsOf(item);
    let progress = declaration.progress;
    const sections: SectionView[] = [];
    for (const s of declaration.sections) {
      if (only && !only.includes(s.name)) continue;
      if (!(s.name in data)) throw new Error(`fixture lacks offered section ${s.name}`);
      const saved = await this.save(token, declaration.id, s.name, data[s.name], s.version);
      expect(saved.section.version).toBe(s.version + 1);
      progress = saved.progress;
      sections.push(saved.section);
    }
    return { progress, sections };
  }

  sign(token: string, id: string, body: Json = {}): Promise<Response> {
    return this.t.http().post(`/api/declarations/${id}/sign`).set(bearer(token)).send({ password: PASSWORD, aceptaProtesta: true, ...body });
  }

  async signed(token: string, id: string, body: Json = {}): Promise<FilingView> {
    const res = await this.sign(token, id, body);
    if (res.status !== 201) throw new Error(`sign → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  filing(token: string, id: string) {
    return this.t.http().get(`/api/filings/${id}`).set(bearer(token));
  }

  /** Start, fill every offered section from the fixture, sign: the whole happy path. */
  async file(filer: Filer, name: FixtureName, startBody: Json = {}): Promise<{ declaration: DeclarationView; filing: FilingView }> {
    const declaration = await this.start(filer.token, { ...PERIOD[name], prefill: false, ...startBody });
    const { progress } = await this.fill(filer.token, declaration, fixture(name));
    expect(progress).toBe(100);
    return { declaration, filing: await this.signed(filer.token, declaration.id) };
  }
}

/** The S1 tipo of a fixture. */
export const tipoOf = (name: FixtureName): Tipo => PERIOD[name].tipo;
