type Json = Record<string, unknown>;

const titulares = (v: Json): string[] =>
  Array.isArray(v.titular) ? v.titular.map((t) => (t && typeof t === 'object' ? (t as Json).clave : undefined)).filter((c): c is string => typeof c === 'string' && c !== '') : [];

/**
 * Fields the DOF instructions ask for only under an answer given in the same object (Normas e
 * instructivo, apartados de pareja, dependientes, bienes, inversiones, adeudos, participaciones,
 * representación y clientes principales).
 * «Especifique el apoyo / beneficio» stays visible with «monetario»: the instructions require it for «en
 * especie» but do not forbid describing a monetary one (the reference filings do). Each rule: the fields it hides, given the object's current values.
 */
const RULES: ReadonlyArray<{ when: (value: Json, keys: ReadonlySet<string>) => boolean; hide: readonly string[] }> = [
  // «Domicilio… en caso de que no viva en el domicilio del Declarante»: that address is already in section 2.
  // lugarDondeReside stays: the reference filings (and the generator) still say México / extranjero.
  { when: (v) => v.habitaDomicilioDeclarante === true, hide: ['domicilioMexico', 'domicilioExtranjero'] },
  // «Monto mensual neto» follows «¿Recibe remuneración…? Sí».
  { when: (v) => v.recibeRemuneracion !== true, hide: ['montoMensual'] },
  // Clientes principales (Normas, V): clients are declared «en caso de tener alguna empresa, negocio o
  // actividad lucrativa», so a «No» to V.1 leaves no company, client, sector, amount or place (V.2-10).
  // tipoRelacion stays: V.1 itself asks whose activity it is. Unanswered hides nothing, so a copied item
  // that lacks the answer keeps its data on save.
  {
    when: (v, keys) => keys.has('realizaActividadLucrativa') && v.realizaActividadLucrativa === false,
    hide: ['empresa', 'clientePrincipal', 'sector', 'montoAproximadoGanancia', 'ubicacion'],
  },
  // «Tercero. En caso de copropiedad con un tercero…» (inmuebles, vehículos, muebles, inversiones) and
  // «En caso de ser codeudor con un tercero…» (adeudos): once a titular is chosen without CTER, no tercero.
  { when: (v, keys) => keys.has('tercero') && titulares(v).length > 0 && !titulares(v).includes('CTER'), hide: ['tercero'] },
  // Inversión en México: institución y RFC; en el extranjero: institución y país (the RFC is Mexican).
  { when: (v, keys) => keys.has('institucionRazonSocial') && typeof v.pais === 'string' && v.pais !== '' && v.pais !== 'MX', hide: ['rfc'] },
];

/** The keys of an object (among `keys`) that the answers in `value` make irrelevant. */
export function conditionallyHidden(keys: ReadonlySet<string>, value: Json): string[] {
  const out: string[] = [];
  for (const rule of RULES) if (rule.when(value, keys)) for (const k of rule.hide) if (keys.has(k)) out.push(k);
  return out;
}
