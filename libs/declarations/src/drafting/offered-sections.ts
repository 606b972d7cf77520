import { sectionsFor, type SectionDef } from '@veraz/standards';
import type { DeclarationRow } from '../declaration.types';

/** The patrimonial sections the OAS requires, which an interest-only update must still carry. */
const REQUIRED_PATRIMONIAL = new Set(['datosGenerales', 'datosCurricularesDeclarante', 'datosEmpleoCargoComision', 'experienciaLaboral', 'ingresos']);

/** Sections the filer is offered: decided by tipo and format, never chosen by the filer. */
export function offeredSections(d: Pick<DeclarationRow, 'tipo' | 'declaracionCompleta' | 'actualizacionConflictoInteres'>): SectionDef[] {
  const all = sectionsFor(d.tipo, d.declaracionCompleta);
  if (!d.actualizacionConflictoInteres) return all;
  return all.filter((s) => s.group === 'interes' || REQUIRED_PATRIMONIAL.has(s.name));
}

/** Sections that describe one period and are never carried from a previous filing. */
export const PERIOD_SECTIONS = new Set(['ingresos', 'actividadAnualAnterior']);
