import { Injectable } from '@nestjs/common';
import type { AvisoData } from '@veraz/contracts';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext } from '@veraz/tenancy';

export interface AvisoRow {
  id: string;
  userId: string;
  folio: string;
  filedAt: Date;
  data: AvisoData;
  sha256: string;
  acuseStorageKey: string | null;
  acuseSha256: string | null;
}

const AVISO = defineColumns<AvisoRow>({
  id: col.text('id'),
  userId: col.text('user_id'),
  folio: col.text('folio'),
  filedAt: col.value('filed_at'),
  data: col.value('data'),
  sha256: col.char('sha256'),
  acuseStorageKey: col.textOrNull('acuse_storage_key'),
  acuseSha256: col.valueOrNull<string>('acuse_sha256'),
});

/** Avisos por cambio de ente público of the tenant's institution. */
@Injectable()
export class AvisosRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  /** Next number of the institution's aviso series for a year; the counter stays locked until commit (gapless). */
  async nextFolioSeq(year: number): Promise<number> {
    const rows = await sqlRows<{ last_seq: number }>(
      this.tx.manager(),
      `INSERT INTO aviso_folio_counters (institution_id, year, last_seq) VALUES ($1, $2, 1)
       ON CONFLICT (institution_id, year) DO UPDATE SET last_seq = aviso_folio_counters.last_seq + 1
       RETURNING last_seq`,
      [this.tenant.institutionId(), year],
    );
    return Number(rows[0]!.last_seq);
  }

  async insert(a: { id: string; userId: string; folio: string; filedAt: Date; data: AvisoData; canonicalJson: string; sha256: string }): Promise<void> {
    await sqlRows(
      this.tx.manager(),
      `INSERT INTO avisos_cambio_ente (id, institution_id, user_id, folio, filed_at, data, canonical_json, sha256) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8)`,
      [a.id, this.tenant.institutionId(), a.userId, a.folio, a.filedAt, JSON.stringify(a.data), a.canonicalJson, a.sha256],
    );
  }

  async setAcuse(id: string, storageKey: string, sha256: string): Promise<void> {
    await sqlRows(this.tx.manager(), `UPDATE avisos_cambio_ente SET acuse_storage_key = $3, acuse_sha256 = $4 WHERE institution_id = $1 AND id = $2`, [
      this.tenant.institutionId(),
      id,
      storageKey,
      sha256,
    ]);
  }

  async find(id: string, userId?: string): Promise<AvisoRow | null> {
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${AVISO.select} FROM avisos_cambio_ente WHERE institution_id = $1 AND id = $2 AND ($3::uuid IS NULL OR user_id = $3)`,
      [this.tenant.institutionId(), id, userId ?? null],
    );
    return AVISO.readFirst(rows);
  }

  /** A filer's avisos, or the institution's when userId is null; newest first. */
  async list(userId: string | null, limit = 500): Promise<AvisoRow[]> {
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${AVISO.select} FROM avisos_cambio_ente WHERE institution_id = $1 AND ($2::uuid IS NULL OR user_id = $2) ORDER BY filed_at DESC, folio DESC LIMIT $3`,
      [this.tenant.institutionId(), userId, limit],
    );
    return rows.map((r) => AVISO.read(r));
  }
}
