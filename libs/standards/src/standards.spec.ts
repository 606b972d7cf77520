import fs from 'node:fs';
import path from 'node:path';
import {
  ACLARACIONES_MAX,
  TIPOS,
  catalogs,
  oasDocument,
  pruneToSchema,
  sectionDef,
  sectionsFor,
  validateItem,
  validateResponse,
  validateSectionComplete,
  validateSectionDraft,
  type FieldError,
  type S1ItemInicial,
  type Tipo,
} from '@veraz/standards';

const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures');
const fixtureFiles = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort();
const fixture = (name: string) => JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));

/** Every message is a short Spanish sentence starting like ours do. */
const SPANISH = /^(debe|es obligatorio|no )/;

function expectSpanish(errors: FieldError[]) {
  for (const e of errors) expect(e.message).toMatch(SPANISH);
}

describe('reference examples (shared fixtures)', () => {
  it('has the 10 shared example files', () => {
    expect(fixtureFiles).toHaveLength(10);
  });

  it.each(fixtureFiles)('%s validates with zero errors for its own metadata.tipo', (file) => {
    const item = fixture(file);
    expect(TIPOS).toContain(item.metadata.tipo);
    expect(validateItem(item.metadata.tipo, item)).toEqual([]);
    const response = { pagination: { page: 1, pageSize: 1, totalRows: 1, hasNextPage: false }, results: [item] };
    expect(validateResponse(item.metadata.tipo, response)).toEqual([]);
  });

  it.each(fixtureFiles.filter((f) => !f.includes('.publica.')))(
    '%s: every section validates complete and draft for its tipo',
    (file) => {
      const item = fixture(file);
      const tipo: Tipo = item.metadata.tipo;
      for (const group of ['situacionPatrimonial', 'interes'] as const) {
        for (const [name, payload] of Object.entries(item.declaracion[group] ?? {})) {
          expect([name, validateSectionComplete(tipo, name, payload)]).toEqual([name, []]);
          expect([name, validateSectionDraft(tipo, name, payload)]).toEqual([name, []]);
          // Pruning a valid section to its own tipo changes nothing.
          expect(pruneToSchema(tipo, name, payload)).toEqual(payload);
        }
      }
    },
  );

  it('the generated types describe the fixtures', () => {
    const item: S1ItemInicial = fixture('inicial-completa.json');
    expect(item.declaracion.situacionPatrimonial.actividadAnualAnterior.servidorPublicoAnioAnterior).toBe(true);
  });
});

describe('negative controls', () => {
  it('an un-accented MODIFICACION tipo fails at metadata.tipo', () => {
    const item = fixture('modificacion-completa.json');
    item.metadata.tipo = 'MODIFICACION';
    const errors = validateItem('MODIFICACIÓN', item);
    expect(errors).toEqual([{ path: 'metadata.tipo', message: expect.stringMatching(/^debe ser uno de los valores permitidos/) }]);
    expect(errors[0]!.message).not.toContain('MODIFICACION');
  });

  it('a MOD item validated as INICIAL misses actividadAnualAnterior', () => {
    const item = fixture('modificacion-completa.json');
    expect(validateItem('INICIAL', item)).toContainEqual({
      path: 'declaracion.situacionPatrimonial.actividadAnualAnterior',
      message: 'es obligatorio',
    });
  });

  it('CREDITO without its accent in a formaPago gives the path of that field', () => {
    const item = fixture('inicial-completa.json');
    item.declaracion.situacionPatrimonial.bienesInmuebles.bienInmueble[1].formaPago = 'CREDITO';
    const errors = validateItem('INICIAL', item);
    expect(errors).toEqual([
      {
        path: 'declaracion.situacionPatrimonial.bienesInmuebles.bienInmueble[1].formaPago',
        message: 'debe ser uno de los valores permitidos: CRÉDITO, CONTADO, NO APLICA',
      },
    ]);
  });

  it('a one-digit entidadFederativa clave fails the INEGI pattern', () => {
    const item = fixture('inicial-completa.json');
    item.declaracion.situacionPatrimonial.datosEmpleoCargoComision.domicilioMexico.entidadFederativa.clave = '4';
    expect(validateItem('INICIAL', item)).toEqual([
      {
        path: 'declaracion.situacionPatrimonial.datosEmpleoCargoComision.domicilioMexico.entidadFederativa.clave',
        message: 'debe tener exactamente 2 dígitos',
      },
    ]);
  });

  it('a porcentajeIncrementoDecremento of 150 fails in MODIFICACIÓN', () => {
    const item = fixture('modificacion-completa.json');
    const inversiones = item.declaracion.situacionPatrimonial.inversiones;
    inversiones.inversion[0].porcentajeIncrementoDecremento = 150;
    expect(validateItem('MODIFICACIÓN', item)).toEqual([
      {
        path: 'declaracion.situacionPatrimonial.inversiones.inversion[0].porcentajeIncrementoDecremento',
        message: 'debe ser menor o igual a 100',
      },
    ]);
    expect(validateSectionDraft('MODIFICACIÓN', 'inversiones', inversiones)).toEqual([
      { path: 'inversion[0].porcentajeIncrementoDecremento', message: 'debe ser menor o igual a 100' },
    ]);
  });

  it('a date without time in metadata.actualizacion fails', () => {
    const item = fixture('inicial-simplificada.json');
    item.metadata.actualizacion = '2023-07-18';
    expect(validateItem('INICIAL', item)).toEqual([
      { path: 'metadata.actualizacion', message: expect.stringMatching(/^debe ser una fecha y hora/) },
    ]);
  });

  it('validateResponse reports paths from the response root', () => {
    const item = fixture('inicial-simplificada.json');
    item.metadata.tipo = 'INICIALES';
    const errors = validateResponse('INICIAL', { pagination: { page: 1, pageSize: 1, totalRows: 1, hasNextPage: false }, results: [item] });
    expect(errors.map((e) => e.path)).toEqual(['results[0].metadata.tipo']);
  });
});

