import { filing, inversion, vehiculo } from '../testing/fixtures';
import { identityKeys, normalizeKey } from './identity';
import { itemsOf } from './items';

describe('identity of an asset across filings', () => {
  it('ignores case, accents, spaces and punctuation', () => {
    expect(normalizeKey('Escritura Pública 9,812; Folio Real 4410937')).toBe('escriturapublica9812folioreal4410937');
    expect(normalizeKey('ESCRITURA PUBLICA 9812 folio real 4410937')).toBe('escriturapublica9812folioreal4410937');
    expect(normalizeKey('Ñuñoa Ángel')).toBe('nunoaangel');
    expect(normalizeKey(undefined)).toBe('');
  });

  it('gives a vehicle its serial number, make-model-year and acquisition keys, and skips an account number that says nothing', () => {
    const items = itemsOf(filing({ vehiculos: [vehiculo()], inversiones: [inversion('MODIFICACIÓN', 10, { numeroCuentaContrato: 'NO APLICA' })] }));
    expect(identityKeys(items.vehiculos.items[0])).toEqual([
      'serie:jm3kfbcm8k0612345',
      'mma:mazda:cx5igrandtouring:2019',
      'adq:2020-02-15:365000:MXN',
    ]);
    expect(identityKeys(items.inversiones.items[0])).toEqual(['inst:BANC:CNOM:bba830831lj2']);
  });
});
