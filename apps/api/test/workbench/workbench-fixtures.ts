import { randomBytes } from 'node:crypto';
import { AccountProvisioning } from '@veraz/accounts';
import { UnitOfWork } from '@veraz/tenancy';
import { ALFA, login } from '../support/seed';
import type { TestApp } from '../support/test-app';

export interface SeededFiling {
  id: string;
  folio: string;
  userId: string;
  token: string;
}

export interface FilingSpec {
  key: string;
  nombres: string;
  primerApellido: string;
  segundoApellido: string | null;
  curp: string;
  rfc: string;
  homoclave: string;
  tipo: 'INICIAL' | 'MODIFICACIÓN' | 'CONCLUSIÓN';
  completa: boolean;
  filedAt: string;
  anioReportado?: number;
  /** The person's roster row (área); none when absent. */
  area?: string;
  /** The obligation this filing met, seeded as the obligations engine would leave it. */
  obligationState?: 'PRESENTADA_EN_TIEMPO' | 'PRESENTADA_EXTEMPORANEA';
  /** Another filing of a filer already seeded (no new account). */
  sameFilerAs?: SeededFiling;
  /** More of the S1 `declaracion` (sections besides datosGenerales), for readers of the declared figures. */
  declaracion?: { situacionPatrimonial?: Record<string, unknown> } & Record<string, unknown>;
}

let seq = 0;

/**
 * A filer of Alfa with one filing, written directly (the workbench reads filings, it does not make
 * them): the filing's name columns and datosGenerales carry the spec's identity, as signing leaves them.
 */
export async function seedFiling(t: TestApp, spec: FilingSpec): Promise<SeededFiling> {
  const accounts = t.app.get(AccountProvisioning);
  const uow = t.app.get(UnitOfWork);
  const email = `${spec.key}@prueba.mx`;
  const user = spec.sameFilerAs
    ? { id: spec.sameFilerAs.userId }
    : (await uow.inAuth(() => accounts.createUser({ email, password: 'una contraseña de prueba', nombre: spec.nombres, primerApellido: spec.primerApellido, segundoApellido: spec.segundoApellido ?? undefined }))).user;
  if (!spec.sameFilerAs) await uow.inTenant(ALFA.id, () => accounts.grantRoles(user.id, ['DECLARANTE'], null));
  const owner = await t.owner();
  // The account's CURP and RFC, as registration leaves them (and prefills them into datosGenerales).
  if (!spec.sameFilerAs) await owner.query(`UPDATE users SET curp = $2, rfc = $3, homoclave = $4 WHERE id = $1`, [user.id, spec.curp, spec.rfc, spec.homoclave]);
  const year = Number(spec.filedAt.slice(0, 4));
  seq += 1;
  const declarationId = (
    await owner.query(
      `INSERT INTO declarations (institution_id, user_id, tipo, declaracion_completa, fecha_toma_posesion, anio_reportado, fecha_conclusion, period_key, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'PRESENTADA') RETURNING id`,
      [
        ALFA.id, user.id, spec.tipo, spec.completa,
        spec.tipo === 'INICIAL' ? '2025-05-01' : null, spec.anioReportado ?? null, spec.tipo === 'CONCLUSIÓN' ? '2026-01-15' : null,
        `${spec.tipo}:${seq}`,
      ],
    )
  ).rows[0].id as string;
  const folio = `ALFA-${year}-${String(seq).padStart(6, '0')}`;
  const document = {
    id: randomBytes(12).toString('hex'),
    declaracion: {
      ...spec.declaracion,
      situacionPatrimonial: {
        datosGenerales: {
          nombre: spec.nombres, primerApellido: spec.primerApellido, segundoApellido: spec.segundoApellido,
          curp: spec.curp, rfc: { rfc: spec.rfc, homoClave: spec.homoclave },
        },
        ...spec.declaracion?.situacionPatrimonial,
      },
    },
  };
  const filingId = (
    await owner.query(
      `INSERT INTO filings (institution_id, declaration_id, user_id, s1_id, folio, folio_year, folio_seq, tipo, declaracion_completa,
         actualizacion_conflicto_interes, filed_at, document, canonical_json, sha256, nombres, primer_apellido, segundo_apellido)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, false, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
      [
        ALFA.id, declarationId, user.id, document.id, folio, year, seq, spec.tipo, spec.completa, spec.filedAt,
        JSON.stringify(document), JSON.stringify(document), randomBytes(32).toString('hex'), spec.nombres, spec.primerApellido, spec.segundoApellido,
      ],
    )
  ).rows[0].id as string;
  if (spec.area !== undefined) {
    const personId = (
      await owner.query(
        `INSERT INTO roster_people (institution_id, curp, nombres, primer_apellido, area, fecha_alta, user_id) VALUES ($1, $2, $3, $4, $5, '2025-05-01', $6) RETURNING id`,
        [ALFA.id, spec.curp, spec.nombres, spec.primerApellido, spec.area, user.id],
      )
    ).rows[0].id as string;
    if (spec.obligationState) {
      await owner.query(
        `INSERT INTO obligations (institution_id, person_id, kind, period_key, trigger_date, window_start, due_date, state, met_by_filing_id, met_on, basis)
         VALUES ($1, $2, $3, $4, '2025-05-01', '2025-05-01', '2025-06-30', $5, $6, $7, 'Sembrada para la prueba')`,
        [ALFA.id, personId, spec.tipo, spec.anioReportado ? String(spec.anioReportado) : '2025-05-01', spec.obligationState, filingId, spec.filedAt.slice(0, 10)],
      );
    }
  }
  return { id: filingId, folio, userId: user.id, token: spec.sameFilerAs?.token ?? (await login(t, email)).token };
}
