import { Injectable } from '@nestjs/common';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext } from '@veraz/tenancy';

export interface TaxConstanciaRow {
  id: string;
  userId: string;
  declarante: string;
  fiscalYear: number;
  declarationId: string | null;
  fileName: string;
  size: number;
  sha256: string;
  storageKey: string;
  uploadedAt: Date;
  latest: boolean;
}

const CONSTANCIA = defineColumns<TaxConstanciaRow>({
  id: col.text('c.id'),
  userId: col.text('c.user_id'),
  declarante: col.text(`concat_ws(' ', u.nombre, u.primer_apellido, u.segundo_apellido)`),
  fiscalYear: col.number('c.fiscal_year'),
  declarationId: col.textOrNull('c.declaration_id'),
  fileName: col.text('c.file_name'),
  size: col.number('c.size'),
  sha256: col.char('c.sha256'),
  storageKey: col.text('c.storage_key'),
  uploadedAt: col.value('c.uploaded_at'),
  // Replacing uploads a new row: the newest of a person and year is the one that counts.
  latest: col.bool(
    `NOT EXISTS (SELECT 1 FROM tax_constancias n WHERE n.institution_id = c.institution_id AND n.user_id = c.user_id
        AND n.fiscal_year = c.fiscal_year AND (n.uploaded_at, n.id) > (c.uploaded_at, c.id))`,
  ),
});

const FROM = `FROM tax_constancias c JOIN users u ON u.id = c.user_id`;

/** The SAT acuses filers uploaded; rows are never updated nor deleted (history kept). */
@Injectable()
export class TaxConstanciasRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  async insert(c: { id: string; userId: string; fiscalYear: number; declarationId: string | null; fileName: string; size: number; sha256: string; storageKey: string }): Promise<void> {
    await sqlRows(
      this.tx.manager(),
      `INSERT INTO tax_constancias (id, institution_id, user_id, fiscal_year, declaration_id, file_name, size, sha256, storage_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [c.id, this.tenant.institutionId(), c.userId, c.fiscalYear, c.declarationId, c.fileName, c.size, c.sha256, c.storageKey],
    );
  }

  /** One person's constancias (or the institution's when userId is null), newest year and upload first. */
  async list(userId: string | null, limit = 500): Promise<TaxConstanciaRow[]> {
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${CONSTANCIA.select} ${FROM} WHERE c.institution_id = $1 AND ($2::uuid IS NULL OR c.user_id = $2)
        ORDER BY c.fiscal_year DESC, c.uploaded_at DESC, c.id DESC LIMIT $3`,
      [this.tenant.institutionId(), userId, limit],
    );
    return rows.map((r) => CONSTANCIA.read(r));
  }

  async find(id: string, userId?: string): Promise<TaxConstanciaRow | null> {
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${CONSTANCIA.select} ${FROM} WHERE c.institution_id = $1 AND c.id = $2 AND ($3::uuid IS NULL OR c.user_id = $3)`,
      [this.tenant.institutionId(), id, userId ?? null],
    );
    return CONSTANCIA.readFirst(rows);
  }

  /** Whether the draft or filed declaration belongs to the filer (a constancia attached from its review page). */
  async declarationOf(declarationId: string, userId: string): Promise<boolean> {
    const rows = await sqlRows(this.tx.manager(), `SELECT 1 FROM declarations WHERE institution_id = $1 AND id = $2 AND user_id = $3`, [
      this.tenant.institutionId(),
      declarationId,
      userId,
    ]);
    return rows.length > 0;
  }
}
