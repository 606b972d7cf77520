import { emit, listSection, type SectionBuilder } from './context';
import { operation } from '../tracked';

export const datosGenerales: SectionBuilder = ({ profile: p }) => ({
  nombre: p.self.nombre,
  primerApellido: p.self.primerApellido,
  ...(p.self.segundoApellido ? { segundoApellido: p.self.segundoApellido } : {}),
  curp: p.person.curp,
  rfc: { rfc: p.person.rfc, homoClave: p.person.homoclave },
  correoElectronico: { ...p.emails },
  telefono: { ...p.phones },
  situacionPersonalEstadoCivil: p.estadoCivil,
  ...(p.regimen ? { regimenMatrimonial: p.regimen } : {}),
  paisNacimiento: p.paisNacimiento,
  nacionalidad: 'MX',
});

export const domicilioDeclarante: SectionBuilder = ({ profile: p }) =>
  p.home.extranjero ? { domicilioExtranjero: p.home.extranjero } : { domicilioMexico: p.home.mexico };

export const datosCurricularesDeclarante: SectionBuilder = ({ profile: p }) => ({ escolaridad: emit(p.escolaridad) });

/** The job: fechaTomaPosesion holds the start date, or the end date in a CONCLUSIÓN (as the OAS describes it). */
export const datosEmpleoCargoComision: SectionBuilder = ({ profile: p }, fc) => {
  const job = p.job;
  const inst = p.inst;
  const section = {
    tipoOperacion: fc.tipo === 'INICIAL' ? 'AGREGAR' : fc.tipo === 'CONCLUSIÓN' ? 'MODIFICAR' : 'SIN_CAMBIOS',
    nivelOrdenGobierno: inst.nivelOrdenGobierno,
    ambitoPublico: inst.ambitoPublico,
    nombreEntePublico: inst.name,
    areaAdscripcion: job.area,
    empleoCargoComision: job.cargo,
    contratadoPorHonorarios: job.honorarios,
    nivelEmpleoCargoComision: job.nivel,
    funcionPrincipal: job.funcion,
    fechaTomaPosesion: fc.tipo === 'CONCLUSIÓN' ? fc.fechaConclusion! : job.posesion,
    telefonoOficina: { telefono: inst.phone, extension: job.extension },
    domicilioMexico: inst.address,
  };
  if (fc.tipo !== 'MODIFICACIÓN') return section;
  return p.otroCargo
    ? { ...section, cuentaConOtroCargoPublico: true, otroEmpleoCargoComision: [p.otroCargo] }
    : { ...section, cuentaConOtroCargoPublico: false };
};

export const experienciaLaboral: SectionBuilder = ({ profile: p }) => listSection('experiencia', emit(p.experiencia));

export const datosPareja: SectionBuilder = ({ profile: p }) =>
  p.pareja ? { ninguno: false, tipoOperacion: operation(p.pareja), ...p.pareja.data } : { ninguno: true };

export const datosDependienteEconomico: SectionBuilder = ({ profile: p }) => listSection('dependienteEconomico', emit(p.dependientes));
