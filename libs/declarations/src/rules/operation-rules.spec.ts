import fs from 'node:fs';
import path from 'node:path';
import { sectionDef, type Tipo } from '@veraz/standards';
import { carryForward } from '../drafting/prefill';
import { operationRuleErrors } from './operation-rules';

type Json = Record<string, any>;
const fixture = (name: string): Json => JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../standards/test/fixtures', `${name}.json`), 'utf8'));
const def = (tipo: Tipo, name: string) => sectionDef(tipo, name)!;

describe('tipoOperacion rules at save and signing', () => {
  const previous = fixture('modificacion-completa').declaracion.situacionPatrimonial.bienesInmuebles as Json;
  const inmuebles = def('MODIFICACIÓN', 'bienesInmuebles');
  const carried = carryForward('MODIFICACIÓN', inmuebles, previous) as Json;

  it('an untouched copy passes; a BAJA needs its motivo', () => {
    expect(carried.bienInmueble.length).toBeGreaterThan(0);
    expect(operationRuleErrors(inmuebles, 'MODIFICACIÓN', structuredClone(carried), carried)).toEqual([]);
    const draft = structuredClone(carried);
    draft.bienInmueble[0].tipoOperacion = 'BAJA';
    expect(operationRuleErrors(inmuebles, 'MODIFICACIÓN', draft, carried)).toEqual([{ path: 'bienInmueble[0].motivoBaja', message: 'indica el motivo de la baja' }]);
    draft.bienInmueble[0].motivoBaja = { clave: 'VNT', valor: 'VENTA' };
    expect(operationRuleErrors(inmuebles, 'MODIFICACIÓN', draft, carried)).toEqual([]);
  });

  it('a SIN_CAMBIOS item equals the previous one, a copy is never deleted, and only new items are AGREGAR', () => {
    const edited = structuredClone(carried);
    edited.bienInmueble[0].formaPago = edited.bienInmueble[0].formaPago === 'CONTADO' ? 'CRÉDITO' : 'CONTADO';
    expect(operationRuleErrors(inmuebles, 'MODIFICACIÓN', edited, carried)).toEqual([
      { path: 'bienInmueble[0].tipoOperacion', message: 'cambió respecto de tu declaración anterior: su tipo de operación es MODIFICAR' },
    ]);
    const deleted = structuredClone(carried);
    deleted.bienInmueble.pop();
    expect(operationRuleErrors(inmuebles, 'MODIFICACIÓN', deleted, carried).at(-1)).toEqual({ path: 'bienInmueble', message: 'falta 1 elemento de tu declaración anterior: no se eliminan, se dan de baja con su motivo' });
    const extra = structuredClone(carried);
    extra.bienInmueble.push({ ...extra.bienInmueble[0], tipoOperacion: 'MODIFICAR' });
    expect(operationRuleErrors(inmuebles, 'MODIFICACIÓN', extra, carried)).toEqual([
      { path: `bienInmueble[${carried.bienInmueble.length}].tipoOperacion`, message: 'no estaba en tu declaración anterior: su tipo de operación es AGREGAR' },
    ]);
  });

  it('an INICIAL carries no BAJA and no MODIFICAR', () => {
    const inicial = def('INICIAL', 'bienesInmuebles');
    const data = { ninguno: false, bienInmueble: [{ tipoOperacion: 'BAJA', motivoBaja: { clave: 'VNT' } }, { tipoOperacion: 'MODIFICAR' }, { tipoOperacion: 'AGREGAR' }] };
    expect(operationRuleErrors(inicial, 'INICIAL', data, null).map((e) => e.path)).toEqual(['bienInmueble[0].tipoOperacion', 'bienInmueble[1].tipoOperacion']);
  });
});
