import { Injectable } from '@nestjs/common';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext } from '@veraz/tenancy';

export interface TaxConstanciaRow {
  id: string;
  fiscalYear: number;
  fileName: string;
  size: number;
  uploadedAt: Date;
}

const CONSTANCIA = defineColumns<TaxConstanciaRow>({
  id: col.text('id'),
  fiscalYear: col.number('fiscal_year'),
  fileName: col.text('file_name'),
  size: col.number('size'),
  uploadedAt: col.value('uploaded_at'),
});

/** The filer's tax constancias as the reviewer sees them next to a filing (read-only; uploads live elsewhere). */
@Injectable()
export class TaxConstanciasReadRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  async ofUser(userId: string): Promise<TaxConstanciaRow[]> {
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${CONSTANCIA.select} FROM tax_constancias WHERE institution_id = $1 AND user_id = $2 ORDER BY fiscal_year DESC, uploaded_at DESC`,
      [this.tenant.institutionId(), userId],
    );
    return rows.map((r) => CONSTANCIA.read(r));
  }
}
