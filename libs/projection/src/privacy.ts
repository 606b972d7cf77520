import {
  ADDRESS_KEYS,
  asObject,
  DATOS_GENERALES_PUBLIC,
  DEC_ONLY_LISTS,
  DECLARANTE_ONLY_LISTS,
  declarantOf,
  isDcOnly,
  isDecOnly,
  isDeclarant,
  isForbiddenKeyName,
  isObject,
  isRfcFisica,
  normalizeText,
  PERSON_IDENTITY_KEYS,
  personalIdTokens,
  SIMPLIFIED_SECTIONS,
  THIRD_PARTY_KEYS,
  type Declarant,
  type Json,
} from './shared';

/** One place of a public item that breaks the b.4 rules, with the reason (English, for logs and tests). */
export interface PrivacyFinding {
  /** e.g. `declaracion.situacionPatrimonial.bienesInmuebles.bienInmueble[0].datoIdentificacion` */
  path: string;
  reason: string;
}

const ROOT = '(item)';

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

interface Frame {
  path: string;
  /** Property names from the root to here, without array indices. */
  keys: readonly string[];
}

const under = (frame: Frame, key: string) => frame.keys.includes(key);
const parentKey = (frame: Frame) => frame.keys[frame.keys.length - 1];

/** The FISICA/MORAL type of a person object, or null when the object is not a person. */
function personType(node: Json, key: string | undefined): { typeKey: string; value: unknown } | null {
  if ('tipoPersona' in node) return { typeKey: 'tipoPersona', value: node.tipoPersona };
  if ('tipoDuenoTitular' in node) return { typeKey: 'tipoDuenoTitular', value: node.tipoDuenoTitular };
  if (key && key in THIRD_PARTY_KEYS) return { typeKey: THIRD_PARTY_KEYS[key]!, value: undefined };
  return null;
}

