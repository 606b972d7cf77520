import type { Client } from 'pg';
import { curpCheckDigit } from '@veraz/standards';

/** A valid CURP (right check digit) built from 16 characters. */
export function validCurp(curp16: string): string {
  const curp17 = `${curp16}0`;
  return curp17 + curpCheckDigit(curp17);
}

/**
 * Puts a person on an institution's roster directly (owner connection), as an admin's import
 * would: a declarante can join only as a roster row with their CURP.
 */
export async function addToRoster(
  owner: Client,
  institutionId: string,
  person: { curp: string; nombres?: string; primerApellido?: string; email?: string | null; fechaAlta?: string; fechaBaja?: string | null },
): Promise<string> {
  const { rows } = await owner.query(
    `INSERT INTO roster_people (institution_id, curp, nombres, primer_apellido, email, fecha_alta, fecha_baja, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      institutionId,
      person.curp,
      person.nombres ?? 'Persona',
      person.primerApellido ?? 'Del Padrón',
      person.email ?? null,
      person.fechaAlta ?? '2024-01-15',
      person.fechaBaja ?? null,
      person.fechaBaja ? 'BAJA' : 'ACTIVO',
    ],
  );
  await owner.query(`INSERT INTO roster_events (institution_id, person_id, kind, effective_date, source) VALUES ($1, $2, 'ALTA', $3, 'EDICION')`, [
    institutionId,
    rows[0].id,
    person.fechaAlta ?? '2024-01-15',
  ]);
  return rows[0].id;
}
