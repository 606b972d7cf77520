import { Injectable } from '@nestjs/common';
import type { AmbitoPublico, NivelOrdenGobierno } from '@veraz/contracts';
import { col, CurrentTransaction, defineColumns, sqlRows, TenantContext } from '@veraz/tenancy';

export interface FilerAccount {
  email: string;
  nombre: string;
  primerApellido: string;
  segundoApellido: string | null;
  curp: string | null;
  rfc: string | null;
  homoclave: string | null;
}

export interface InstitutionFacts {
  id: string;
  name: string;
  slug: string;
  nivelOrdenGobierno: NivelOrdenGobierno | null;
  ambitoPublico: AmbitoPublico | null;
  requiresTaxConstancia: boolean;
}

export interface RosterPost {
  id: string;
  puesto: string | null;
  area: string | null;
  employmentLevel: string | null;
  fechaAlta: string;
}

const ACCOUNT = defineColumns<FilerAccount>({
  email: col.text('u.email'),
  nombre: col.text('u.nombre'),
  primerApellido: col.text('u.primer_apellido'),
  segundoApellido: col.textOrNull('u.segundo_apellido'),
  curp: col.textOrNull('u.curp'),
  rfc: col.textOrNull('u.rfc'),
  homoclave: col.textOrNull('u.homoclave'),
});

const INSTITUTION = defineColumns<InstitutionFacts>({
  id: col.text('id'),
  name: col.text('name'),
  slug: col.text('slug'),
  nivelOrdenGobierno: col.valueOrNull('nivel_orden_gobierno'),
  ambitoPublico: col.valueOrNull('ambito_publico'),
  requiresTaxConstancia: col.bool('requires_tax_constancia'),
});

const ROSTER_POST = defineColumns<RosterPost>({
  id: col.text('id'),
  puesto: col.textOrNull('puesto'),
  area: col.textOrNull('area'),
  employmentLevel: col.textOrNull('employment_level'),
  fechaAlta: col.text(`to_char(fecha_alta, 'YYYY-MM-DD')`),
});

/** What the filer's records read about the filer and the institution, in the tenant's context. */
@Injectable()
export class FilerFactsRepository {
  constructor(
    private readonly tx: CurrentTransaction,
    private readonly tenant: TenantContext,
  ) {}

  /** The member's account (only members of this institution are found). */
  async account(userId: string): Promise<FilerAccount | null> {
    const rows = await sqlRows(this.tx.manager(), `SELECT ${ACCOUNT.select} FROM users u JOIN memberships m ON m.user_id = u.id AND m.institution_id = $2 WHERE u.id = $1`, [
      userId,
      this.tenant.institutionId(),
    ]);
    return ACCOUNT.readFirst(rows);
  }

  async institution(): Promise<InstitutionFacts> {
    const rows = await sqlRows(this.tx.manager(), `SELECT ${INSTITUTION.select} FROM institutions WHERE id = $1`, [this.tenant.institutionId()]);
    return INSTITUTION.read(rows[0]!);
  }

  /** The roster row linked to the account (roster_people.user_id), when the institution keeps one for the filer. */
  async rosterPost(userId: string): Promise<RosterPost | null> {
    const rows = await sqlRows(this.tx.manager(), `SELECT ${ROSTER_POST.select} FROM roster_people WHERE institution_id = $1 AND user_id = $2 ORDER BY fecha_alta DESC LIMIT 1`, [
      this.tenant.institutionId(),
      userId,
    ]);
    return ROSTER_POST.readFirst(rows);
  }

  async rosterPersonIdOf(userId: string): Promise<string | null> {
    return (await this.rosterPost(userId))?.id ?? null;
  }

  /** Contact data the filer wrote in their latest filing's datos generales (personal e-mail, phones). */
  async lastFiledContact(userId: string): Promise<{ correoPersonal: string | null; telefono: string | null }> {
    const rows = await sqlRows<{ personal: string | null; celular: string | null; casa: string | null }>(
      this.tx.manager(),
      `SELECT dg -> 'correoElectronico' ->> 'personal' AS personal, dg -> 'telefono' ->> 'celularPersonal' AS celular, dg -> 'telefono' ->> 'casa' AS casa
         FROM (SELECT document -> 'declaracion' -> 'situacionPatrimonial' -> 'datosGenerales' AS dg FROM filings
                WHERE institution_id = $1 AND user_id = $2 ORDER BY filed_at DESC LIMIT 1) last`,
      [this.tenant.institutionId(), userId],
    );
    const row = rows[0];
    return { correoPersonal: row?.personal || null, telefono: row?.celular || row?.casa || null };
  }
}
