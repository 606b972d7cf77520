import fs from 'node:fs';
import path from 'node:path';
import { projectPublic } from '@veraz/projection';
import { publicationColumns } from '../publication/publication-columns';
import { searchText } from '../publication/search-text';
import { parseS1Request } from './s1-request';

const fixture = (name: string) => JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../standards/test/fixtures', `${name}.json`), 'utf8'));
const s1Error = (body: unknown) => {
  try {
    parseS1Request(body);
    return null;
  } catch (err) {
    const e = err as { status: number; code: string };
    return { status: e.status, code: e.code };
  }
};
const s1Message = (body: unknown): string | null => {
  try {
    parseS1Request(body);
    return null;
  } catch (err) {
    return (err as Error).message;
  }
};

describe('reading a PDN request the tolerant way', () => {
  it('defaults to page 1 of 10, clamps pageSize to 1..200 and accepts numeric strings', () => {
    expect(parseS1Request({})).toMatchObject({ page: 1, pageSize: 10, sort: [], text: [] });
    expect(parseS1Request({ page: '2', pageSize: 500 })).toMatchObject({ page: 2, pageSize: 200 });
    expect(parseS1Request({ pageSize: 0 }).pageSize).toBe(10);
    expect(parseS1Request({ pageSize: -5 }).pageSize).toBe(10);
    for (const page of [0, -1, 1.5, 'x']) expect(s1Error({ page })).toEqual({ status: 400, code: 'e_8001' });
  });

  it('reads the max:0 quirk as "no upper bound", ignores empty filters and unknown fields', () => {
    const r = parseS1Request({
      query: { nombres: '', primerApellido: 0, totalIngresosNetos: { min: 50000, max: 0 }, institucionDependencia: 'X', rfcSolicitante: 'AAAA000101AAA' },
      extra: true,
    });
    expect(r.text).toEqual([]);
    expect(r.totalIngresosNetos).toEqual({ min: 50000, max: null });
    expect(parseS1Request({ query: { bienesInmuebles: { superficieTerreno: { min: '100', max: '900' } } } }).inmueble.st).toEqual({ min: 100, max: 900 });
  });

  it('normalises names accent- and case-insensitively, ñ included', () => {
    expect(searchText('  José   ÁNGEL ')).toBe('jose angel');
    expect(searchText('MUÑOZ')).toBe('munoz');
    expect(searchText('Muñoz')).toBe(searchText('munoz'));
    expect(searchText('Ordóñez Núñez')).toBe('ordonez nunez');
    expect(parseS1Request({ query: { nombres: 'JOSÉ' } }).text).toEqual([{ column: 'nombres_norm', value: 'jose' }]);
  });

  it('keeps sort keys in the order given, flat or nested, and refuses other directions', () => {
    const r = parseS1Request({ sort: { totalIngresosNetos: 'desc', datosEmpleoCargoComision: { nombreEntePublico: 'asc' }, desconocida: 'asc' } });
    expect(r.sort).toEqual([
      { key: 'totalIngresosNetos', dir: 'desc' },
      { key: 'datosEmpleoCargoComision.nombreEntePublico', dir: 'asc' },
    ]);
    expect(s1Error({ sort: { nombres: 'up' } })).toEqual({ status: 400, code: 'e_8001' });
  });
});

describe('bounds on every field of a PDN request', () => {
  it('takes any page up to the largest safe integer and refuses beyond it, naming page', () => {
    expect(parseS1Request({ page: Number.MAX_SAFE_INTEGER }).page).toBe(Number.MAX_SAFE_INTEGER);
    for (const page of [9.2e17, 1e20, '9223372036854775807', '99999999999999999999']) {
      expect(s1Message({ page })).toBe('Página inválida: page debe ser un entero entre 1 y 9007199254740991');
    }
  });

  it('refuses range bounds that are not safe numbers, naming the range and its end', () => {
    expect(parseS1Request({ query: { totalIngresosNetos: { min: -5, max: 9007199254740991 } } }).totalIngresosNetos).toEqual({ min: -5, max: 9007199254740991 });
    expect(s1Message({ query: { totalIngresosNetos: { min: 1e300 } } })).toBe(
      'Rango inválido: query.totalIngresosNetos.min debe ser un número entre -9007199254740991 y 9007199254740991',
    );
    expect(s1Message({ query: { bienesInmuebles: { valorAdquisicion: { max: 'mucho' } } } })).toMatch(/^Rango inválido: query\.bienesInmuebles\.valorAdquisicion\.max /);
  });

  it('refuses filter text with control characters or over 200 characters, naming the field', () => {
    expect(s1Message({ query: { nombres: 'a\u0000b' } })).toBe('Valor inválido: query.nombres no puede contener caracteres de control');
    expect(s1Message({ query: { datosEmpleoCargoComision: { entidadFederativa: '1\u0007' } } })).toMatch(/query\.datosEmpleoCargoComision\.entidadFederativa no puede/);
    expect(s1Message({ query: { id: 'x'.repeat(201) } })).toBe('Valor inválido: query.id debe tener como máximo 200 caracteres');
    expect(parseS1Request({ query: { nombres: `  ${'a'.repeat(200)}  `, primerApellido: 'PÉREZ\tLÓPEZ' } }).text).toHaveLength(2);
  });
});

describe('search columns come from the public projection only', () => {
  it('indexes only the public inmueble of person A and the declarant income of each tipo', () => {
    const inicial = fixture('inicial-completa');
    const columns = publicationColumns(projectPublic(inicial) as never);
    expect(columns.inmuebles).toEqual([{ sc: 92, st: 92, va: 2380000, fa: 'CPV' }]);
    expect(columns).toMatchObject({ nombresNorm: 'jose angel', primerApellidoNorm: 'munoz', totalIngresosNetos: 104550, entidadFederativa: '14', municipioAlcaldia: '039' });
    expect(publicationColumns(projectPublic(fixture('modificacion-completa')) as never).totalIngresosNetos).toBe(1613200);
    expect(publicationColumns(projectPublic(fixture('conclusion-completa')) as never).totalIngresosNetos).toBe(1584675);
  });
});
