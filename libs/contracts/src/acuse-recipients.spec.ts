import { acuseRecipients } from './acuse-recipients';

describe('acuseRecipients', () => {
  it('adds the personal e-mail of datos generales after the account address', () => {
    expect(acuseRecipients('ana@sefin.gob.mx', { correoElectronico: { institucional: 'ana@sefin.gob.mx', personal: ' ana.lopez@example.com ' } })).toEqual([
      'ana@sefin.gob.mx',
      'ana.lopez@example.com',
    ]);
  });

  it('sends once when the personal e-mail is the account address, in any case', () => {
    expect(acuseRecipients('ana@sefin.gob.mx', { correoElectronico: { personal: 'Ana@SEFIN.gob.mx' } })).toEqual(['ana@sefin.gob.mx']);
  });

  it('ignores a missing, empty or unusable personal e-mail', () => {
    for (const datos of [undefined, null, {}, { correoElectronico: {} }, { correoElectronico: { personal: '' } }, { correoElectronico: { personal: 'maria@' } }, { correoElectronico: { personal: 42 } }]) {
      expect(acuseRecipients('ana@sefin.gob.mx', datos)).toEqual(['ana@sefin.gob.mx']);
    }
  });
});