/** Structural b.4 checks over the public item (no private item needed). */
function structuralFindings(item: Json, out: PrivacyFinding[]): void {
  const generales = asObject(asObject(asObject(item.declaracion).situacionPatrimonial).datosGenerales);
  const declarant: Declarant = declarantOf(generales);
  const report = (path: string, reason: string) => out.push({ path, reason });

  const visit = (node: unknown, frame: Frame): void => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => visit(child, { path: `${frame.path}[${index}]`, keys: frame.keys }));
      return;
    }
    if (typeof node === 'string') {
      if (isRfcFisica(node) || personalIdTokens(node).length) {
        report(frame.path, 'looks like the RFC of a persona física or a CURP');
      }
      return;
    }
    if (!isObject(node)) return;

    const key = parentKey(frame);
    // A third party that is not a persona moral must not carry a name or an RFC (decision 1), except the
    // declarant's own name as fideicomitente/fideicomisario (decision 4).
    const person = personType(node, key);
    if (person && person.value !== 'MORAL') {
      for (const identity of PERSON_IDENTITY_KEYS) {
        if (!(identity in node)) continue;
        const declarantName =
          identity === 'nombreRazonSocial' &&
          (key === 'fideicomitente' || key === 'fideicomisario') &&
          isDeclarant({ nombreRazonSocial: node[identity] }, declarant);
        if (!declarantName) report(join(frame.path, identity), `name or RFC of a ${String(person.value ?? 'third party')} person`);
      }
    }

    for (const [child, value] of Object.entries(node)) {
      const path = join(frame.path, child);
      const childFrame: Frame = { path, keys: [...frame.keys, child] };
      if (isForbiddenKeyName(child)) {
        report(path, 'field that is never public');
        continue;
      }
      if (key === 'datosGenerales' && !DATOS_GENERALES_PUBLIC.has(child)) {
        report(path, 'datosGenerales keeps only nombre, primerApellido, segundoApellido and correoElectronico.institucional');
        continue;
      }
      if (key === 'correoElectronico' && under(frame, 'datosGenerales') && child !== 'institucional') {
        report(path, 'only the institutional e-mail is public');
        continue;
      }
      if (child === 'relacion' && key === 'transmisor') {
        report(path, 'transmisor.relacion is not public');
        continue;
      }
      if (ADDRESS_KEYS.has(child) && !under(frame, 'datosEmpleoCargoComision')) {
        report(path, 'address outside datosEmpleoCargoComision');
        continue;
      }
      if ((child === 'nombreInstitucion' || child === 'rfc') && key === 'participacion' && under(frame, 'participacionTomaDecisiones')) {
        report(path, 'participacionTomaDecisiones does not publish the institution');
        continue;
      }
      if (child === 'titular' && !isDecOnly(value)) {
        report(path, 'titular is not exactly [DEC]');
        continue;
      }
      if (child === 'tipoRelacion' && value !== 'DECLARANTE') {
        report(path, 'tipoRelacion is not DECLARANTE');
        continue;
      }
      if (child === 'beneficiarioPrograma' && asObject(value).clave !== 'DC') {
        report(path, 'apoyo of someone other than the declarant (DC)');
        continue;
      }
      if (child === 'beneficiario' && !isDcOnly(value)) {
        report(path, 'beneficio whose beneficiario is not exactly [DC]');
        continue;
      }
      visit(value, childFrame);
    }
  };

  visit(item, { path: '', keys: [] });

  // Items that lack the field that makes them public.
  const declaracion = asObject(item.declaracion);
  const sp = asObject(declaracion.situacionPatrimonial);
  const interes = asObject(declaracion.interes);
  const eachItem = (section: Json, listKey: string, base: string, check: (item: Json) => string | null) => {
    const list = section[listKey];
    if (!Array.isArray(list)) return;
    list.forEach((element, index) => {
      const reason = isObject(element) ? check(element) : 'list element is not an object';
      if (reason) report(`${base}.${listKey}[${index}]`, reason);
    });
  };
  for (const [name, listKey] of Object.entries(DEC_ONLY_LISTS)) {
    eachItem(asObject(sp[name]), listKey, `declaracion.situacionPatrimonial.${name}`, (element) =>
      'titular' in element ? null : 'asset without titular',
    );
  }
  for (const [name, listKey] of Object.entries(DECLARANTE_ONLY_LISTS)) {
    eachItem(asObject(interes[name]), listKey, `declaracion.interes.${name}`, (element) =>
      'tipoRelacion' in element ? null : 'interest without tipoRelacion',
    );
  }
  eachItem(asObject(interes.apoyos), 'apoyo', 'declaracion.interes.apoyos', (element) =>
    'beneficiarioPrograma' in element ? null : 'apoyo without beneficiarioPrograma',
  );
  eachItem(asObject(interes.beneficiosPrivados), 'beneficio', 'declaracion.interes.beneficiosPrivados', (element) =>
    'beneficiario' in element ? null : 'beneficio without beneficiario',
  );

  // A simplified declaration publishes only the simplified sections and no interes.
  if (asObject(item.metadata).declaracionCompleta !== true) {
    if ('interes' in declaracion) report('declaracion.interes', 'a simplified declaration has no public interes');
    for (const name of Object.keys(sp)) {
      if (!SIMPLIFIED_SECTIONS.has(name)) {
        report(`declaracion.situacionPatrimonial.${name}`, 'section outside the simplified format');
      }
    }
  }
}

/** Minimum length of a private value worth looking for; shorter ones match by chance. */
const MIN_SECRET_LENGTH = 5;
/** Placeholders that also occur as ordinary public values (e.g. formaPago "NO APLICA"). */
const PLACEHOLDERS = new Set(['NO APLICA', 'NINGUNO', 'NINGUNA', 'N/A', 'S/N', 'SIN NUMERO', 'NO TIENE', 'DESCONOCIDO']);

interface Secret {
  value: string;
  from: string;
}

/**
 * The values of the private item's non-public fields: CURPs, RFCs of personas físicas and of the declarant,
 * personal e-mail and phones, account numbers, VINs, registry data, streets of non-public addresses, names of
 * the partner, dependants and other personas físicas, and the aclaraciones.
 */
