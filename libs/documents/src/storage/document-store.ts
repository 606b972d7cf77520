import { Injectable } from '@nestjs/common';
import { CurrentTransaction, sqlRows, TenantContext } from '@veraz/tenancy';

/**
 * Where rendered documents' bytes live. The database backend keeps them next to their metadata;
 * an object-storage backend (S3) would implement the same two calls.
 */
export interface DocumentStore {
  readonly name: string;
  put(key: string, content: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
}

export const DOCUMENT_STORE = Symbol('DOCUMENT_STORE');

/** Bytes in `document_blobs`, inside the tenant's transaction like everything else. */
@Injectable()
export class DatabaseDocumentStore implements DocumentStore {
  readonly name = 'database';

  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  async put(key: string, content: Buffer): Promise<void> {
    await sqlRows(this.tx.manager(), `INSERT INTO document_blobs (storage_key, institution_id, content) VALUES ($1, $2, $3) ON CONFLICT (storage_key, institution_id) DO NOTHING`, [
      key,
      this.tenant.institutionId(),
      content,
    ]);
  }

  async get(key: string): Promise<Buffer | null> {
    const rows = await sqlRows<{ content: Buffer }>(this.tx.manager(), `SELECT content FROM document_blobs WHERE storage_key = $1 AND institution_id = $2`, [
      key,
      this.tenant.institutionId(),
    ]);
    return rows[0]?.content ?? null;
  }
}
