import { privacyFindings, privacyViolations } from '@veraz/projection';
import { EXAMPLES, privateExample, publicExample, type AnyJson } from '../test/helpers';

const SP = 'declaracion.situacionPatrimonial';
const DEC = { clave: 'DEC', valor: 'DECLARANTE' };
const CYG = { clave: 'CYG', valor: 'CÓNYUGE' };

type Mutation = [label: string, mutate: (pub: AnyJson, priv: AnyJson) => void, expected: string];

/** One forbidden thing at a time, injected into the golden public projection of inicial-completa. */
const MUTATIONS: Mutation[] = [
  [
    'a CURP in datosGenerales',
    (pub, priv) => (pub.declaracion.situacionPatrimonial.datosGenerales.curp = priv.declaracion.situacionPatrimonial.datosGenerales.curp),
    `${SP}.datosGenerales.curp`,
  ],
  [
    'a CURP inside a free text',
    (pub) => (pub.declaracion.interes.apoyos.apoyo[0].especifiqueApoyo += ' (CURP MUIS140903HJCXBNA8)'),
    'declaracion.interes.apoyos.apoyo[0].especifiqueApoyo',
  ],
  [
    'the RFC in datosGenerales',
    (pub) => (pub.declaracion.situacionPatrimonial.datosGenerales.rfc = { rfc: 'MUPA820714' }),
    `${SP}.datosGenerales.rfc`,
  ],
  [
    'a homoClave anywhere',
    (pub) => (pub.declaracion.situacionPatrimonial.experienciaLaboral.experiencia[0].homoClave = 'LY3'),
    `${SP}.experienciaLaboral.experiencia[0].homoClave`,
  ],
  [
    'a personal e-mail',
    (pub) => (pub.declaracion.situacionPatrimonial.datosGenerales.correoElectronico.personal = 'alguien@example.com'),
    `${SP}.datosGenerales.correoElectronico.personal`,
  ],
  [
    'a home phone',
    (pub) => (pub.declaracion.situacionPatrimonial.datosGenerales.telefono = { casa: '3336541287' }),
    `${SP}.datosGenerales.telefono`,
  ],
  [
    'the marital status',
    (pub) => (pub.declaracion.situacionPatrimonial.datosGenerales.situacionPersonalEstadoCivil = { clave: 'CAS', valor: 'CASADO (A)' }),
    `${SP}.datosGenerales.situacionPersonalEstadoCivil`,
  ],
  [
    'domicilioDeclarante',
    (pub, priv) => (pub.declaracion.situacionPatrimonial.domicilioDeclarante = priv.declaracion.situacionPatrimonial.domicilioDeclarante),
    `${SP}.domicilioDeclarante`,
  ],
  [
    'datosPareja',
    (pub) => (pub.declaracion.situacionPatrimonial.datosPareja = { ninguno: true }),
    `${SP}.datosPareja`,
  ],
  [
    'datosDependienteEconomico',
    (pub) => (pub.declaracion.situacionPatrimonial.datosDependienteEconomico = { ninguno: true }),
    `${SP}.datosDependienteEconomico`,
  ],
  [
    'an aclaracionesObservaciones',
    (pub) => (pub.declaracion.situacionPatrimonial.vehiculos.aclaracionesObservaciones = 'Nota'),
    `${SP}.vehiculos.aclaracionesObservaciones`,
  ],
  [
    'an aclaracionesObservaciones inside otroEmpleoCargoComision',
    (pub) => (pub.declaracion.situacionPatrimonial.datosEmpleoCargoComision.otroEmpleoCargoComision = [{ aclaracionesObservaciones: 'Nota' }]),
    `${SP}.datosEmpleoCargoComision.otroEmpleoCargoComision[0].aclaracionesObservaciones`,
  ],
  [
    'the partner income',
    (pub) => (pub.declaracion.situacionPatrimonial.ingresos.ingresoMensualNetoParejaDependiente = { valor: 32000, moneda: 'MXN' }),
    `${SP}.ingresos.ingresoMensualNetoParejaDependiente`,
  ],
  [
    'the partner income of the previous year',
    (pub) => (pub.declaracion.situacionPatrimonial.actividadAnualAnterior.ingresoNetoAnualParejaDependiente = { valor: 1, moneda: 'MXN' }),
    `${SP}.actividadAnualAnterior.ingresoNetoAnualParejaDependiente`,
  ],
  [
    'a CYG titular item',
    (pub) =>
      pub.declaracion.situacionPatrimonial.bienesInmuebles.bienInmueble.push({
        ...pub.declaracion.situacionPatrimonial.bienesInmuebles.bienInmueble[0],
        titular: [CYG],
      }),
    `${SP}.bienesInmuebles.bienInmueble[1].titular`,
  ],
  [
    'a co-owned (DEC + CYG) vehicle',
    (pub) => (pub.declaracion.situacionPatrimonial.vehiculos.vehiculo[0].titular = [DEC, CYG]),
    `${SP}.vehiculos.vehiculo[0].titular`,
  ],
  [
    'an asset without titular',
    (pub) => delete pub.declaracion.situacionPatrimonial.inversiones.inversion[0].titular,
    `${SP}.inversiones.inversion[0]`,
  ],
  [
    'a FISICA tercero with a name',
    (pub) =>
      (pub.declaracion.situacionPatrimonial.bienesInmuebles.bienInmueble[0].tercero = [
        { tipoPersona: 'FISICA', nombreRazonSocial: 'MARIA ELENA MUNOZ PENA' },
      ]),
    `${SP}.bienesInmuebles.bienInmueble[0].tercero[0].nombreRazonSocial`,
  ],
  [
    'a FISICA transmisor with an RFC',
    (pub) => (pub.declaracion.situacionPatrimonial.vehiculos.vehiculo[0].transmisor[0].rfc = 'GAVH780925PJ0'),
    `${SP}.vehiculos.vehiculo[0].transmisor[0].rfc`,
  ],
  [
    'a transmisor relacion',
    (pub) => (pub.declaracion.situacionPatrimonial.bienesInmuebles.bienInmueble[0].transmisor[0].relacion = { clave: 'NIN', valor: 'NINGUNO' }),
    `${SP}.bienesInmuebles.bienInmueble[0].transmisor[0].relacion`,
  ],
  [
    'a FISICA lender with a name',
    (pub) => (pub.declaracion.situacionPatrimonial.adeudos.adeudo[1].otorganteCredito.nombreInstitucion = 'ERNESTO IBANEZ CORDOBA'),
    `${SP}.adeudos.adeudo[1].otorganteCredito.nombreInstitucion`,
  ],
  [
    'a FISICA owner with a name',
    (pub) => (pub.declaracion.situacionPatrimonial.prestamoOComodato.prestamo[0].duenoTitular.nombreTitular = 'MARIA DE LOURDES PENA ARELLANO'),
    `${SP}.prestamoOComodato.prestamo[0].duenoTitular.nombreTitular`,
  ],
  [
    'relacionConTitular',
    (pub) => (pub.declaracion.situacionPatrimonial.prestamoOComodato.prestamo[1].duenoTitular.relacionConTitular = 'ACCIONISTA'),
    `${SP}.prestamoOComodato.prestamo[1].duenoTitular.relacionConTitular`,
  ],
  [
    'the address of a lent house',
    (pub, priv) =>
      (pub.declaracion.situacionPatrimonial.prestamoOComodato.prestamo[0].tipoBien.inmueble.domicilioMexico =
        priv.declaracion.situacionPatrimonial.prestamoOComodato.prestamo[0].tipoBien.inmueble.domicilioMexico),
    `${SP}.prestamoOComodato.prestamo[0].tipoBien.inmueble.domicilioMexico`,
  ],
  [
    'the address of an inmueble',
    (pub, priv) =>
      (pub.declaracion.situacionPatrimonial.bienesInmuebles.bienInmueble[0].domicilioMexico =
        priv.declaracion.situacionPatrimonial.bienesInmuebles.bienInmueble[1].domicilioMexico),
    `${SP}.bienesInmuebles.bienInmueble[0].domicilioMexico`,
  ],
  [
    'a datoIdentificacion',
    (pub) => (pub.declaracion.situacionPatrimonial.bienesInmuebles.bienInmueble[0].datoIdentificacion = 'Folio real 4410937'),
    `${SP}.bienesInmuebles.bienInmueble[0].datoIdentificacion`,
  ],
  [
    'a VIN',
    (pub) => (pub.declaracion.situacionPatrimonial.vehiculos.vehiculo[0].numeroSerieRegistro = 'JM3KFBCM8K0612345'),
    `${SP}.vehiculos.vehiculo[0].numeroSerieRegistro`,
  ],
  [
    'a lugarRegistro',
    (pub) => (pub.declaracion.situacionPatrimonial.vehiculos.vehiculo[0].lugarRegistro = { pais: 'MX' }),
    `${SP}.vehiculos.vehiculo[0].lugarRegistro`,
  ],
  [
    'an account number',
    (pub) => (pub.declaracion.situacionPatrimonial.inversiones.inversion[0].numeroCuentaContrato = '0198765432'),
    `${SP}.inversiones.inversion[0].numeroCuentaContrato`,
  ],
  [
    'a saldoSituacionActual',
    (pub) => (pub.declaracion.situacionPatrimonial.inversiones.inversion[0].saldoSituacionActual = { valor: 48200, moneda: 'MXN' }),
    `${SP}.inversiones.inversion[0].saldoSituacionActual`,
  ],
  [
    'a saldoInsolutoDiciembreAnterior',
    (pub) => (pub.declaracion.situacionPatrimonial.adeudos.adeudo[0].saldoInsolutoDiciembreAnterior = { valor: 1, moneda: 'MXN' }),
    `${SP}.adeudos.adeudo[0].saldoInsolutoDiciembreAnterior`,
  ],
  [
    'a PAREJA participacion',
    (pub, priv) => pub.declaracion.interes.participacion.participacion.push(priv.declaracion.interes.participacion.participacion[1]),
    'declaracion.interes.participacion.participacion[1].tipoRelacion',
  ],
  [
    'an interest without tipoRelacion',
    (pub) => delete pub.declaracion.interes.clientesPrincipales.cliente[0].tipoRelacion,
    'declaracion.interes.clientesPrincipales.cliente[0]',
  ],
  [
    'the institution of a toma de decisiones',
    (pub) => (pub.declaracion.interes.participacionTomaDecisiones.participacion[0].nombreInstitucion = 'Colegio de Ingenieros Civiles del Estado de Jalisco, A.C.'),
    'declaracion.interes.participacionTomaDecisiones.participacion[0].nombreInstitucion',
  ],
  [
    'an apoyo of a child',
    (pub) => (pub.declaracion.interes.apoyos.apoyo[0].beneficiarioPrograma = { clave: 'HIJ', valor: 'HIJO(A)' }),
    'declaracion.interes.apoyos.apoyo[0].beneficiarioPrograma',
  ],
  [
    'a beneficio of [DC, CY]',
    (pub, priv) => pub.declaracion.interes.beneficiosPrivados.beneficio.push(priv.declaracion.interes.beneficiosPrivados.beneficio[1]),
    'declaracion.interes.beneficiosPrivados.beneficio[0].beneficiario',
  ],
  [
    'a FISICA representado with a name',
    (pub) => (pub.declaracion.interes.representacion.representacion[0].nombreRazonSocial = 'María de Lourdes Peña Arellano'),
    'declaracion.interes.representacion.representacion[0].nombreRazonSocial',
  ],
  [
    'a FISICA client with an RFC',
    (pub) => (pub.declaracion.interes.clientesPrincipales.cliente[1].clientePrincipal.rfc = 'SADR700312IF2'),
    'declaracion.interes.clientesPrincipales.cliente[1].clientePrincipal.rfc',
  ],
  [
    'the declarant RFC as fideicomitente',
    (pub) => (pub.declaracion.interes.fideicomisos.fideicomiso[0].fideicomitente.rfc = 'MUPA820714LY3'),
    'declaracion.interes.fideicomisos.fideicomiso[0].fideicomitente.rfc',
  ],
  [
    'the name of the minor as fideicomisario',
    (pub) => (pub.declaracion.interes.fideicomisos.fideicomiso[0].fideicomisario.nombreRazonSocial = 'Santiago Muñoz Ibáñez'),
    'declaracion.interes.fideicomisos.fideicomiso[0].fideicomisario.nombreRazonSocial',
  ],
  [
    'a 13-character RFC in a company field',
    (pub) => (pub.declaracion.situacionPatrimonial.experienciaLaboral.experiencia[0].rfc = 'HEOR650418DZ0'),
    `${SP}.experienciaLaboral.experiencia[0].rfc`,
  ],
];

