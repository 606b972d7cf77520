import { sectionDef, validateItem, type S1ItemInicial, type Tipo } from '@veraz/standards';
import { PROJECTION_RULES_VERSION, privacyViolations, projectPublic, type S1ItemLike } from '@veraz/projection';
import { EXAMPLES, deepFreeze, privateExample, publicExample, type AnyJson } from '../test/helpers';
import { INTERES_LISTS } from './shared';

const DEC = { clave: 'DEC', valor: 'DECLARANTE' };
const CYG = { clave: 'CYG', valor: 'CÓNYUGE' };

describe('projectPublic: reference examples (golden files)', () => {
  it.each(EXAMPLES)('%s: equals its .publica.json exactly', (name) => {
    expect(projectPublic(privateExample(name))).toStrictEqual(publicExample(name));
  });

  it.each(EXAMPLES)('%s: the projection validates against the OAS of its tipo', (name) => {
    const projected = projectPublic(privateExample(name));
    expect(validateItem(projected.metadata.tipo as Tipo, projected)).toEqual([]);
  });

  it.each(EXAMPLES)('%s: the projection has no privacy violation, also against the private item', (name) => {
    const item = privateExample(name);
    expect(privacyViolations(projectPublic(item))).toEqual([]);
    expect(privacyViolations(projectPublic(item), item)).toEqual([]);
    // The golden files themselves pass the guard.
    expect(privacyViolations(publicExample(name), item)).toEqual([]);
  });

  it.each(EXAMPLES)('%s: the private item is reported by the guard', (name) => {
    const item = privateExample(name);
    const violations = privacyViolations(item);
    expect(violations).toContain('declaracion.situacionPatrimonial.datosGenerales.curp');
    expect(violations).toContain('declaracion.situacionPatrimonial.domicilioDeclarante');
    expect(privacyViolations(item, item).length).toBeGreaterThan(violations.length);
  });

  it('projecting a public projection again changes nothing', () => {
    for (const name of EXAMPLES) {
      expect(projectPublic(publicExample(name))).toStrictEqual(publicExample(name));
    }
  });

  it('the list keys used for interes are those of the OAS', () => {
    for (const [name, listKey] of Object.entries(INTERES_LISTS)) {
      expect([name, sectionDef('INICIAL', name)?.listKey]).toEqual([name, listKey]);
    }
  });
});

describe('projectPublic: input and output', () => {
  it('does not mutate its input (deep-frozen) and shares no object with it', () => {
    for (const name of EXAMPLES) {
      const item = deepFreeze(privateExample(name));
      const before = JSON.stringify(item);
      const projected = projectPublic(item) as AnyJson;
      expect(JSON.stringify(item)).toBe(before);
      // Every object of the output is new: writing into it never reaches the frozen input.
      const touch = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        for (const child of Object.values(node)) touch(child);
        expect(Object.isFrozen(node)).toBe(false);
      };
      touch(projected);
    }
  });

  it('copies id and metadata unchanged', () => {
    const item = privateExample('modificacion-completa');
    const projected = projectPublic(item);
    expect(projected.id).toBe(item.id);
    expect(projected.metadata).toStrictEqual(item.metadata);
    expect(projected.metadata).not.toBe(item.metadata);
  });

  it('accepts the generated S1 types', () => {
    const item: S1ItemInicial = privateExample('inicial-completa');
    const projected: S1ItemLike = projectPublic(item);
    expect(projected.metadata.tipo).toBe('INICIAL');
  });

  it('throws for an unknown tipo', () => {
    const item = privateExample('modificacion-completa');
    item.metadata.tipo = 'MODIFICACION';
    expect(() => projectPublic(item)).toThrow(/tipo/);
  });

  it('has a positive integer rules version', () => {
    expect(Number.isInteger(PROJECTION_RULES_VERSION)).toBe(true);
    expect(PROJECTION_RULES_VERSION).toBeGreaterThan(0);
  });
});

