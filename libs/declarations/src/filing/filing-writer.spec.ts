import fs from 'node:fs';
import path from 'node:path';
import { canonicalJson, sha256Hex } from '@veraz/crypto';
import type { PublicationService } from '@veraz/s1';
import type { DeclarationRow, SectionRow } from '../declaration.types';
import { offeredSections } from '../drafting/offered-sections';
import type { NewFiling } from '../repositories/filing-columns';
import type { FilingWritesRepository } from '../repositories/filing-writes.repository';
import { FilingWriter, type FilingInput } from './filing-writer';

type Json = Record<string, any>;
const fixture: Json = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../standards/test/fixtures/inicial-simplificada.json'), 'utf8'));

/** A writer over in-memory stand-ins: the counter answers with `lastFiledAt(ours)` and 6 folios given. */
function writerWith(lastFiledAt: (ours: Date) => Date) {
  const inserted: NewFiling[] = [];
  const published: Json[] = [];
  const order: string[] = [];
  const filings = {
    peekFolio: async () => {
      order.push('peek');
      return { lastSeq: 6, lastFiledAt: lastFiledAt(written.ours!) };
    },
    insertNumbered: async (f: NewFiling, parts: Json[]) => {
      order.push(`insert with ${parts.map((p) => p.sql).join(', ')}`);
      inserted.push(f);
    },
    markSuperseded: async () => undefined,
  } as unknown as FilingWritesRepository;
  const written: { ours?: Date } = {};
  const publication = {
    prepare: (latest: Json) => {
      written.ours ??= latest.filedAt;
      return { filedAt: latest.filedAt, actualizacion: latest.document.metadata.actualizacion };
    },
    // As PublicationService.retimed: the prepared publication follows the new time of filing.
    retimed: (prepared: Json, latest: Json) => ({ ...prepared, filedAt: latest.filedAt, publishedAt: latest.filedAt, actualizacion: latest.document.metadata.actualizacion }),
    newPublicationParts: (latest: Json, prepared: Json) => {
      published.push({ latest, prepared });
      return [{ sql: 'publication', params: [] }];
    },
  } as unknown as PublicationService;
  const openChain = async () => {
    order.push('chain locked');
    return (filing: { folio: string }) => [{ sql: `audit of ${filing.folio}`, params: [] }];
  };
  return { writer: new FilingWriter(filings, publication), inserted, published, order, openChain };
}

function input(): FilingInput {
  const declaration = { id: 'd1', institutionId: 'i1', userId: 'u1', tipo: 'INICIAL', declaracionCompleta: false, actualizacionConflictoInteres: false } as DeclarationRow;
  const sections = offeredSections(declaration);
  const saved = new Map<string, Pick<SectionRow, 'data'>>();
  for (const def of sections) saved.set(def.name, { data: fixture.declaracion[def.group][def.name] });
  return { declaration, userId: 'u1', s1Id: 'abc', institution: { name: 'Secretaría', slug: 'alfa' }, sections, saved, corrected: null, notaAclaratoria: null, checkedAt: new Date(), filingId: 'f1' };
}

describe('FilingWriter: folio and time of filing', () => {
  it('numbers the filing under the chain lock and writes it, its publication and the audit entry in one last statement', async () => {
    const { writer, inserted, published, order, openChain } = writerWith((ours) => ours);
    const before = Date.now();
    const written = await writer.write(input(), openChain);
    expect(written.filedAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(written.folio).toBe(`ALFA-${written.filedAt.getUTCFullYear()}-000007`);
    expect(inserted[0]!.folioSeq).toBe(7);
    expect(inserted[0]!.filedAt).toBe(written.filedAt);
    expect(published[0]!.prepared.filedAt).toBe(written.filedAt);
    expect(order).toEqual(['chain locked', 'peek', `insert with publication, audit of ${written.folio}`]);
  });

  it('takes the later time when a filer who read the clock later already holds an earlier folio', async () => {
    const later = (ours: Date) => new Date(ours.getTime() + 5_000);
    const { writer, inserted, published, openChain } = writerWith(later);
    const written = await writer.write(input(), openChain);
    const row = inserted[0]!;
    // The folio's time is the later one everywhere: the row, the hashed document and the publication.
    expect(row.filedAt.getTime()).toBe(written.filedAt.getTime());
    expect((row.document as Json).metadata.actualizacion).toBe(written.filedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'));
    expect(row.canonicalJson).toBe(canonicalJson(row.document));
    expect(row.sha256).toBe(sha256Hex(row.canonicalJson));
    expect(published[0]!.prepared.actualizacion).toBe((row.document as Json).metadata.actualizacion);
    expect(published[0]!.latest.filedAt).toBe(written.filedAt);
    expect(written.filedAt.getTime() - Date.now()).toBeGreaterThan(3_000);
  });

  it('keeps the document and its hash when the later time falls in the same second', async () => {
    // 1 ms later, unless that crosses into the next second (then the case above applies).
    const sameSecond = (ours: Date) => new Date(ours.getTime() % 1000 === 999 ? ours.getTime() : ours.getTime() + 1);
    const { writer, inserted, published, openChain } = writerWith(sameSecond);
    const written = await writer.write(input(), openChain);
    const row = inserted[0]!;
    expect(row.filedAt).toBe(written.filedAt);
    expect((row.document as Json).metadata.actualizacion).toBe(written.filedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'));
    expect(row.sha256).toBe(sha256Hex(canonicalJson(row.document)));
    expect(published[0]!.latest.filedAt).toBe(written.filedAt);
    expect(published[0]!.prepared.publishedAt ?? published[0]!.latest.filedAt).toBe(written.filedAt);
  });
});