describe('section validation', () => {
  it('a half-filled datosGenerales passes as a draft; complete reports primerApellido in Spanish', () => {
    expect(validateSectionDraft('INICIAL', 'datosGenerales', { nombre: 'Ana' })).toEqual([]);
    expect(validateSectionComplete('INICIAL', 'datosGenerales', { nombre: 'Ana' })).toEqual([
      { path: 'primerApellido', message: 'es obligatorio' },
    ]);
  });

  it('drafts still check types, enums, formats, patterns and limits, but no nested required', () => {
    const draft = {
      ninguno: false,
      bienInmueble: [
        {
          formaPago: 5,
          fechaAdquisicion: '2020-02-31x',
          valorAdquisicion: { valor: -1 },
          domicilioMexico: { municipioAlcaldia: { clave: '39' } },
        },
      ],
    };
    const errors = validateSectionDraft('INICIAL', 'bienesInmuebles', draft);
    expect(errors).toHaveLength(4);
    expect(errors).toEqual(expect.arrayContaining([
      { path: 'bienInmueble[0].formaPago', message: 'debe ser texto' },
      { path: 'bienInmueble[0].valorAdquisicion.valor', message: 'debe ser mayor o igual a 0' },
      { path: 'bienInmueble[0].fechaAdquisicion', message: 'debe ser una fecha válida con el formato AAAA-MM-DD' },
      { path: 'bienInmueble[0].domicilioMexico.municipioAlcaldia.clave', message: 'debe tener exactamente 3 dígitos' },
    ]));
    const complete = validateSectionComplete('INICIAL', 'bienesInmuebles', { ninguno: false, bienInmueble: [{ valorAdquisicion: { valor: 1 } }] });
    expect(complete).toEqual([{ path: 'bienInmueble[0].valorAdquisicion.moneda', message: 'es obligatorio' }]);
    expect(validateSectionDraft('INICIAL', 'bienesInmuebles', { ninguno: false, bienInmueble: [{ valorAdquisicion: { valor: 1 } }] })).toEqual([]);
  });

  it('aclaraciones/observaciones hold up to 500 characters, in drafts and complete sections', () => {
    const within = { calle: 'x', aclaracionesObservaciones: 'ñ'.repeat(ACLARACIONES_MAX) };
    expect(validateSectionDraft('INICIAL', 'domicilioDeclarante', within)).toEqual([]);
    const over = { ninguno: true, aclaracionesObservaciones: 'a'.repeat(ACLARACIONES_MAX + 1) };
    const error = { path: 'aclaracionesObservaciones', message: 'debe tener como máximo 500 caracteres' };
    expect(validateSectionDraft('MODIFICACIÓN', 'vehiculos', over)).toEqual([error]);
    expect(validateSectionComplete('MODIFICACIÓN', 'vehiculos', over)).toEqual([error]);
  });

  it('the anyOf of experienciaLaboral reports one error per field, not one per branch', () => {
    const payload = { ninguno: false, experiencia: [{ fechaIngreso: '2020-13-45', tipoOperacion: 'NUEVO' }, 7] };
    expect(validateSectionDraft('MODIFICACIÓN', 'experienciaLaboral', payload)).toEqual([
      { path: 'experiencia[0].tipoOperacion', message: 'debe ser uno de los valores permitidos: AGREGAR, MODIFICAR, SIN_CAMBIOS, BAJA' },
      { path: 'experiencia[0].fechaIngreso', message: 'debe ser una fecha válida con el formato AAAA-MM-DD' },
      { path: 'experiencia[1]', message: 'debe ser un objeto' },
    ]);
  });

  it('the payload must be an object', () => {
    for (const payload of [null, undefined, 'x', 3, ['a']]) {
      expect(validateSectionDraft('INICIAL', 'datosGenerales', payload)).toEqual([{ path: '', message: 'debe ser un objeto' }]);
      expect(validateSectionComplete('INICIAL', 'datosGenerales', payload)).toEqual([{ path: '', message: 'debe ser un objeto' }]);
    }
  });

  it('uses the response property names and rejects sections the tipo does not have', () => {
    expect(validateSectionDraft('INICIAL', 'datosDependienteEconomico', { ninguno: true })).toEqual([]);
    expect(validateSectionDraft('INICIAL', 'representacion', { ninguno: true })).toEqual([]);
    expect(() => validateSectionDraft('INICIAL', 'datosDependientesEconomicos', {})).toThrow(/no existe/);
    expect(() => validateSectionDraft('MODIFICACIÓN', 'actividadAnualAnterior', {})).toThrow(/no existe/);
    expect(() => validateItem('MODIFICACION' as Tipo, {})).toThrow(/Tipo de declaración desconocido/);
  });

  it('messages are Spanish and never contain the invalid value', () => {
    const curp = 'MUPA820714HJCXXN04X';
    const secret = 'SECRETO-123456';
    const cases: Array<[Tipo, string, Record<string, unknown>, string[]]> = [
      ['INICIAL', 'datosGenerales', { curp, rfc: { rfc: 'MUPA820714123', homoClave: 'LY3X' } }, [curp, 'MUPA820714123', 'LY3X']],
      ['INICIAL', 'datosGenerales', { nombre: 12345678, paisNacimiento: 'MEX' }, ['12345678', 'MEX']],
      ['INICIAL', 'datosGenerales', { situacionPersonalEstadoCivil: { clave: secret } }, [secret]],
      ['INICIAL', 'bienesInmuebles', { bienInmueble: [{ fechaAdquisicion: secret, domicilioMexico: { entidadFederativa: { clave: 'JALISCO' } } }] }, [secret, 'JALISCO']],
      ['MODIFICACIÓN', 'inversiones', { inversion: [{ porcentajeIncrementoDecremento: 987.65, saldoDiciembreAnterior: { valor: -4321 } }] }, ['987.65', '4321']],
      ['CONCLUSIÓN', 'participacionTomaDecisiones', { participacion: [{ rfc: 'X1Y2' }] }, ['X1Y2']],
    ];
    for (const [tipo, name, payload, values] of cases) {
      const errors = [...validateSectionDraft(tipo, name, payload), ...validateSectionComplete(tipo, name, payload)];
      expect(errors.length).toBeGreaterThan(0);
      expectSpanish(errors);
      for (const e of errors) for (const value of values) expect(e.message).not.toContain(value);
    }
  });
});

