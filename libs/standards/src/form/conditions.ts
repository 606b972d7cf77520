type Json = Record<string, unknown>;

/**
 * Fields the DOF instructions ask for only under an answer given in the same object (Normas e
 * instructivo, apartados de pareja, dependientes, participaciones, representación e inversiones).
 * «Especifique el apoyo / beneficio» stays visible with «monetario»: the instructions require it for «en
 * especie» but do not forbid describing a monetary one (the reference filings do). Each rule: the fields it hides, given the object's current values.
 */
const RULES: ReadonlyArray<{ when: (value: Json, keys: ReadonlySet<string>) => boolean; hide: readonly string[] }> = [
  // «Domicilio… en caso de que no viva en el domicilio del Declarante»: that address is already in section 2.
  // lugarDondeReside stays: the reference filings (and the generator) still say México / extranjero.
  { when: (v) => v.habitaDomicilioDeclarante === true, hide: ['domicilioMexico', 'domicilioExtranjero'] },
  // «Monto mensual neto» follows «¿Recibe remuneración…? Sí».
  { when: (v) => v.recibeRemuneracion !== true, hide: ['montoMensual'] },
  // Inversión en México: institución y RFC; en el extranjero: institución y país (the RFC is Mexican).
  { when: (v, keys) => keys.has('institucionRazonSocial') && typeof v.pais === 'string' && v.pais !== '' && v.pais !== 'MX', hide: ['rfc'] },
];

/** The keys of an object (among `keys`) that the answers in `value` make irrelevant. */
export function conditionallyHidden(keys: ReadonlySet<string>, value: Json): string[] {
  const out: string[] = [];
  for (const rule of RULES) if (rule.when(value, keys)) for (const k of rule.hide) if (keys.has(k)) out.push(k);
  return out;
}
