import fs from 'node:fs';
import path from 'node:path';
import { PublicationService, type LatestFiling } from './publication.service';
import type { PublicationsRepository } from './publications.repository';

type Json = Record<string, any>;
const fixture = (name: string): Json => JSON.parse(fs.readFileSync(path.resolve(__dirname, `../../../standards/test/fixtures/${name}.json`), 'utf8'));

const at = (iso: string, document: Json): LatestFiling => ({
  filingId: 'f1',
  s1Id: document.id,
  filedAt: new Date(iso),
  tipo: document.metadata.tipo,
  reserved: false,
  document: { ...document, metadata: { ...document.metadata, actualizacion: iso.replace(/\.\d{3}Z$/, 'Z') } },
  firstVersion: true,
});

describe('PublicationService.retimed', () => {
  const service = new PublicationService({} as PublicationsRepository);

  it.each(['inicial-completa', 'modificacion-completa', 'inicial-simplificada'])(
    'publishes %s at a later time of filing exactly as projecting it at that time would',
    (name) => {
      const document = fixture(name);
      const first = service.prepare(at('2026-05-20T17:04:05.120Z', document));
      const later = at('2026-05-20T17:04:09.004Z', document);
      const retimed = service.retimed(first, later);
      expect(retimed).toEqual(service.prepare(later));
      expect(retimed.document).toMatchObject({ metadata: { actualizacion: '2026-05-20T17:04:09Z' } });
      expect(retimed.publishedAt).toEqual(later.filedAt);
      // The first preparation is left as it was.
      expect(first.document).toMatchObject({ metadata: { actualizacion: '2026-05-20T17:04:05Z' } });
    },
  );
});