describe('sections per tipo and format', () => {
  const names = (tipo: Tipo, completa: boolean) => sectionsFor(tipo, completa).map((s) => s.name);
  const SIMPLIFIED = ['datosGenerales', 'domicilioDeclarante', 'datosCurricularesDeclarante', 'datosEmpleoCargoComision', 'experienciaLaboral', 'ingresos'];
  const INTERES = ['participacion', 'participacionTomaDecisiones', 'apoyos', 'representacion', 'clientesPrincipales', 'beneficiosPrivados', 'fideicomisos'];

  it('simplified: 7 sections for INICIAL and CONCLUSIÓN, 6 for MODIFICACIÓN', () => {
    expect(names('INICIAL', false)).toEqual([...SIMPLIFIED, 'actividadAnualAnterior']);
    expect(names('CONCLUSIÓN', false)).toEqual([...SIMPLIFIED, 'actividadAnualAnterior']);
    expect(names('MODIFICACIÓN', false)).toEqual(SIMPLIFIED);
  });

  it('complete: 15 + 7 for INICIAL and CONCLUSIÓN, 14 + 7 for MODIFICACIÓN, in DOF order', () => {
    const patrimonial = (tipo: Tipo) => sectionsFor(tipo, true).filter((s) => s.group === 'situacionPatrimonial').map((s) => s.name);
    const interes = (tipo: Tipo) => sectionsFor(tipo, true).filter((s) => s.group === 'interes').map((s) => s.name);
    expect(patrimonial('INICIAL')).toEqual([
      'datosGenerales', 'domicilioDeclarante', 'datosCurricularesDeclarante', 'datosEmpleoCargoComision', 'experienciaLaboral',
      'datosPareja', 'datosDependienteEconomico', 'ingresos', 'actividadAnualAnterior', 'bienesInmuebles', 'vehiculos',
      'bienesMuebles', 'inversiones', 'adeudos', 'prestamoOComodato',
    ]);
    expect(patrimonial('CONCLUSIÓN')).toEqual(patrimonial('INICIAL'));
    expect(patrimonial('MODIFICACIÓN')).toEqual(patrimonial('INICIAL').filter((n) => n !== 'actividadAnualAnterior'));
    for (const tipo of TIPOS) expect(interes(tipo)).toEqual(INTERES);
    expect(sectionsFor('INICIAL', true)).toHaveLength(22);
    expect(sectionsFor('MODIFICACIÓN', true)).toHaveLength(21);
    expect(names('MODIFICACIÓN', true)).not.toContain('actividadAnualAnterior');
  });

  it('describes each section: group, list key, label, simplified', () => {
    expect(sectionDef('INICIAL', 'datosGenerales')).toEqual({
      name: 'datosGenerales', group: 'situacionPatrimonial', listKey: null, label: 'Datos generales', simplified: true,
    });
    expect(sectionDef('INICIAL', 'bienesInmuebles')).toMatchObject({ listKey: 'bienInmueble', label: 'Bienes inmuebles', simplified: false });
    expect(sectionDef('MODIFICACIÓN', 'participacion')).toMatchObject({
      group: 'interes', listKey: 'participacion', label: 'Participación en empresas, sociedades o asociaciones',
    });
    expect(sectionDef('CONCLUSIÓN', 'datosCurricularesDeclarante')?.listKey).toBeNull();
    expect(sectionDef('CONCLUSIÓN', 'datosPareja')?.listKey).toBeNull();
    expect(sectionDef('CONCLUSIÓN', 'experienciaLaboral')?.listKey).toBe('experiencia');
    expect(sectionDef('INICIAL', 'datosDependienteEconomico')?.listKey).toBe('dependienteEconomico');
    expect(sectionDef('INICIAL', 'prestamoOComodato')?.listKey).toBe('prestamo');
    expect(sectionDef('INICIAL', 'clientesPrincipales')?.listKey).toBe('cliente');
    expect(sectionDef('MODIFICACIÓN', 'actividadAnualAnterior')).toBeUndefined();
    expect(sectionDef('INICIAL', 'inversionesCuentasValores')).toBeUndefined();
    expect(sectionDef('MODIFICACIÓN', 'datosEmpleoCargoComision')?.label).toBe('Datos del empleo, cargo o comisión actual');
    for (const tipo of TIPOS) {
      for (const s of sectionsFor(tipo, true)) {
        expect(s.label).not.toBe(s.name);
        if (s.listKey) expect(validateSectionComplete(tipo, s.name, { ninguno: true, [s.listKey]: [] })).toEqual([]);
      }
    }
  });
});

