import type { Tipo } from './tipos';

/**
 * Titles and order of the DOF forms (23-sep-2019). The set of sections of each tipo comes from its OAS;
 * this table only gives their order, titles and whether they belong to the simplified format.
 */
export const DOF_SECTIONS: ReadonlyArray<{ name: string; label: string | Record<Tipo, string>; simplified: boolean }> = [
  { name: 'datosGenerales', label: 'Datos generales', simplified: true },
  { name: 'domicilioDeclarante', label: 'Domicilio del declarante', simplified: true },
  { name: 'datosCurricularesDeclarante', label: 'Datos curriculares del declarante', simplified: true },
  {
    name: 'datosEmpleoCargoComision',
    label: {
      INICIAL: 'Datos del empleo, cargo o comisión que inicia',
      MODIFICACIÓN: 'Datos del empleo, cargo o comisión actual',
      CONCLUSIÓN: 'Datos del empleo, cargo o comisión que concluye',
    },
    simplified: true,
  },
  { name: 'experienciaLaboral', label: 'Experiencia laboral', simplified: true },
  { name: 'datosPareja', label: 'Datos de la pareja', simplified: false },
  { name: 'datosDependienteEconomico', label: 'Datos del dependiente económico', simplified: false },
  { name: 'ingresos', label: 'Ingresos netos del declarante, pareja y/o dependientes económicos', simplified: true },
  {
    name: 'actividadAnualAnterior',
    label: '¿Te desempeñaste como servidor público en el año inmediato anterior?',
    simplified: true,
  },
  { name: 'bienesInmuebles', label: 'Bienes inmuebles', simplified: false },
  { name: 'vehiculos', label: 'Vehículos', simplified: false },
  { name: 'bienesMuebles', label: 'Bienes muebles', simplified: false },
  { name: 'inversiones', label: 'Inversiones, cuentas bancarias y otro tipo de valores/activos', simplified: false },
  { name: 'adeudos', label: 'Adeudos/pasivos', simplified: false },
  { name: 'prestamoOComodato', label: 'Préstamo o comodato por terceros', simplified: false },
  { name: 'participacion', label: 'Participación en empresas, sociedades o asociaciones', simplified: false },
  {
    name: 'participacionTomaDecisiones',
    label: '¿Participa en la toma de decisiones de alguna de estas instituciones?',
    simplified: false,
  },
  { name: 'apoyos', label: 'Apoyos o beneficios públicos', simplified: false },
  { name: 'representacion', label: 'Representación', simplified: false },
  { name: 'clientesPrincipales', label: 'Clientes principales', simplified: false },
  { name: 'beneficiosPrivados', label: 'Beneficios privados', simplified: false },
  { name: 'fideicomisos', label: 'Fideicomisos', simplified: false },
];

/** A section's title in the tipo's DOF form (browser-safe: no OAS needed); the name when the DOF has none. */
export function dofSectionTitle(name: string, tipo: Tipo): string {
  const dof = DOF_SECTIONS.find((entry) => entry.name === name);
  return !dof ? name : typeof dof.label === 'string' ? dof.label : dof.label[tipo];
}

/** Rank of a section in the DOF order (interés after situación patrimonial; unknown ones last). */
export function dofSectionRank(name: string, group: 'situacionPatrimonial' | 'interes'): number {
  const index = DOF_SECTIONS.findIndex((entry) => entry.name === name);
  return (group === 'interes' ? 1000 : 0) + (index < 0 ? 500 : index);
}
