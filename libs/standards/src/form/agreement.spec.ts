import { loadFormLabels } from '../data';
import { noneOf } from './agreement';
import type { FormLabelsData } from './labels';

const labels = loadFormLabels() as FormLabelsData;

describe('«ninguno / ninguna» agrees with the noun (etiquetas.json femeninos)', () => {
  it('writes «ninguna» before the feminine nouns the issue found wrong and «ningún» before the masculine ones', () => {
    expect(noneOf(labels, 'participacion.participacion')).toBe('ninguna participación');
    expect(noneOf(labels, 'ingresos.actividadIndustrialComercialEmpresarial.actividades')).toBe('ninguna actividad');
    expect(noneOf(labels, 'inversiones.inversion')).toBe('ninguna inversión');
    expect(noneOf(labels, 'representacion.representacion')).toBe('ninguna representación');
    expect(noneOf(labels, 'bienesInmuebles.bienInmueble')).toBe('ningún inmueble');
    expect(noneOf(labels, 'prestamoOComodato.prestamo')).toBe('ningún préstamo o comodato');
  });

  it('every feminine noun is a noun of a list, and every list noun ending in -ción, -sión or -dad is listed as feminine', () => {
    const nouns = new Set(Object.values(labels.elementos));
    expect((labels.femeninos ?? []).filter((n) => !nouns.has(n))).toEqual([]);
    // Spanish nouns in -ción, -sión, -dad are feminine; a new list noun of that kind cannot slip through.
    const missing = [...nouns].filter((n) => /(ción|sión|dad)$/.test(n.split(' ')[0]!) && !labels.femeninos?.includes(n));
    expect(missing).toEqual([]);
  });
});
