import { Injectable } from '@nestjs/common';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext } from '@veraz/tenancy';
import type { EmploymentLevel } from '@veraz/contracts';
import type { FilerIdentity, InstitutionEmployment } from '../drafting/account-prefill';

const LEVEL_CHANGE = defineColumns<{ userId: string; before: EmploymentLevel | null }>({
  userId: col.text('m.user_id'),
  before: col.valueOrNull('old.before'),
});

const INSTITUTION = defineColumns<{ slug: string; name: string }>({ slug: col.text('slug'), name: col.text('name') });

const ENTE_PUBLICO = defineColumns<InstitutionEmployment>({
  nombreEntePublico: col.text('name'),
  nivelOrdenGobierno: col.valueOrNull('nivel_orden_gobierno'),
  ambitoPublico: col.valueOrNull('ambito_publico'),
});

const IDENTITY = defineColumns<FilerIdentity>({
  email: col.text('u.email'),
  nombre: col.text('u.nombre'),
  primerApellido: col.text('u.primer_apellido'),
  segundoApellido: col.textOrNull('u.segundo_apellido'),
  curp: col.textOrNull('u.curp'),
  rfc: col.textOrNull('u.rfc'),
  homoclave: col.textOrNull('u.homoclave'),
});

/** Facts about the filer and the institution that a declaration needs, read in the tenant's context. */
@Injectable()
export class FilerFactsRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  async employmentLevel(userId: string): Promise<EmploymentLevel | null> {
    const rows: Array<{ employment_level: EmploymentLevel | null }> = await this.tx
      .manager()
      .query(`SELECT employment_level FROM memberships WHERE institution_id = $1 AND user_id = $2`, [this.tenant.institutionId(), userId]);
    return rows[0]?.employment_level ?? null;
  }

  async setEmploymentLevel(membershipId: string, level: EmploymentLevel): Promise<{ userId: string; before: EmploymentLevel | null } | null> {
    const rows = await sqlRows(
      this.tx.manager(),
      `UPDATE memberships m SET employment_level = $3, updated_at = now()
         FROM (SELECT id, employment_level AS before FROM memberships WHERE id = $1 AND institution_id = $2 FOR UPDATE) old
        WHERE m.id = old.id
        RETURNING ${LEVEL_CHANGE.select}`,
      [membershipId, this.tenant.institutionId(), level],
    );
    return LEVEL_CHANGE.readFirst(rows);
  }

  /** The filer's account as registration checked it (names, CURP, RFC), for a new draft's datos generales. */
  async identity(userId: string): Promise<FilerIdentity | null> {
    const rows = await sqlRows(
      this.tx.manager(),
      `SELECT ${IDENTITY.select} FROM users u JOIN memberships m ON m.user_id = u.id AND m.institution_id = $2 WHERE u.id = $1`,
      [userId, this.tenant.institutionId()],
    );
    return IDENTITY.readFirst(rows);
  }

  /** The institution as an S1 ente público, for a new draft's employment section. */
  async entePublico(): Promise<InstitutionEmployment> {
    const rows = await sqlRows(this.tx.manager(), `SELECT ${ENTE_PUBLICO.select} FROM institutions WHERE id = $1`, [this.tenant.institutionId()]);
    return ENTE_PUBLICO.read(rows[0]!);
  }

  async institution(): Promise<{ slug: string; name: string }> {
    const rows = await sqlRows(this.tx.manager(), `SELECT ${INSTITUTION.select} FROM institutions WHERE id = $1`, [this.tenant.institutionId()]);
    return INSTITUTION.read(rows[0]!);
  }
}
