import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ValidationError } from '@veraz/contracts';
import { parseFxFile } from './fx-csv';

// A fixture shaped like Banco de México's SIE CSV export of series SF43718 (title and metadata lines,
// then Fecha,SF43718 and one row a day, N/E on holidays). Its values are made-up test data, not the FIX.
const FIXTURE = readFileSync(join(__dirname, 'fixtures', 'sie-sf43718.csv'));

/** The mean the test expects, computed here from the fixture's own rows, independently of the parser. */
function expectedMean(year: number): { mean: number; n: number } {
  const values = FIXTURE.toString('utf8')
    .split(/\r?\n/)
    .map((l) => /^"(\d\d)\/(\d\d)\/(\d{4})","([\d.]+)"$/.exec(l))
    .filter((m): m is RegExpExecArray => !!m && Number(m[3]) === year)
    .map((m) => Number(m[4]));
  return { mean: values.reduce((a, b) => a + b, 0) / values.length, n: values.length };
}

function errorsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationError);
    return (err as ValidationError).errors.map((e) => `${e.path}: ${e.message}`);
  }
  throw new Error('expected a ValidationError');
}

describe('parseFxFile: SIE export', () => {
  it('reads the title lines, the Fecha,SF43718 header and daily rows into one USD rate per year, the mean of published days', () => {
    const rates = parseFxFile(FIXTURE);
    expect(rates.map((r) => [r.currency, r.year])).toEqual([
      ['USD', 2023],
      ['USD', 2024],
      ['USD', 2025],
    ]);
    const y2024 = rates[1];
    const { mean, n } = expectedMean(2024);
    expect(n).toBe(252); // N/E days (holidays) are not observations
    expect(y2024.observations).toBe(252);
    expect(y2024.mxnPerUnit).toBeCloseTo(mean, 6);
    expect(y2024.source).toBe('Banco de México, SIE, serie SF43718 (FIX), promedio de 252 observaciones de 2024 (del 02/01/2024 al 31/12/2024)');
    // The export starts on 27 December 2023: that year is three days, and its source says so.
    expect(rates[0]).toMatchObject({ observations: 3, source: expect.stringContaining('(del 27/12/2023 al 29/12/2023; año incompleto)') });
  });

  it('gives the exact mean of a few values (to the millionth, no float drift)', () => {
    const csv = 'Fecha,SF43718\n02/01/2024,17.0000\n03/01/2024,17.5000\n04/01/2024,N/E\n05/01/2024,18.2500\n';
    expect(parseFxFile(csv)).toEqual([expect.objectContaining({ currency: 'USD', year: 2024, mxnPerUnit: 17.583333, observations: 3 })]);
  });

  it('reads the same export saved by Excel as Windows-1252 with semicolons and decimal commas', () => {
    const text = FIXTURE.toString('utf8').replace(/","/g, '";"').replace(/"(\d+)\.(\d+)"/g, '"$1,$2"');
    const latin = Buffer.from(text, 'latin1');
    // «México», «Título» in Windows-1252: not valid UTF-8.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(latin)).toThrow();
    const rates = parseFxFile(latin);
    expect(rates.find((r) => r.year === 2024)).toMatchObject({ observations: 252, mxnPerUnit: parseFxFile(FIXTURE)[1].mxnPerUnit });
  });

  it('refuses bad rows with their line numbers in Spanish, and returns nothing', () => {
    const csv = ['"Banco de México"', '""', '"Fecha","SF43718"', '"02/01/2024","17.1"', '"31/02/2024","17.2"', '"05/01/2024","diecisiete"', '"02/01/2024","17.3"'].join('\n');
    expect(errorsOf(() => parseFxFile(csv))).toEqual([
      'csv: línea 5: «31/02/2024» no es una fecha válida (se espera DD/MM/AAAA).',
      'csv: línea 6: el valor «diecisiete» de la serie SF43718 no es un tipo de cambio (número positivo, hasta 6 decimales) ni «N/E».',
      'csv: línea 7: la fecha 02/01/2024 se repite (ya aparece en la línea 4).',
    ]);
  });

  it('needs the moneda of a series it does not know, and refuses one that contradicts a known series', () => {
    const other = 'Fecha,SF46410\n02/01/2024,18.5\n';
    expect(errorsOf(() => parseFxFile(other))).toEqual([expect.stringContaining('línea 1: no se conoce la moneda de la serie SF46410')]);
    expect(parseFxFile(other, { moneda: 'eur' })).toEqual([expect.objectContaining({ currency: 'EUR', source: expect.stringMatching(/^Banco de México, SIE, serie SF46410, promedio de 1 observaciones/) })]);
    expect(errorsOf(() => parseFxFile('Fecha,SF43718\n02/01/2024,17\n', { moneda: 'EUR' }))).toEqual(['moneda: la serie SF43718 es de USD, no de EUR']);
    expect(errorsOf(() => parseFxFile(other, { moneda: 'MXN' }))).toEqual([expect.stringMatching(/^moneda: debe ser un código de moneda ISO 4217/)]);
  });

  it('refuses a file it cannot read as CSV, with the line where reading stopped', () => {
    expect(errorsOf(() => parseFxFile('"Banco de México"\nFecha,SF43718\n"02/01/2024,17\n03/01/2024,18\n'))).toEqual([
      'csv: el archivo no se puede leer como CSV: ¿una comilla sin cerrar? (la lectura se detuvo en la línea 4).',
    ]);
  });

  it('refuses a file without the header row, or with only N/E values', () => {
    expect(errorsOf(() => parseFxFile('hola,mundo\n1,2\n'))).toEqual([expect.stringContaining('no se encontró la fila de encabezados')]);
    expect(errorsOf(() => parseFxFile('Fecha,SF43718\n01/01/2024,N/E\n'))).toEqual([expect.stringContaining('no trae ningún valor publicado')]);
  });
});

