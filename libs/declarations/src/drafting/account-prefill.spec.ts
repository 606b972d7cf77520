import { sectionsFor } from '@veraz/standards';
import { knownSections, type FilerIdentity, type InstitutionEmployment } from './account-prefill';

const IDENTITY: FilerIdentity = { email: 'ja.munoz@jalisco.gob.mx', nombre: 'José Ángel', primerApellido: 'Muñoz', segundoApellido: null, curp: 'MUPA820714HJCXXN04', rfc: 'MUPA820714', homoclave: 'LY3' };
const ENTE: InstitutionEmployment = { nombreEntePublico: 'Secretaría de Administración', nivelOrdenGobierno: 'ESTATAL', ambitoPublico: 'EJECUTIVO' };

describe('what a new draft knows before the filer types', () => {
  it('fills datos generales from the account and the job from the institution, with the date of the tipo', () => {
    const conclusion = { tipo: 'CONCLUSIÓN' as const, fechaTomaPosesion: null, fechaConclusion: '2024-10-15' };
    const known = Object.fromEntries(knownSections(conclusion, sectionsFor('CONCLUSIÓN', true), IDENTITY, ENTE).map(({ def, data }) => [def.name, data]));
    expect(known).toEqual({
      datosGenerales: { nombre: 'José Ángel', primerApellido: 'Muñoz', curp: 'MUPA820714HJCXXN04', rfc: { rfc: 'MUPA820714', homoClave: 'LY3' }, correoElectronico: { institucional: 'ja.munoz@jalisco.gob.mx' } },
      datosEmpleoCargoComision: { nivelOrdenGobierno: 'ESTATAL', ambitoPublico: 'EJECUTIVO', nombreEntePublico: 'Secretaría de Administración', fechaTomaPosesion: '2024-10-15' },
    });
  });

  it('leaves out what is not known and the sections a previous filing already carries', () => {
    const modificacion = { tipo: 'MODIFICACIÓN' as const, fechaTomaPosesion: null, fechaConclusion: null };
    const withoutGenerales = sectionsFor('MODIFICACIÓN', false).filter((d) => d.name !== 'datosGenerales');
    const known = knownSections(modificacion, withoutGenerales, { ...IDENTITY, curp: null, rfc: null, homoclave: null }, { ...ENTE, nivelOrdenGobierno: null, ambitoPublico: null });
    expect(known.map(({ def, data }) => [def.name, data])).toEqual([['datosEmpleoCargoComision', { nombreEntePublico: 'Secretaría de Administración' }]]);
  });
});