describe('projectPublic: sections', () => {
  it('a simplified declaration does not publish complete-only sections or interes captured privately', () => {
    const item = privateExample('inicial-simplificada');
    const complete = privateExample('inicial-completa');
    const sp = item.declaracion.situacionPatrimonial;
    sp.bienesInmuebles = complete.declaracion.situacionPatrimonial.bienesInmuebles;
    sp.datosPareja = complete.declaracion.situacionPatrimonial.datosPareja;
    sp.inversiones = complete.declaracion.situacionPatrimonial.inversiones;
    item.declaracion.interes = complete.declaracion.interes;

    const projected = projectPublic(item) as AnyJson;
    expect(projected).toStrictEqual(publicExample('inicial-simplificada'));
    expect(projected.declaracion.situacionPatrimonial.bienesInmuebles).toBeUndefined();
    expect(projected.declaracion.interes).toBeUndefined();
  });

  it('a declaration without declaracionCompleta=true is treated as simplified', () => {
    const item = privateExample('inicial-completa');
    delete item.metadata.declaracionCompleta;
    const projected = projectPublic(item) as AnyJson;
    expect(projected.declaracion.interes).toBeUndefined();
    expect(Object.keys(projected.declaracion.situacionPatrimonial).sort()).toEqual(
      ['actividadAnualAnterior', 'datosCurricularesDeclarante', 'datosEmpleoCargoComision', 'datosGenerales', 'experienciaLaboral', 'ingresos'],
    );
  });

  it('a section whose only item is co-owned becomes {ninguno: false, <list>: []}', () => {
    const item = privateExample('inicial-completa');
    const inmuebles = item.declaracion.situacionPatrimonial.bienesInmuebles;
    inmuebles.bienInmueble = [inmuebles.bienInmueble[0]]; // DEC + CYG
    expect(inmuebles.bienInmueble[0].titular).toEqual([DEC, CYG]);
    const projected = projectPublic(item) as AnyJson;
    expect(projected.declaracion.situacionPatrimonial.bienesInmuebles).toStrictEqual({ ninguno: false, bienInmueble: [] });
    expect(validateItem('INICIAL', projected)).toEqual([]);
  });

  it('ninguno is copied: true stays true', () => {
    const item = privateExample('inicial-completa');
    item.declaracion.situacionPatrimonial.vehiculos = { ninguno: true, vehiculo: [] };
    item.declaracion.interes.apoyos = { ninguno: true };
    const projected = projectPublic(item) as AnyJson;
    expect(projected.declaracion.situacionPatrimonial.vehiculos).toStrictEqual({ ninguno: true, vehiculo: [] });
    expect(projected.declaracion.interes.apoyos).toStrictEqual({ ninguno: true });
  });

  it('a complete declaration always has the 7 parts of interes, experienciaLaboral and escolaridad', () => {
    const item = privateExample('modificacion-completa');
    delete item.declaracion.interes;
    delete item.declaracion.situacionPatrimonial.experienciaLaboral;
    delete item.declaracion.situacionPatrimonial.datosCurricularesDeclarante;
    const projected = projectPublic(item) as AnyJson;
    expect(projected.declaracion.interes).toStrictEqual({
      participacion: { ninguno: false, participacion: [] },
      participacionTomaDecisiones: { ninguno: false, participacion: [] },
      apoyos: { ninguno: false, apoyo: [] },
      representacion: { ninguno: false, representacion: [] },
      clientesPrincipales: { ninguno: false, cliente: [] },
      beneficiosPrivados: { ninguno: false, beneficio: [] },
      fideicomisos: { ninguno: false, fideicomiso: [] },
    });
    expect(projected.declaracion.situacionPatrimonial.experienciaLaboral).toStrictEqual({ ninguno: false, experiencia: [] });
    expect(projected.declaracion.situacionPatrimonial.datosCurricularesDeclarante).toStrictEqual({ escolaridad: [] });
  });

  it('datosGenerales is whitelisted; without an institutional e-mail correoElectronico disappears', () => {
    const item = privateExample('inicial-completa');
    const dg = item.declaracion.situacionPatrimonial.datosGenerales;
    delete dg.correoElectronico.institucional;
    dg.apodo = 'Pepe'; // not in the OAS
    const projected = projectPublic(item) as AnyJson;
    expect(projected.declaracion.situacionPatrimonial.datosGenerales).toStrictEqual({
      nombre: 'José Ángel',
      primerApellido: 'Muñoz',
      segundoApellido: 'Peña',
    });
  });

  it('keys that the OAS does not define are never published', () => {
    const item = privateExample('inicial-completa');
    item.declaracion.situacionPatrimonial.datosEmpleoCargoComision.notaInterna = 'expediente disciplinario 44/2022';
    item.declaracion.situacionPatrimonial.vehiculos.vehiculo[0].placas = 'JKL-12-34';
    item.declaracion.situacionPatrimonial.seccionNueva = { dato: 'x' };
    item.declaracion.extra = { dato: 'x' };
    item.extra = 'x';
    const projected = projectPublic(item) as AnyJson;
    expect(projected).toStrictEqual(publicExample('inicial-completa'));
  });

  it('the partner income is removed for every tipo, totals stay', () => {
    for (const name of ['inicial-completa', 'modificacion-completa', 'conclusion-completa'] as const) {
      const projected = projectPublic(privateExample(name)) as AnyJson;
      const sp = projected.declaracion.situacionPatrimonial;
      const keys = [...Object.keys(sp.ingresos), ...Object.keys(sp.actividadAnualAnterior ?? {})];
      expect(keys.filter((k) => /ParejaDependiente/.test(k))).toEqual([]);
      expect(keys.some((k) => /^total/.test(k))).toBe(true);
    }
  });
});