describe('parseFxFile: yearly table', () => {
  it('reads anio,moneda,tipo_cambio with the named source, one observation per figure', () => {
    const csv = 'anio,moneda,tipo_cambio\n2023,USD,17.7623\n2023,eur,19.2\n';
    expect(parseFxFile(csv, { fuente: 'DOF, promedio anual' })).toEqual([
      { currency: 'EUR', year: 2023, mxnPerUnit: 19.2, observations: 1, source: 'DOF, promedio anual, cifra anual de 2023' },
      { currency: 'USD', year: 2023, mxnPerUnit: 17.7623, observations: 1, source: 'DOF, promedio anual, cifra anual de 2023' },
    ]);
  });

  it('finds the columns in any order, the currency given once for the whole file', () => {
    expect(parseFxFile('tipo_cambio;Año\n19,25;2021\n', { fuente: 'DOF', moneda: 'EUR' })).toEqual([
      { currency: 'EUR', year: 2021, mxnPerUnit: 19.25, observations: 1, source: 'DOF, cifra anual de 2021' },
    ]);
  });

  it('needs the fuente, and reports each bad row with its line', () => {
    expect(errorsOf(() => parseFxFile('anio,moneda,tipo_cambio\n2023,USD,17\n'))).toEqual([expect.stringMatching(/^fuente: indica la fuente oficial/)]);
    const csv = 'año;moneda;tipo_cambio\n20x3;USD;17\n2023;MXN;1\n2023;USD;-3\n2024;USD;17,5\n2024;USD;17,6\n';
    expect(errorsOf(() => parseFxFile(csv, { fuente: 'DOF' }))).toEqual([
      'csv: línea 2: «20x3» no es un año válido (p. ej. 2024).',
      'csv: línea 3: «MXN» no es un código de moneda ISO 4217 distinto de MXN.',
      'csv: línea 4: «-3» no es un tipo de cambio (número positivo, hasta 6 decimales).',
      'csv: línea 6: USD 2024 se repite (ya aparece en la línea 5).',
    ]);
  });
});