describe('privacyViolations: one forbidden thing at a time', () => {
  it('the untouched golden projection is clean', () => {
    expect(privacyViolations(publicExample('inicial-completa'))).toEqual([]);
    expect(privacyViolations(publicExample('inicial-completa'), privateExample('inicial-completa'))).toEqual([]);
  });

  it.each(MUTATIONS)('reports %s', (_label, mutate, expected) => {
    const pub = publicExample('inicial-completa');
    const priv = privateExample('inicial-completa');
    mutate(pub, priv);
    expect(privacyViolations(pub)).toContain(expected);
    expect(privacyViolations(pub, priv)).toContain(expected);
    for (const finding of privacyFindings(pub)) expect(finding.reason).toEqual(expect.any(String));
  });
});

describe('privacyViolations: private values leaking into public text', () => {
  type Leak = [label: string, value: (priv: AnyJson) => string];
  const LEAKS: Leak[] = [
    ['the CURP', (priv) => priv.declaracion.situacionPatrimonial.datosGenerales.curp],
    ['the declarant RFC without homoclave', (priv) => priv.declaracion.situacionPatrimonial.datosGenerales.rfc.rfc],
    ['the personal e-mail', (priv) => priv.declaracion.situacionPatrimonial.datosGenerales.correoElectronico.personal],
    ['the mobile phone', (priv) => priv.declaracion.situacionPatrimonial.datosGenerales.telefono.celularPersonal],
    ['an account number', (priv) => priv.declaracion.situacionPatrimonial.inversiones.inversion[3].numeroCuentaContrato],
    ['a VIN', (priv) => priv.declaracion.situacionPatrimonial.vehiculos.vehiculo[1].numeroSerieRegistro],
    ['the home street', (priv) => priv.declaracion.situacionPatrimonial.domicilioDeclarante.domicilioMexico.calle],
    ['the street of a lent house', (priv) => priv.declaracion.situacionPatrimonial.prestamoOComodato.prestamo[0].tipoBien.inmueble.domicilioMexico.calle],
    [
      'the partner name, without accents',
      (priv) => {
        const p = priv.declaracion.situacionPatrimonial.datosPareja;
        return `${p.nombre} ${p.primerApellido} ${p.segundoApellido}`.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      },
    ],
    [
      'the name of the minor',
      (priv) => {
        const d = priv.declaracion.situacionPatrimonial.datosDependienteEconomico.dependienteEconomico[0];
        return `${d.nombre} ${d.primerApellido} ${d.segundoApellido}`;
      },
    ],
    ['the name of the FISICA lender', (priv) => priv.declaracion.situacionPatrimonial.adeudos.adeudo[1].otorganteCredito.nombreInstitucion],
    ['an aclaracion', (priv) => priv.declaracion.interes.representacion.aclaracionesObservaciones],
  ];

  it.each(LEAKS)('reports %s written into a public free text', (_label, value) => {
    const pub = publicExample('inicial-completa');
    const priv = privateExample('inicial-completa');
    pub.declaracion.situacionPatrimonial.bienesMuebles.bienMueble[0].descripcionGeneralBien += ` — ${value(priv)}`;
    const path = `${SP}.bienesMuebles.bienMueble[0].descripcionGeneralBien`;
    expect(privacyViolations(pub, priv)).toEqual([path]);
    // The report names where the value came from, never the value itself.
    for (const finding of privacyFindings(pub, priv)) expect(finding.reason).not.toContain(value(priv));
  });

  it('ignores placeholders such as "NO APLICA" that are also ordinary public values', () => {
    // The brother-in-law's loan has numeroCuentaContrato "NO APLICA"; formaPago "NO APLICA" is public.
    const priv = privateExample('inicial-completa');
    expect(priv.declaracion.situacionPatrimonial.adeudos.adeudo[1].numeroCuentaContrato).toBe('NO APLICA');
    expect(privacyViolations(publicExample('inicial-completa'), priv)).toEqual([]);
  });
});

describe('privacyViolations: simplified declarations and odd input', () => {
  it('a simplified declaration must not publish interes or complete-only sections', () => {
    const pub = publicExample('inicial-simplificada');
    pub.declaracion.interes = publicExample('inicial-completa').declaracion.interes;
    pub.declaracion.situacionPatrimonial.bienesInmuebles = { ninguno: true };
    expect(privacyViolations(pub)).toEqual(
      expect.arrayContaining(['declaracion.interes', `${SP}.bienesInmuebles`]),
    );
  });

  it('reports an input that is not an item', () => {
    expect(privacyViolations(null)).toEqual(['(item)']);
    expect(privacyViolations('x')).toEqual(['(item)']);
  });

  it.each(EXAMPLES)('%s: the private item names its CURP and its home address', (name) => {
    const violations = privacyViolations(privateExample(name));
    expect(violations).toContain(`${SP}.datosGenerales.curp`);
    expect(violations).toContain(`${SP}.domicilioDeclarante`);
  });
});
