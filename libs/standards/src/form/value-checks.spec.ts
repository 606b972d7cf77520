import fs from 'node:fs';
import path from 'node:path';
import { rfcCheckDigit } from '../identity/rfc';
import { valueProblems, type DeclarationDates } from './value-checks';

const INICIAL: DeclarationDates = { tipo: 'INICIAL', fechaTomaPosesion: '2023-01-16' };
const FIXTURES = path.resolve(__dirname, '../../test/fixtures');

describe('value checks shared by the form and the API', () => {
  it('accepts every section of the reference filings', () => {
    for (const file of fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.json'))) {
      const item = JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8')) as { metadata: { tipo: string }; declaracion: Record<string, Record<string, unknown>> };
      // Each filing's own dates, as its declaration row would carry them.
      const empleo = (item.declaracion.situacionPatrimonial?.datosEmpleoCargoComision ?? {}) as { fechaTomaPosesion?: string };
      const dates = { tipo: item.metadata.tipo, anioReportado: 2025, fechaConclusion: '2024-10-15', fechaTomaPosesion: empleo.fechaTomaPosesion };
      for (const group of Object.values(item.declaracion)) {
        for (const [name, data] of Object.entries(group)) expect([file, name, valueProblems(name, data, dates)]).toEqual([file, name, []]);
      }
    }
  });

  it('refuses the values the issue found accepted: a 17-character CURP, «maria@» and «55-1234»', () => {
    const problems = valueProblems(
      'datosGenerales',
      { curp: 'MUPA820714HJCXXN0', correoElectronico: { institucional: 'maria@', personal: 'maria@correo' }, telefono: { casa: '55-1234', celularPersonal: '3318427765' } },
      INICIAL,
    );
    expect(problems).toEqual([
      { path: 'curp', message: 'debe tener 18 caracteres' },
      { path: 'correoElectronico.institucional', message: 'escribe un correo electrónico completo, como nombre@dominio.mx' },
      { path: 'correoElectronico.personal', message: 'escribe un correo electrónico completo, como nombre@dominio.mx' },
      { path: 'telefono.casa', message: expect.stringContaining('10 dígitos') },
    ]);
    // The value itself is never repeated in a message.
    expect(JSON.stringify(problems)).not.toContain('MUPA');
  });

  it('checks the declarant RFC and its homoclave check digit, and RFCs of other people and companies', () => {
    expect(valueProblems('datosGenerales', { rfc: { rfc: 'MUPA820714', homoClave: 'LY4' } }, INICIAL)).toEqual([{ path: 'rfc.homoClave', message: 'el dígito verificador no corresponde' }]);
    expect(valueProblems('datosGenerales', { rfc: { rfc: 'MUPA821314' } }, INICIAL)).toEqual([{ path: 'rfc.rfc', message: 'contiene una fecha inexistente' }]);
    expect(valueProblems('datosGenerales', { rfc: { rfc: 'MUPA820714' } }, INICIAL)).toEqual([]);
    const company = `BBA830831LJ${rfcCheckDigit('BBA830831LJ')}`;
    const list = { tercero: [{ rfc: company }, { rfc: 'MUPA820714LY3' }, { rfc: 'MUPA820714LY4' }, { rfc: 'ABC' }] };
    expect(valueProblems('vehiculos', { vehiculo: [list] }, INICIAL)).toEqual([
      { path: 'vehiculo[0].tercero[2].rfc', message: 'el dígito verificador no corresponde' },
      { path: 'vehiculo[0].tercero[3].rfc', message: 'debe tener 13 caracteres (persona física) o 12 (persona moral)' },
    ]);
  });

  it('takes 10 digits in Mexico and E.164 abroad, and 5-digit Mexican postal codes only', () => {
    const job = (telefono: string, codigoPostal: string) => valueProblems('datosEmpleoCargoComision', { telefonoOficina: { telefono }, domicilioMexico: { codigoPostal } }, INICIAL).map((p) => p.path);
    expect(job('3336682700', '44270')).toEqual([]);
    expect(job('+5233366827', '4427')).toEqual(['telefonoOficina.telefono', 'domicilioMexico.codigoPostal']);
    expect(job('33 3668 2700', '44 270')).toEqual(['telefonoOficina.telefono', 'domicilioMexico.codigoPostal']);
    // A foreign postal code has no fixed shape.
    expect(valueProblems('domicilioDeclarante', { domicilioExtranjero: { codigoPostal: 'SW1A 1AA' } }, INICIAL)).toEqual([]);
  });

  it('asks an office phone for the format of the country its address is in, and takes either when no address says where', () => {
    const office = (telefono: string, address: Record<string, unknown>) => valueProblems('datosEmpleoCargoComision', { telefonoOficina: { telefono, extension: '12' }, ...address }, INICIAL);
    const mexico = { domicilioMexico: { calle: 'Av. Juárez', codigoPostal: '44100' } };
    const abroad = { domicilioExtranjero: { calle: 'Calle de Alcalá', pais: 'ES' } };
    // An office in Mexico: the 10 digits, not a foreign number.
    expect(office('3336682700', mexico)).toEqual([]);
    expect(office('+34911234567', mexico)).toEqual([{ path: 'telefonoOficina.telefono', message: 'en México, escribe los 10 dígitos del número, sin espacios, guiones ni +52' }]);
    // An office abroad: + and the country code, at most 15 digits.
    expect(office('+34911234567', abroad)).toEqual([]);
    expect(office('911234567', abroad)).toEqual([{ path: 'telefonoOficina.telefono', message: expect.stringContaining('fuera de México, escribe + y el código del país') }]);
    expect(office('+3491123456789012', abroad).map((p) => p.path)).toEqual(['telefonoOficina.telefono']);
    // Nothing says where yet: either format.
    expect(office('+34911234567', {})).toEqual([]);
    expect(office('3336682700', {})).toEqual([]);
    expect(office('55-1234', {}).map((p) => p.path)).toEqual(['telefonoOficina.telefono']);
  });

  it('asks the employment section for the declaration’s own toma de posesión (INICIAL) or conclusión (CONCLUSIÓN) date', () => {
    expect(valueProblems('datosEmpleoCargoComision', { fechaTomaPosesion: '2023-01-16' }, INICIAL)).toEqual([]);
    expect(valueProblems('datosEmpleoCargoComision', { fechaTomaPosesion: '2023-02-01' }, INICIAL)).toEqual([
      { path: 'fechaTomaPosesion', message: 'debe coincidir con la fecha de toma de posesión de esta declaración (2023-01-16)' },
    ]);
    const conclusion = { tipo: 'CONCLUSIÓN', fechaConclusion: '2024-10-15' };
    expect(valueProblems('datosEmpleoCargoComision', { fechaTomaPosesion: '2024-10-15' }, conclusion)).toEqual([]);
    expect(valueProblems('datosEmpleoCargoComision', { fechaTomaPosesion: '2019-03-01' }, conclusion)).toEqual([
      { path: 'fechaTomaPosesion', message: 'en la conclusión indica la fecha en que concluyó el encargo (2024-10-15)' },
    ]);
    // A MODIFICACIÓN reports an office held during its year; other sections' dates are not this one.
    expect(valueProblems('datosEmpleoCargoComision', { fechaTomaPosesion: '2019-03-01' }, { tipo: 'MODIFICACIÓN', anioReportado: 2025 })).toEqual([]);
    expect(valueProblems('datosEmpleoCargoComision', { fechaTomaPosesion: '2026-01-02' }, { tipo: 'MODIFICACIÓN', anioReportado: 2025 })).toEqual([
      { path: 'fechaTomaPosesion', message: 'debe ser anterior al fin del año que reportas (2025)' },
    ]);
    expect(valueProblems('experienciaLaboral', { experiencia: [{ fechaIngreso: '2019-03-01' }] }, INICIAL)).toEqual([]);
  });

  it('keeps dates within what the tipo reports, and end dates after start dates', () => {
    const modificacion = { tipo: 'MODIFICACIÓN', anioReportado: 2025 };
    expect(valueProblems('vehiculos', { vehiculo: [{ fechaAdquisicion: '2026-01-10' }] }, modificacion)).toEqual([
      { path: 'vehiculo[0].fechaAdquisicion', message: 'no puede ser posterior al 31 de diciembre de 2025, el año que reportas' },
    ]);
    expect(valueProblems('vehiculos', { vehiculo: [{ fechaAdquisicion: '2025-12-31' }] }, modificacion)).toEqual([]);
    const conclusion = { tipo: 'CONCLUSIÓN', fechaConclusion: '2024-10-15' };
    expect(valueProblems('bienesMuebles', { bienMueble: [{ fechaAdquisicion: '2024-10-16' }] }, conclusion).map((p) => p.path)).toEqual(['bienMueble[0].fechaAdquisicion']);
    // An INICIAL reports what the filer had on the day they took office.
    expect(valueProblems('bienesInmuebles', { bienInmueble: [{ fechaAdquisicion: '2023-01-17' }] }, INICIAL)).toEqual([
      { path: 'bienInmueble[0].fechaAdquisicion', message: 'no puede ser posterior a tu toma de posesión (2023-01-16): la declaración inicial reporta lo que tenías a esa fecha' },
    ]);
    expect(valueProblems('adeudos', { adeudo: [{ fechaAdquisicion: '2023-01-16' }] }, INICIAL)).toEqual([]);
    expect(valueProblems('experienciaLaboral', { experiencia: [{ fechaIngreso: '2020-05-01', fechaEgreso: '2019-01-01' }] }, INICIAL)).toEqual([
      { path: 'experiencia[0].fechaEgreso', message: 'debe ser igual o posterior a la fecha de ingreso' },
    ]);
  });
});
