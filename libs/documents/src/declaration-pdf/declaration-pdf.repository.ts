import { Injectable } from '@nestjs/common';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext } from '@veraz/tenancy';

const PUBLICATION = defineColumns<{ filingId: string; document: Record<string, unknown> }>({ filingId: col.text('filing_id'), document: col.value('document') });

/** What the declaration PDFs read besides the filing: the stored public projection, names. */
@Injectable()
export class DeclarationPdfRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  /** The public projection stored when the declaration was published (S1), with the filing it came from. */
  async publication(s1Id: string): Promise<{ filingId: string; document: Record<string, unknown> } | null> {
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${PUBLICATION.select} FROM s1_publications WHERE institution_id = $1 AND s1_id = $2`,
      [this.tenant.institutionId(), s1Id],
    );
    return PUBLICATION.readFirst(rows);
  }

  async institutionName(): Promise<string> {
    const rows = await sqlRows<{ name: string }>(this.tx.manager(), `SELECT name FROM institutions WHERE id = $1`, [this.tenant.institutionId()]);
    if (!rows[0]) throw new Error('institution of the current context not found');
    return String(rows[0].name);
  }

  async personName(userId: string): Promise<string | null> {
    const rows = await sqlRows<{ name: string }>(
      this.tx.manager(),
      `SELECT concat_ws(' ', u.nombre, u.primer_apellido, u.segundo_apellido) AS name
         FROM users u JOIN memberships m ON m.user_id = u.id AND m.institution_id = $2
        WHERE u.id = $1`,
      [userId, this.tenant.institutionId()],
    );
    return rows[0] ? String(rows[0].name) : null;
  }
}