describe('pruneToSchema', () => {
  it('drops saldoSituacionActual when an INICIAL inversiones section prefills a MODIFICACIÓN', () => {
    const inversiones = fixture('inicial-completa.json').declaracion.situacionPatrimonial.inversiones;
    const before = JSON.stringify(inversiones);
    const pruned = pruneToSchema('MODIFICACIÓN', 'inversiones', inversiones) as typeof inversiones;
    expect(JSON.stringify(inversiones)).toBe(before); // the input is not modified
    expect(pruned.inversion).toHaveLength(inversiones.inversion.length);
    for (const [i, inv] of pruned.inversion.entries()) {
      expect(inv).not.toHaveProperty('saldoSituacionActual');
      const { saldoSituacionActual: _dropped, ...rest } = inversiones.inversion[i];
      expect(inv).toEqual(rest);
    }
    expect(validateSectionComplete('MODIFICACIÓN', 'inversiones', pruned)).toEqual([]);
  });

  it('keeps keys of any anyOf branch, follows $ref and arrays, and drops unknown keys at any depth', () => {
    const payload = {
      ninguno: false,
      extra: 1,
      experiencia: [
        { ambitoSector: { clave: 'PUB', valor: 'PÚBLICO', otro: 'x' }, nombreEntePublico: 'A', desconocido: true },
        { ambitoSector: { clave: 'PRV', valor: 'PRIVADO' }, nombreEmpresaSociedadAsociacion: 'B', sector: { clave: 'AGRI', valor: 'Agricultura' } },
      ],
    };
    expect(pruneToSchema('INICIAL', 'experienciaLaboral', payload)).toEqual({
      ninguno: false,
      experiencia: [
        { ambitoSector: { clave: 'PUB', valor: 'PÚBLICO' }, nombreEntePublico: 'A' },
        { ambitoSector: { clave: 'PRV', valor: 'PRIVADO' }, nombreEmpresaSociedadAsociacion: 'B', sector: { clave: 'AGRI', valor: 'Agricultura' } },
      ],
    });
  });

  it('maps the ingresos of an INICIAL to the MODIFICACIÓN names only where they exist', () => {
    const ingresos = fixture('inicial-completa.json').declaracion.situacionPatrimonial.ingresos;
    const pruned = pruneToSchema('MODIFICACIÓN', 'ingresos', ingresos) as Record<string, unknown>;
    expect(pruned).not.toHaveProperty('remuneracionMensualCargoPublico');
    expect(pruned).not.toHaveProperty('ingresoMensualNetoDeclarante');
  });
});

