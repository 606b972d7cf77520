import fs from 'node:fs';
import path from 'node:path';
import { oasDocument } from '../validation';
import { applyOperations, operationMode, pairItems, sectionDiff, sectionForm } from './index';

type Json = Record<string, unknown>;

const FIXTURES = path.join(__dirname, '..', '..', 'test', 'fixtures');
const patrimonial = (file: string) => (JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8')) as { declaracion: { situacionPatrimonial: Record<string, Json> } }).declaracion.situacionPatrimonial;
const root = (tipo: 'INICIAL' | 'MODIFICACIÓN', section: string) => sectionForm(oasDocument(tipo), section).root;

/** The vehicles of the reference MODIFICACIÓN as carried into the next one: BAJA gone, every item SIN_CAMBIOS. */
function carriedVehicles(): Json {
  const vehiculos = structuredClone(patrimonial('modificacion-completa.json').vehiculos!);
  vehiculos.vehiculo = (vehiculos.vehiculo as Json[]).filter((v) => v.tipoOperacion !== 'BAJA').map((v) => ({ ...v, tipoOperacion: 'SIN_CAMBIOS' }));
  return vehiculos;
}

describe('tipoOperacion as the standard means it', () => {
  const vehiculos = root('MODIFICACIÓN', 'vehiculos');

  it('picks who decides: INICIAL sets it, a copy derives it, a draft without previous filing lets the filer state it', () => {
    expect([operationMode('INICIAL', true), operationMode('MODIFICACIÓN', true), operationMode('CONCLUSIÓN', false)]).toEqual(['inicial', 'derived', 'stated']);
  });

  it('a copied item stays SIN_CAMBIOS, becomes MODIFICAR when a field changes and SIN_CAMBIOS again when undone', () => {
    const before = carriedVehicles();
    expect((before.vehiculo as Json[]).length).toBeGreaterThanOrEqual(2);
    const untouched = applyOperations(vehiculos, 'derived', structuredClone(before), before);
    expect((untouched.vehiculo as Json[]).map((v) => v.tipoOperacion)).toEqual((before.vehiculo as Json[]).map(() => 'SIN_CAMBIOS'));

    const edited = structuredClone(before);
    (edited.vehiculo as Json[])[1]!.modelo = 'Otro modelo';
    const ops = (applyOperations(vehiculos, 'derived', edited, before).vehiculo as Json[]).map((v) => v.tipoOperacion);
    expect(ops[0]).toBe('SIN_CAMBIOS');
    expect(ops[1]).toBe('MODIFICAR');

    (edited.vehiculo as Json[])[1]!.modelo = (before.vehiculo as Json[])[1]!.modelo;
    (edited.vehiculo as Json[])[1]!.tipoOperacion = 'MODIFICAR';
    expect((applyOperations(vehiculos, 'derived', edited, before).vehiculo as Json[])[1]!.tipoOperacion).toBe('SIN_CAMBIOS');
  });

  it('a new item is AGREGAR, and a removed copy is a BAJA that reports the good as declared with its motivo', () => {
    const before = carriedVehicles();
    const draft = structuredClone(before);
    const list = draft.vehiculo as Json[];
    list[0] = { ...list[0], marca: 'cambiada antes de vender', tipoOperacion: 'BAJA', motivoBaja: { clave: 'VNT', valor: 'VENTA' } };
    list.push({ tipoOperacion: 'AGREGAR', marca: 'Kia', motivoBaja: { clave: 'DNC' } });
    const result = applyOperations(vehiculos, 'derived', draft, before).vehiculo as Json[];
    expect(result[0]).toEqual({ ...(before.vehiculo as Json[])[0], tipoOperacion: 'BAJA', motivoBaja: { clave: 'VNT', valor: 'VENTA' } });
    expect(result.at(-1)).toEqual({ tipoOperacion: 'AGREGAR', marca: 'Kia' });
    // New items may sit between copies: the copies still pair with their own previous item.
    expect(pairItems([{ tipoOperacion: 'AGREGAR' }, { tipoOperacion: 'SIN_CAMBIOS' }], [{ marca: 'A' }])).toEqual([null, { marca: 'A' }]);
  });

  it('an INICIAL marks everything AGREGAR, the section root included, and drops any motivoBaja', () => {
    const empleo = root('INICIAL', 'datosEmpleoCargoComision');
    expect(applyOperations(empleo, 'inicial', { nivelOrdenGobierno: 'FEDERAL' }).tipoOperacion).toBe('AGREGAR');
    const inmuebles = root('INICIAL', 'bienesInmuebles');
    const out = applyOperations(inmuebles, 'inicial', { ninguno: false, bienInmueble: [{ tipoOperacion: 'BAJA', motivoBaja: { clave: 'VNT' }, formaPago: 'CONTADO' }] });
    expect(out.bienInmueble).toEqual([{ formaPago: 'CONTADO', tipoOperacion: 'AGREGAR' }]);
  });

  it('the diff names each changed field with its value before and after, and the BAJA with its motivo', () => {
    const before = carriedVehicles();
    const draft = structuredClone(before);
    const list = draft.vehiculo as Json[];
    list[0] = { ...list[0], tipoOperacion: 'BAJA', motivoBaja: { clave: 'SNT', valor: 'SINIESTRO' } };
    list[1] = { ...list[1], anio: 2022, valorAdquisicion: { valor: 1, moneda: 'MXN' } };
    list.push({ tipoOperacion: 'AGREGAR', marca: 'Kia' });
    const applied = applyOperations(vehiculos, 'derived', draft, before);
    const diff = sectionDiff('vehiculos', vehiculos, applied, before);
    expect(diff.fields).toEqual([]);
    const old = (before.vehiculo as Json[])[1]!;
    expect(diff.items).toEqual([
      { listKey: 'vehiculo', index: 0, operation: 'BAJA', changes: [{ name: 'vehiculo.0.motivoBaja', labelPath: 'vehiculos.vehiculo.motivoBaja', before: undefined, after: { clave: 'SNT', valor: 'SINIESTRO' } }] },
      {
        listKey: 'vehiculo',
        index: 1,
        operation: 'MODIFICAR',
        changes: [
          { name: 'vehiculo.1.anio', labelPath: 'vehiculos.vehiculo.anio', before: old.anio, after: 2022 },
          { name: 'vehiculo.1.valorAdquisicion', labelPath: 'vehiculos.vehiculo.valorAdquisicion', before: old.valorAdquisicion, after: { valor: 1, moneda: 'MXN' } },
        ],
      },
      { listKey: 'vehiculo', index: list.length - 1, operation: 'AGREGAR', changes: [] },
    ]);
  });

  it('the balance of the new period is not a modification; a different balance of the same date is', () => {
    const inversiones = root('MODIFICACIÓN', 'inversiones');
    const account = { tipoOperacion: 'SIN_CAMBIOS', numeroCuentaContrato: '0198765432' };
    // Carried from an INICIAL: its saldoSituacionActual was dropped, this year's balance is asked anew.
    const fromInicial = applyOperations(inversiones, 'derived', { inversion: [{ ...account, saldoDiciembreAnterior: { valor: 5, moneda: 'MXN' }, porcentajeIncrementoDecremento: 0 }] }, { inversion: [account] });
    expect((fromInicial.inversion as Json[])[0]!.tipoOperacion).toBe('SIN_CAMBIOS');
    // Carried from a MODIFICACIÓN: the same field with another value says the account changed.
    const previous = { inversion: [{ ...account, saldoDiciembreAnterior: { valor: 5, moneda: 'MXN' } }] };
    const changed = applyOperations(inversiones, 'derived', { inversion: [{ ...account, saldoDiciembreAnterior: { valor: 9, moneda: 'MXN' } }] }, previous);
    expect((changed.inversion as Json[])[0]!.tipoOperacion).toBe('MODIFICAR');
  });
});
