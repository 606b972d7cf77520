import { FILING_WINDOW_DAYS, type AvisoInput, type FieldError } from '@veraz/contracts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{10,20}$/;
const DAY_MS = 86_400_000;

function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function text(errors: FieldError[], path: string, value: unknown, max: number): void {
  if (typeof value !== 'string' || value.trim() === '') errors.push({ path, message: 'es obligatorio' });
  else if (value.trim().length > max) errors.push({ path, message: `debe tener como máximo ${max} caracteres` });
}

/**
 * The aviso's own rules (Normas, Cuarta and Séptima), with the field path of each problem: the new
 * post and both dates are required, the conclusión comes before (or on) the new toma de posesión and
 * at most 60 natural days before it (otherwise an INICIAL is due, not an aviso), and the toma de
 * posesión is not in the future. `today` is the Mexico City date of the deadline clock.
 */
export function avisoErrors(input: AvisoInput, institutionName: string, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const nuevo = input.encargoNuevo ?? ({} as AvisoInput['encargoNuevo']);
  const anterior = input.encargoAnterior ?? ({} as AvisoInput['encargoAnterior']);
  text(errors, 'encargoNuevo.empleoCargoComision', nuevo.empleoCargoComision, 200);
  text(errors, 'encargoNuevo.areaAdscripcion', nuevo.areaAdscripcion, 200);
  text(errors, 'encargoNuevo.nivelEmpleoCargoComision', nuevo.nivelEmpleoCargoComision, 100);
  text(errors, 'encargoAnterior.nombreEntePublico', anterior.nombreEntePublico, 300);
  if (typeof anterior.nombreEntePublico === 'string' && anterior.nombreEntePublico.trim().toLowerCase() === institutionName.trim().toLowerCase()) {
    errors.push({ path: 'encargoAnterior.nombreEntePublico', message: 'debe ser otro ente público: un cambio dentro del mismo ente no requiere aviso' });
  }
  const toma = nuevo.fechaTomaPosesion;
  const conclusion = anterior.fechaConclusion;
  if (!isDate(toma)) errors.push({ path: 'encargoNuevo.fechaTomaPosesion', message: 'debe ser una fecha válida (AAAA-MM-DD)' });
  else if (toma > today) errors.push({ path: 'encargoNuevo.fechaTomaPosesion', message: 'no puede ser posterior a hoy' });
  if (!isDate(conclusion)) errors.push({ path: 'encargoAnterior.fechaConclusion', message: 'debe ser una fecha válida (AAAA-MM-DD)' });
  if (isDate(toma) && isDate(conclusion)) {
    const gap = (Date.parse(`${toma}T00:00:00Z`) - Date.parse(`${conclusion}T00:00:00Z`)) / DAY_MS;
    if (gap < 0) errors.push({ path: 'encargoAnterior.fechaConclusion', message: 'no puede ser posterior a la toma de posesión del nuevo encargo' });
    else if (gap > FILING_WINDOW_DAYS) {
      errors.push({
        path: 'encargoAnterior.fechaConclusion',
        message: `entre la conclusión y la nueva toma de posesión pasaron más de ${FILING_WINDOW_DAYS} días naturales: corresponde presentar la declaración inicial, no el aviso`,
      });
    }
  }
  const correo = input.contacto?.correoPersonal;
  if (correo && !EMAIL.test(correo.trim())) errors.push({ path: 'contacto.correoPersonal', message: 'debe ser un correo electrónico válido' });
  const telefono = input.contacto?.telefono;
  if (telefono && !PHONE.test(telefono.trim())) errors.push({ path: 'contacto.telefono', message: 'debe tener al menos 10 dígitos' });
  return errors;
}