describe('oasDocument', () => {
  it('returns the parsed official OAS, read-only', () => {
    const oas = oasDocument('CONCLUSIÓN');
    expect((oas.info as { version: string }).version).toBe('2.0');
    expect(Object.isFrozen(oas)).toBe(true);
    expect(oasDocument('CONCLUSIÓN')).toBe(oas);
  });
});

describe('catalogs', () => {
  it('lists every file of standards/s1/catalogos', () => {
    const dir = path.join(__dirname, '..', '..', '..', 'standards', 's1', 'catalogos');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
    expect(catalogs.names()).toEqual(files);
    expect(files).toHaveLength(40);
    for (const name of files) {
      const entries = catalogs.list(name);
      expect(entries.length).toBeGreaterThan(0);
      for (const e of entries) {
        expect(typeof e.clave).toBe('string');
        expect(typeof e.valor).toBe('string');
      }
    }
  });

  it('reads string catalogs and {clave, valor} catalogs', () => {
    expect(catalogs.list('formaPago').map((e) => e.clave)).toEqual(['CRÉDITO', 'CONTADO', 'NO APLICA']);
    expect(catalogs.valor('formaPago', 'CRÉDITO')).toBe('CRÉDITO');
    expect(catalogs.valor('formaPago', 'CREDITO')).toBeUndefined();
    expect(catalogs.valor('nivel', 'MAE')).toBe('MAESTRÍA');
    expect(catalogs.valor('titularBien', 'DEC')).toBe('DECLARANTE');
    expect(catalogs.list('subTipoInversion')).toContainEqual({ clave: 'CNOM', valor: 'CUENTA DE NÓMINA', tipoInversion: 'BANC' });
    expect(() => catalogs.list('noExiste')).toThrow(/Catálogo desconocido/);
  });

  it('the fixtures use catalog pairs verbatim', () => {
    const sp = fixture('inicial-completa.json').declaracion.situacionPatrimonial;
    const { clave, valor } = sp.datosGenerales.situacionPersonalEstadoCivil;
    expect(catalogs.valor('situacionPersonalEstadoCivil', clave)).toBe(valor);
  });

  it('INEGI states and municipalities, and countries', () => {
    const entidades = catalogs.entidades();
    expect(entidades).toHaveLength(32);
    expect(entidades).toContainEqual({ clave: '14', valor: 'Jalisco' });
    for (const e of entidades) expect(e.clave).toMatch(/^\d{2}$/);
    const jalisco = catalogs.municipios('14');
    expect(jalisco).toContainEqual({ clave: '039', valor: 'Guadalajara' });
    expect(jalisco).toContainEqual({ clave: '098', valor: 'San Pedro Tlaquepaque' });
    for (const m of jalisco) expect(m.clave).toMatch(/^\d{3}$/);
    expect(catalogs.municipios('99')).toEqual([]);
    const paises = catalogs.paises();
    expect(paises).toContainEqual({ clave: 'MX', valor: 'México' });
    for (const p of paises) expect(p.clave).toMatch(/^[A-Z]{2}$/);
  });

  it('returns copies, so callers cannot change the shared lists', () => {
    const list = catalogs.list('formaPago');
    list.pop();
    expect(catalogs.list('formaPago')).toHaveLength(3);
  });
});
