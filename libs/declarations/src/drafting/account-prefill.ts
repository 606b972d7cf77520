import type { AmbitoPublico, NivelOrdenGobierno } from '@veraz/contracts';
import { pruneToSchema, type SectionDef } from '@veraz/standards';
import type { DeclarationRow } from '../declaration.types';

type Json = Record<string, unknown>;

/** The filer's account, as registration checked it. */
export interface FilerIdentity {
  email: string;
  nombre: string;
  primerApellido: string;
  segundoApellido: string | null;
  curp: string | null;
  rfc: string | null;
  homoclave: string | null;
}

/** The institution as an S1 ente público. */
export interface InstitutionEmployment {
  nombreEntePublico: string;
  nivelOrdenGobierno: NivelOrdenGobierno | null;
  ambitoPublico: AmbitoPublico | null;
}

/**
 * What Veraz already knows for a new draft's sections that no previous filing carries: datos
 * generales from the account (names, CURP, RFC with homoclave, the account e-mail as the
 * institutional one) and the employment section from the institution (ente público, orden de
 * gobierno, ámbito) plus the declaration's own date. Until the institution keeps a roster, puesto,
 * área and nivel are left to the filer. Everything stays editable in the draft.
 */
export function knownSections(declaration: Pick<DeclarationRow, 'tipo' | 'fechaTomaPosesion' | 'fechaConclusion'>, offered: SectionDef[], identity: FilerIdentity | null, ente: InstitutionEmployment): Array<{ def: SectionDef; data: Json }> {
  const out: Array<{ def: SectionDef; data: Json }> = [];
  for (const def of offered) {
    const data = def.name === 'datosGenerales' ? (identity ? datosGenerales(identity) : null) : def.name === 'datosEmpleoCargoComision' ? employment(declaration, ente) : null;
    if (data) out.push({ def, data: pruneToSchema(declaration.tipo, def.name, data) as Json });
  }
  return out;
}

function datosGenerales(identity: FilerIdentity): Json {
  return compact({
    nombre: identity.nombre,
    primerApellido: identity.primerApellido,
    segundoApellido: identity.segundoApellido,
    curp: identity.curp,
    rfc: identity.rfc && identity.homoclave ? { rfc: identity.rfc, homoClave: identity.homoclave } : undefined,
    correoElectronico: { institucional: identity.email },
  });
}

function employment(declaration: Pick<DeclarationRow, 'tipo' | 'fechaTomaPosesion' | 'fechaConclusion'>, ente: InstitutionEmployment): Json {
  // In a CONCLUSIÓN the S1 field holds the date the office ended (see the business rules).
  const fecha = declaration.tipo === 'INICIAL' ? declaration.fechaTomaPosesion : declaration.tipo === 'CONCLUSIÓN' ? declaration.fechaConclusion : null;
  return compact({
    nivelOrdenGobierno: ente.nivelOrdenGobierno,
    ambitoPublico: ente.ambitoPublico,
    nombreEntePublico: ente.nombreEntePublico,
    fechaTomaPosesion: fecha,
  });
}

function compact(value: Record<string, unknown>): Json {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined && v !== ''));
}