function secretsOf(privateItem: Json): Secret[] {
  const secrets = new Map<string, Secret>();
  const add = (value: unknown, from: string) => {
    if (typeof value !== 'string') return;
    const normalized = normalizeText(value);
    if (normalized.length < MIN_SECRET_LENGTH || PLACEHOLDERS.has(normalized) || secrets.has(normalized)) return;
    secrets.set(normalized, { value: normalized, from });
  };
  const declaracion = asObject(privateItem.declaracion);
  const generales = asObject(asObject(declaracion.situacionPatrimonial).datosGenerales);
  const declarant = declarantOf(generales);
  const rfc = asObject(generales.rfc);
  add(rfc.rfc, 'declaracion.situacionPatrimonial.datosGenerales.rfc.rfc');
  if (declarant.rfc) add(declarant.rfc, 'declaracion.situacionPatrimonial.datosGenerales.rfc');

  const fullName = (person: Json) =>
    [person.nombre, person.primerApellido, person.segundoApellido].filter((p) => typeof p === 'string' && p).join(' ');

  const visit = (node: unknown, frame: Frame): void => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => visit(child, { path: `${frame.path}[${index}]`, keys: frame.keys }));
      return;
    }
    if (!isObject(node)) return;
    const key = parentKey(frame);
    if (key === 'datosPareja' || key === 'dependienteEconomico') add(fullName(node), join(frame.path, '(nombre)'));
    const person = personType(node, key);
    if (person && person.value !== 'MORAL') {
      for (const identity of PERSON_IDENTITY_KEYS) {
        const value = node[identity];
        // The declarant as a party (recognised by name or RFC) is published under their own name.
        if (identity !== 'rfc' && typeof value === 'string' && (isDeclarant({ nombreRazonSocial: value }, declarant) || isDeclarant(node, declarant))) continue;
        add(value, join(frame.path, identity));
      }
    }
    for (const [child, value] of Object.entries(node)) {
      const path = join(frame.path, child);
      if (typeof value === 'string') {
        if (
          child === 'curp' ||
          child === 'numeroCuentaContrato' ||
          child === 'numeroSerieRegistro' ||
          child === 'datoIdentificacion' ||
          child === 'aclaracionesObservaciones' ||
          (child === 'rfc' && isRfcFisica(value)) ||
          (key === 'correoElectronico' && child === 'personal') ||
          (key === 'telefono' && under(frame, 'datosGenerales')) ||
          (child === 'calle' && !under(frame, 'datosEmpleoCargoComision'))
        ) {
          add(value, path);
        }
      }
      visit(value, { path, keys: [...frame.keys, child] });
    }
  };
  visit(privateItem, { path: '', keys: [] });
  return [...secrets.values()];
}

/** Public strings that contain one of the private item's non-public values. */
function leakFindings(publicItem: Json, privateItem: Json, out: PrivacyFinding[]): void {
  const secrets = secretsOf(privateItem);
  if (!secrets.length) return;
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) node.forEach((child, index) => visit(child, `${path}[${index}]`));
    else if (isObject(node)) for (const [key, child] of Object.entries(node)) visit(child, join(path, key));
    else if (typeof node === 'string' || typeof node === 'number') {
      const text = normalizeText(String(node));
      for (const secret of secrets) {
        // The private value itself is never echoed: only where it came from.
        if (text.includes(secret.value)) out.push({ path: path || ROOT, reason: `contains the private value of ${secret.from}` });
      }
    }
  };
  visit(publicItem, '');
}

/**
 * Every place in a public item that breaks the b.4 rules, with the reason. With the private item, also
 * every public string that contains a value of one of its non-public fields.
 */
export function privacyFindings(publicItem: unknown, privateItem?: unknown): PrivacyFinding[] {
  if (!isObject(publicItem)) return [{ path: ROOT, reason: 'not an S1 item object' }];
  const out: PrivacyFinding[] = [];
  structuralFindings(publicItem, out);
  if (isObject(privateItem)) leakFindings(publicItem, privateItem, out);
  return out;
}

/** Every place in a public item that breaks the b.4 rules (for tests and a runtime guard): [] when clean. */
export function privacyViolations(publicItem: unknown, privateItem?: unknown): string[] {
  return [...new Set(privacyFindings(publicItem, privateItem).map((finding) => finding.path))];
}
