import { foldName, parseWorkbenchSearch } from './workbench-search';

describe('parseWorkbenchSearch', () => {
  it('reads a CURP, whatever its case or spacing', () => {
    expect(parseWorkbenchSearch(' pegj750505hdfrmn02 ')).toEqual({ kind: 'curp', curp: 'PEGJ750505HDFRMN02' });
  });

  it('reads an RFC with or without homoclave', () => {
    expect(parseWorkbenchSearch('PEGJ750505')).toEqual({ kind: 'rfc', rfc: 'PEGJ750505', homoclave: null });
    expect(parseWorkbenchSearch('pegj-750505-xy2')).toEqual({ kind: 'rfc', rfc: 'PEGJ750505', homoclave: 'XY2' });
  });

  it('reads anything else as a folio prefix and folded name words in any order', () => {
    expect(parseWorkbenchSearch('Gutiérrez  ROSA')).toEqual({ kind: 'text', folio: 'GUTIÉRREZ  ROSA', words: ['gutierrez', 'rosa'] });
    expect(parseWorkbenchSearch('alfa-2026')).toEqual({ kind: 'text', folio: 'ALFA-2026', words: ['alfa-2026'] });
  });

  it('ignores an empty search', () => {
    expect(parseWorkbenchSearch('   ')).toBeNull();
    expect(parseWorkbenchSearch(undefined)).toBeNull();
  });

  it('folds like the database index (translate áéíóúüñ)', () => {
    expect(foldName('MUÑOZ Güemes Ángel')).toBe('munoz guemes angel');
  });
});
