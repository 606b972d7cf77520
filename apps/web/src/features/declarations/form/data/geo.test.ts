import { describe, expect, it } from 'vitest';
import { MONEDAS } from '@veraz/standards/form';
import { entidades, monedas, municipiosDe, paises } from './geo';
import { loadFormStandards } from './standards';

describe('form standards data', () => {
  it('offers INEGI states and the municipalities of the chosen one', async () => {
    const states = await entidades();
    expect(states).toHaveLength(32);
    expect(states).toContainEqual({ clave: '14', valor: 'Jalisco' });
    const jalisco = await municipiosDe('14');
    expect(jalisco).toContainEqual({ clave: '039', valor: 'Guadalajara' });
    expect(jalisco.every((m) => /^\d{3}$/.test(m.clave))).toBe(true);
    expect(await municipiosDe('99')).toEqual([]);
  });

  it('lists México first among countries, with S1 alpha-2 upper-case codes', async () => {
    const list = await paises();
    expect(list[0]).toEqual({ clave: 'MX', valor: 'México' });
    expect(list).toContainEqual({ clave: 'ES', valor: 'España' });
    expect(list.every((c) => /^[A-Z]{2}$/.test(c.clave))).toBe(true);
  });

  it('offers pesos first among ISO 4217 currencies, named in Spanish', () => {
    const list = monedas();
    expect(list.slice(0, 3).map((c) => c.clave)).toEqual(['MXN', 'USD', 'EUR']);
    expect(list[0].valor).toMatch(/^MXN — peso mexicano$/i);
    expect(list.length).toBeGreaterThan(100);
  });

  it('offers exactly the currencies the API accepts (MONEDAS), so no choice can be refused', () => {
    const codes = monedas().map((c) => c.clave);
    expect([...codes].sort()).toEqual([...MONEDAS].sort());
    expect(codes).not.toContain('XTS');
    expect(codes).not.toContain('XXX');
  });

  it('loads the OAS of the tipo being filed together with every official catalog', async () => {
    const std = await loadFormStandards('MODIFICACIÓN');
    expect(JSON.stringify(std.oas)).toContain('MODIFICACIÓN');
    expect(Object.keys(std.catalogs)).toHaveLength(40);
    expect(std.catalogs.tipoInmueble).toContainEqual({ clave: 'DPTO', valor: 'DEPARTAMENTO' });
    expect(std.labels.secciones).toBeDefined();
  });
});
