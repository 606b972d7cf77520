import type { FieldError } from '@veraz/contracts';
import { curpProblem, normalizeCurp, normalizeRfcPart, rfcMatchesCurp, rfcPersonaFisicaProblem } from '@veraz/standards';

export interface PersonIdentityInput {
  nombre: string;
  primerApellido: string;
  segundoApellido?: string | null;
  curp: string;
  rfc: string;
  homoclave: string;
}

export interface PersonIdentity {
  nombre: string;
  primerApellido: string;
  segundoApellido: string | null;
  curp: string;
  rfc: string;
  homoclave: string;
}

const NAME = /^[\p{L}][\p{L}\p{M} .'-]{0,99}$/u;

const tidy = (value: string | null | undefined) => (value ?? '').trim().replace(/\s+/g, ' ');

/** Normalizes a person's name, CURP and RFC, and lists every problem in Spanish (never echoing values). */
export function checkPersonIdentity(input: PersonIdentityInput): { identity: PersonIdentity; errors: FieldError[] } {
  const identity: PersonIdentity = {
    nombre: tidy(input.nombre),
    primerApellido: tidy(input.primerApellido),
    segundoApellido: tidy(input.segundoApellido) || null,
    curp: normalizeCurp(input.curp ?? ''),
    rfc: normalizeRfcPart(input.rfc ?? ''),
    homoclave: normalizeRfcPart(input.homoclave ?? ''),
  };
  const errors: FieldError[] = [];
  if (!NAME.test(identity.nombre)) errors.push({ path: 'nombre', message: 'escribe tu nombre (solo letras, hasta 100 caracteres)' });
  if (!NAME.test(identity.primerApellido)) {
    errors.push({ path: 'primerApellido', message: 'escribe tu primer apellido (solo letras, hasta 100 caracteres)' });
  }
  if (identity.segundoApellido && !NAME.test(identity.segundoApellido)) {
    errors.push({ path: 'segundoApellido', message: 'solo letras, hasta 100 caracteres' });
  }
  const curp = curpProblem(identity.curp);
  if (curp) errors.push({ path: 'curp', message: curp });
  const rfc = rfcPersonaFisicaProblem(identity.rfc, identity.homoclave);
  if (rfc) errors.push({ path: rfc.path, message: rfc.message });
  if (!curp && !rfc && !rfcMatchesCurp(identity.rfc, identity.curp)) {
    errors.push({ path: 'rfc', message: 'la fecha de nacimiento del RFC no coincide con la de la CURP' });
  }
  return { identity, errors };
}
