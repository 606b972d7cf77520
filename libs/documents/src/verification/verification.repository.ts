import { Injectable } from '@nestjs/common';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext } from '@veraz/tenancy';

/** What public verification may say about a filing: never who filed it nor anything declared. */
export interface VerifiableFiling {
  id: string;
  folio: string;
  /** The institution's name as written in the filed document. */
  institucion: string;
  tipo: string;
  declaracionCompleta: boolean;
  actualizacionConflictoInteres: boolean;
  filedAt: Date;
  version: number;
  isLatest: boolean;
  sha256: string;
}

const VERIFIABLE = defineColumns<VerifiableFiling>({
  id: col.text('f.id'),
  folio: col.text('f.folio'),
  institucion: col.text(`coalesce(f.document -> 'metadata' ->> 'institucion', i.name)`),
  tipo: col.text('f.tipo'),
  declaracionCompleta: col.bool('f.declaracion_completa'),
  actualizacionConflictoInteres: col.bool('f.actualizacion_conflicto_interes'),
  filedAt: col.value('f.filed_at'),
  version: col.number('f.version'),
  isLatest: col.bool('f.is_latest'),
  sha256: col.char('f.sha256'),
});

/** Reads filings for verification inside one institution's tenant context (the caller opens it). */
@Injectable()
export class VerificationRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  byFolio(folio: string): Promise<VerifiableFiling | null> {
    return this.findBy('folio', folio);
  }

  byId(id: string): Promise<VerifiableFiling | null> {
    return this.findBy('id', id);
  }

  private async findBy(column: 'folio' | 'id', value: string): Promise<VerifiableFiling | null> {
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${VERIFIABLE.select} FROM filings f JOIN institutions i ON i.id = f.institution_id WHERE f.institution_id = $1 AND f.${column} = $2`,
      [this.tenant.institutionId(), value],
    );
    return VERIFIABLE.readFirst(rows);
  }
}
