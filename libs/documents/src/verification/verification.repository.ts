import { Injectable } from '@nestjs/common';
import { Db, sqlRows, TenantContext } from '@veraz/tenancy';

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

const COLUMNS = `f.id, f.folio, f.tipo, f.declaracion_completa, f.actualizacion_conflicto_interes, f.filed_at, f.version, f.is_latest,
  f.sha256, coalesce(f.document -> 'metadata' ->> 'institucion', i.name) AS institucion`;

/** Reads filings for verification inside one institution's tenant context (the caller opens it). */
@Injectable()
export class VerificationRepository {
  constructor(
    private readonly db: Db,
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
      this.db.manager(),
      `SELECT ${COLUMNS} FROM filings f JOIN institutions i ON i.id = f.institution_id WHERE f.institution_id = $1 AND f.${column} = $2`,
      [this.tenant.institutionId(), value],
    );
    return rows[0] ? toFiling(rows[0]) : null;
  }
}

function toFiling(r: Record<string, unknown>): VerifiableFiling {
  return {
    id: String(r.id),
    folio: String(r.folio),
    institucion: String(r.institucion),
    tipo: String(r.tipo),
    declaracionCompleta: Boolean(r.declaracion_completa),
    actualizacionConflictoInteres: Boolean(r.actualizacion_conflicto_interes),
    filedAt: r.filed_at as Date,
    version: Number(r.version),
    isLatest: Boolean(r.is_latest),
    sha256: String(r.sha256).trim(),
  };
}