describe('projectPublic: assets', () => {
  it('DEC-only means exactly [DEC]: missing, empty, [DEC, DEC] or [CYG] are not public; BAJA items are', () => {
    const item = privateExample('inicial-completa');
    const base = item.declaracion.situacionPatrimonial.bienesMuebles.bienMueble[0];
    const variants = [
      { ...base, titular: undefined },
      { ...base, titular: [] },
      { ...base, titular: [DEC, DEC] },
      { ...base, titular: [CYG] },
      { ...base, titular: [{ clave: 'dec' }] },
      { ...base, tipoOperacion: 'BAJA', motivoBaja: { clave: 'VNT', valor: 'VENTA' } },
    ];
    item.declaracion.situacionPatrimonial.bienesMuebles.bienMueble = variants;
    const projected = projectPublic(item) as AnyJson;
    const kept = projected.declaracion.situacionPatrimonial.bienesMuebles.bienMueble;
    expect(kept).toHaveLength(1);
    expect(kept[0].tipoOperacion).toBe('BAJA');
    expect(kept[0].motivoBaja).toEqual({ clave: 'VNT', valor: 'VENTA' });
  });

  it('in a DEC-only inmueble: FISICA tercero keeps only tipoPersona, MORAL tercero stays, transmisor loses relacion', () => {
    const item = privateExample('inicial-completa');
    const inmueble = item.declaracion.situacionPatrimonial.bienesInmuebles.bienInmueble[1];
    inmueble.tercero = [
      { tipoPersona: 'FISICA', nombreRazonSocial: 'MARIA ELENA MUNOZ PENA', rfc: 'MUPE790215U47' },
      { tipoPersona: 'MORAL', nombreRazonSocial: 'Semillas y Granos Muñoz, S.A. de C.V.', rfc: 'SGM980512K36' },
      { nombreRazonSocial: 'SIN TIPO DE PERSONA' },
    ];
    inmueble.transmisor.push({ tipoPersona: 'FISICA', nombreRazonSocial: 'RAUL HERNANDEZ OCHOA', rfc: 'HEOR650418DZ0', relacion: { clave: 'NIN', valor: 'NINGUNO' } });
    const projected = projectPublic(item) as AnyJson;
    const [publico] = projected.declaracion.situacionPatrimonial.bienesInmuebles.bienInmueble;
    expect(publico.tercero).toStrictEqual([
      { tipoPersona: 'FISICA' },
      { tipoPersona: 'MORAL', nombreRazonSocial: 'Semillas y Granos Muñoz, S.A. de C.V.', rfc: 'SGM980512K36' },
      {},
    ]);
    expect(publico.transmisor).toStrictEqual([
      { tipoPersona: 'MORAL', nombreRazonSocial: 'Desarrollos Residenciales Chapultepec, S.A. de C.V.', rfc: 'DRC1203157Y8' },
      { tipoPersona: 'FISICA' },
    ]);
    expect(publico.datoIdentificacion).toBeUndefined();
    expect(publico.domicilioMexico).toBeUndefined();
    expect(privacyViolations(projected, item)).toEqual([]);
  });

  it('a party that says MORAL but carries the RFC of a persona física is treated as FISICA', () => {
    const item = privateExample('inicial-completa');
    const adeudo = item.declaracion.situacionPatrimonial.adeudos.adeudo[1];
    adeudo.otorganteCredito.tipoPersona = 'MORAL';
    const projected = projectPublic(item) as AnyJson;
    expect(projected.declaracion.situacionPatrimonial.adeudos.adeudo[1].otorganteCredito).toStrictEqual({ tipoPersona: 'MORAL' });
  });

  it('inversiones and adeudos lose the account number and every saldo, keep the percentage', () => {
    for (const name of ['inicial-completa', 'modificacion-completa', 'conclusion-completa'] as const) {
      const projected = projectPublic(privateExample(name)) as AnyJson;
      const sp = projected.declaracion.situacionPatrimonial;
      for (const element of [...sp.inversiones.inversion, ...sp.adeudos.adeudo]) {
        expect(Object.keys(element).filter((k) => /^saldo|numeroCuentaContrato/.test(k))).toEqual([]);
        if (name !== 'inicial-completa') expect(typeof element.porcentajeIncrementoDecremento).toBe('number');
      }
    }
  });

  it('préstamos: every item stays, without address, VIN, registration, relation, or a FISICA owner name', () => {
    const item = privateExample('inicial-completa');
    const [casa, camioneta] = item.declaracion.situacionPatrimonial.prestamoOComodato.prestamo;
    camioneta.duenoTitular = { tipoDuenoTitular: 'FISICA', nombreTitular: 'ERNESTO IBANEZ CORDOBA', rfc: 'IACE810630H9A', relacionConTitular: 'CUÑADO' };
    casa.tipoOperacion = 'BAJA';
    const projected = projectPublic(item) as AnyJson;
    expect(projected.declaracion.situacionPatrimonial.prestamoOComodato).toStrictEqual({
      ninguno: false,
      prestamo: [
        {
          tipoOperacion: 'BAJA',
          tipoBien: { inmueble: { tipoInmueble: { clave: 'CASA', valor: 'CASA' } } },
          duenoTitular: { tipoDuenoTitular: 'FISICA' },
        },
        {
          tipoOperacion: 'AGREGAR',
          tipoBien: {
            vehiculo: {
              tipo: { clave: 'AUMOT', valor: 'AUTOMÓVIL/MOTOCICLETA' },
              marca: 'Nissan',
              modelo: 'NP300 Frontier Doble Cabina',
              anio: 2020,
            },
          },
          duenoTitular: { tipoDuenoTitular: 'FISICA' },
        },
      ],
    });
    expect(privacyViolations(projected, item)).toEqual([]);
  });
});

