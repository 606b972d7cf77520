import { FOLIO, filing, input } from '../testing/fixtures-b';
import { interestCompanies, interestsRule } from './interests';

const sector = (clave: string, valor: string) => ({ clave, valor });

const interests = () =>
  filing({
    interes: {
      participacion: {
        participacion: [
          { tipoOperacion: 'SIN_CAMBIOS', tipoRelacion: 'PAREJA', nombreEmpresaSociedadAsociacion: 'Constructora del Bajío SA de CV', rfc: 'cba 010101-ab1', porcentajeParticipacion: 25, tipoParticipacion: { clave: 'SCIO', valor: 'SOCIO' }, recibeRemuneracion: true, montoMensual: { valor: 40_000, moneda: 'MXN' }, sector: sector('CONS', 'CONSTRUCCIÓN') },
          { tipoOperacion: 'BAJA', tipoRelacion: 'DECLARANTE', nombreEmpresaSociedadAsociacion: 'Asfaltos del Centro SA', rfc: 'ACE020202CD2', sector: sector('CONS', 'CONSTRUCCIÓN') },
        ],
      },
      participacionTomaDecisiones: { participacion: [{ tipoRelacion: 'DECLARANTE', nombreInstitucion: 'Colegio de Ingenieros AC', rfc: 'CIN030303EF3', puestoRol: 'Consejero' }] },
      clientesPrincipales: {
        cliente: [
          { tipoRelacion: 'DECLARANTE', empresa: { nombreEmpresaServicio: 'Consultoría MI', rfc: 'MOIA800101GH4' }, clientePrincipal: { tipoPersona: 'MORAL', nombreRazonSocial: 'Pavimentos SA', rfc: 'PAV040404IJ5' }, sector: sector('CONS', 'CONSTRUCCIÓN'), montoAproximadoGanancia: { valor: 90_000, moneda: 'MXN' } },
        ],
      },
      representacion: {
        representacion: [
          { tipoRelacion: 'DECLARANTE', tipoRepresentacion: 'REPRESENTANTE', tipoPersona: 'MORAL', nombreRazonSocial: 'Banco Regional SA', rfc: 'BRE050505KL6', sector: sector('SERVFIN', 'SERVICIOS FINANCIEROS') },
          { tipoRelacion: 'DECLARANTE', tipoRepresentacion: 'REPRESENTADO', tipoPersona: 'FISICA' },
        ],
      },
    },
  });

describe('INTERES_MISMO_SECTOR', () => {
  it('flags current interests whose sector is one of the institution’s, naming who holds them and the sector list', () => {
    const flags = interestsRule.evaluate(input(interests(), { thresholds: { sectoresDeLaInstitucion: ['CONS', 'TRANS'] } }));
    expect(flags.map((f) => `${f.sources[0]!.section} ${f.sources[0]!.item}`)).toEqual(['participacion 0', 'clientesPrincipales 0']);
    expect(flags[0]!.severity).toBe('MEDIA');
    expect(flags[0]!.explanation).toBe(
      `Folio ${FOLIO}, participación en empresas, sociedades o asociaciones, registro 1: la pareja participa (SOCIO, 25 %) en «Constructora del Bajío SA de CV» y recibe $40,000 al mes, ` +
        'en el sector CONS «CONSTRUCCIÓN», que es un sector de la institución según sus umbrales (sectoresDeLaInstitucion: CONS, TRANS).',
    );
    expect(flags[1]!.explanation).toContain('el declarante tiene como cliente principal a «Pavimentos SA» (empresa o servicio: «Consultoría MI») y recibe $90,000 al mes');
    expect(JSON.stringify(flags)).not.toMatch(/CBA010101AB1|PAV040404IJ5/);
  });

  it('does not flag interests in other sectors, and cannot apply when the institution has no sector configured', () => {
    expect(interestsRule.evaluate(input(interests(), { thresholds: { sectoresDeLaInstitucion: ['SERVS'] } }))).toEqual([]);
    expect(interestsRule.evaluate(input(interests(), { thresholds: { sectoresDeLaInstitucion: [] } }))).toEqual([]);
  });
});

describe('interestCompanies', () => {
  it('lists every company or counterparty of the four sections, with normalised RFCs (BAJA included: it was held in the period)', () => {
    expect(interestCompanies(interests())).toEqual([
      { section: 'participacion', item: 0, rfc: 'CBA010101AB1', nombre: 'Constructora del Bajío SA de CV', sector: 'CONS' },
      { section: 'participacion', item: 1, rfc: 'ACE020202CD2', nombre: 'Asfaltos del Centro SA', sector: 'CONS' },
      { section: 'participacionTomaDecisiones', item: 0, rfc: 'CIN030303EF3', nombre: 'Colegio de Ingenieros AC', sector: null },
      { section: 'clientesPrincipales', item: 0, rfc: 'PAV040404IJ5', nombre: 'Pavimentos SA', sector: 'CONS' },
      { section: 'clientesPrincipales.empresa', item: 0, rfc: 'MOIA800101GH4', nombre: 'Consultoría MI', sector: 'CONS' },
      { section: 'representacion', item: 0, rfc: 'BRE050505KL6', nombre: 'Banco Regional SA', sector: 'SERVFIN' },
    ]);
  });

  it('is empty for a filing without interes (simplified format)', () => {
    expect(interestCompanies(filing())).toEqual([]);
  });
});
