import type { ObligationKind, ObligationState, RosterMovement } from '@veraz/contracts';

/** One movement of the person's roster in this institution (superseded corrections already left out). */
export interface Movement {
  kind: RosterMovement;
  date: string;
}

/** What the deployment may say about the same CURP in other entes of the same orden: dates only. */
export interface OtherEnteMovement {
  kind: 'ALTA' | 'BAJA' | 'REINGRESO';
  date: string;
}

export interface FilingFact {
  id: string;
  tipo: 'INICIAL' | 'MODIFICACIÓN' | 'CONCLUSIÓN';
  /** The Mexico City date it was filed. */
  filedOn: string;
  anioReportado: number | null;
  actualizacionConflictoInteres: boolean;
}

export interface AvisoFact {
  id: string;
  filedOn: string;
}

export interface ConstanciaFact {
  id: string;
  fiscalYear: number;
  uploadedOn: string;
}

export interface EngineInput {
  movements: Movement[];
  otherEntes: OtherEnteMovement[];
  filings: FilingFact[];
  avisos: AvisoFact[];
  constancias: ConstanciaFact[];
  requiresTaxConstancia: boolean;
  /** The deadline clock's date (Mexico City). */
  today: string;
}

export interface DerivedObligation {
  kind: ObligationKind;
  periodKey: string;
  triggerDate: string;
  windowStart: string;
  dueDate: string;
  state: ObligationState;
  /** A filing id for the declarations, an aviso or constancia id for the others. */
  metBy: string | null;
  metOn: string | null;
  basis: string;
}

/** A declaration the rules excuse, and why: shown so nobody wonders where it went. */
export interface Exemption {
  kind: ObligationKind;
  triggerDate: string;
  basis: string;
}

export interface EngineResult {
  obligations: DerivedObligation[];
  exemptions: Exemption[];
  /** Why the roster data could not be read; when present there are no obligations. */
  problems: string[];
}