describe('projectPublic: interes', () => {
  it('fideicomiso: the declarant (matched ignoring accents and case) is published with the name of datosGenerales, without RFC', () => {
    const item = privateExample('inicial-completa');
    const fideicomiso = item.declaracion.interes.fideicomisos.fideicomiso[0];
    fideicomiso.fideicomitente.nombreRazonSocial = 'JOSE ANGEL MUNOZ PENA';
    const projected = projectPublic(item) as AnyJson;
    expect(projected.declaracion.interes.fideicomisos.fideicomiso[0].fideicomitente).toStrictEqual({
      tipoPersona: 'FISICA',
      nombreRazonSocial: 'José Ángel Muñoz Peña',
    });
  });

  it('fideicomiso: the declarant is also recognised by the 13-character RFC, and the privacy guard accepts the result', () => {
    const item = privateExample('inicial-completa');
    const fideicomiso = item.declaracion.interes.fideicomisos.fideicomiso[0];
    fideicomiso.fideicomitente.nombreRazonSocial = 'J. Ángel Muñoz P.';
    const projected = projectPublic(item) as AnyJson;
    expect(projected.declaracion.interes.fideicomisos.fideicomiso[0].fideicomitente).toStrictEqual({
      tipoPersona: 'FISICA',
      nombreRazonSocial: 'José Ángel Muñoz Peña',
    });
    expect(privacyViolations(projected, item)).toEqual([]);
  });

  it('fideicomiso: another persona física keeps only tipoPersona; a persona moral keeps everything', () => {
    const item = privateExample('inicial-completa');
    const fideicomiso = item.declaracion.interes.fideicomisos.fideicomiso[0];
    fideicomiso.fideicomitente = { tipoPersona: 'FISICA', nombreRazonSocial: 'Ramón Muñoz Gutiérrez', rfc: 'MUGR500808JT8' };
    fideicomiso.fideicomisario = { tipoPersona: 'MORAL', nombreRazonSocial: 'Fundación Educativa, A.C.', rfc: 'FED010101AB1' };
    const projected = projectPublic(item) as AnyJson;
    const publico = projected.declaracion.interes.fideicomisos.fideicomiso[0];
    expect(publico.fideicomitente).toStrictEqual({ tipoPersona: 'FISICA' });
    expect(publico.fideicomisario).toStrictEqual(fideicomiso.fideicomisario);
    expect(publico.fiduciario).toStrictEqual(fideicomiso.fiduciario);
    expect(publico.rfcFideicomiso).toBe(fideicomiso.rfcFideicomiso);
  });

  it('only DECLARANTE interests, DC apoyos and [DC] beneficios are public', () => {
    const item = privateExample('modificacion-completa');
    const projected = projectPublic(item) as AnyJson;
    const interes = projected.declaracion.interes;
    for (const [name, listKey] of Object.entries(INTERES_LISTS)) {
      for (const element of interes[name][listKey]) {
        if (name === 'apoyos') expect(element.beneficiarioPrograma.clave).toBe('DC');
        else if (name === 'beneficiosPrivados') expect(element.beneficiario).toEqual([{ clave: 'DC', valor: 'DECLARANTE' }]);
        else expect(element.tipoRelacion).toBe('DECLARANTE');
      }
    }
    expect(interes.beneficiosPrivados.beneficio).toHaveLength(1);
  });

  it('a FISICA otorgante of a [DC] beneficio keeps only tipoPersona', () => {
    const item = privateExample('inicial-completa');
    item.declaracion.interes.beneficiosPrivados.beneficio[0].beneficiario = [{ clave: 'DC', valor: 'DECLARANTE' }];
    const projected = projectPublic(item) as AnyJson;
    const [beneficio] = projected.declaracion.interes.beneficiosPrivados.beneficio;
    expect(beneficio.otorgante).toStrictEqual({ tipoPersona: 'FISICA' });
    expect(privacyViolations(projected, item)).toEqual([]);
  });
});
