import { curpCheckDigit } from '@veraz/standards';
import { parseRoster } from './roster-csv';

/** A valid CURP whose birth date varies with n (no real person). */
function testCurp(n: number): string {
  const day = String((n % 28) + 1).padStart(2, '0');
  const month = String((Math.floor(n / 28) % 12) + 1).padStart(2, '0');
  const first17 = `GODE80${month}${day}HDFRRN0`;
  return first17 + curpCheckDigit(first17);
}

const HEADER = 'curp,nombres,primer_apellido,segundo_apellido,correo,puesto,area,nivel,fecha_alta,fecha_baja,motivo,fecha_movimiento';

describe('parseRoster', () => {
  it('reads a Windows-1252 file with semicolons and Spanish headers with accents and capitals', () => {
    const text = [
      'CURP;Nombres;Primer Apellido;Segundo apellido;Correo;Puesto;Área;Nivel;Fecha Alta;Fecha baja;Motivo;Fecha movimiento',
      `${testCurp(1)};María José;Núñez;Peña;mjose@ente.gob.mx;Jefa de Departamento;Dirección de Auditoría;jefe de departamento o superior;15/01/2024;;Alta;`,
    ].join('\r\n');
    const parsed = parseRoster(Buffer.from(text, 'latin1'));
    expect(parsed).toMatchObject({ encoding: 'windows-1252', delimiter: ';', fileErrors: [] });
    expect(parsed.lines[0].errors).toEqual([]);
    expect(parsed.lines[0].row).toEqual({
      curp: testCurp(1), nombres: 'María José', primerApellido: 'Núñez', segundoApellido: 'Peña', email: 'mjose@ente.gob.mx',
      puesto: 'Jefa de Departamento', area: 'Dirección de Auditoría', nivel: 'JEFE_DEPARTAMENTO_O_SUPERIOR',
      fechaAlta: '2024-01-15', fechaBaja: null, motivo: 'ALTA', fechaMovimiento: '2024-01-15',
    });
  });

  it('reads UTF-8 with a BOM and comma delimiters; friendly nivel forms and codes', () => {
    const text = `\uFEFF${HEADER}\n${testCurp(2)},Ana,López,,,,,simplificada,2024-02-01,,alta,\n${testCurp(3)},Luis,Pérez,,,,,JEFE_DEPARTAMENTO_O_SUPERIOR,2024-02-01,2024-06-30,baja,\n`;
    const parsed = parseRoster(Buffer.from(text, 'utf8'));
    expect(parsed).toMatchObject({ encoding: 'utf-8', delimiter: ',' });
    expect(parsed.lines.map((l) => [l.line, l.row?.nivel, l.row?.motivo, l.row?.fechaMovimiento])).toEqual([
      [2, 'INFERIOR_A_JEFE_DEPARTAMENTO', 'ALTA', '2024-02-01'],
      [3, 'JEFE_DEPARTAMENTO_O_SUPERIOR', 'BAJA', '2024-06-30'],
    ]);
  });

  it('gives every row error in Spanish with its line and column, without echoing the CURP', () => {
    const bad = [
      `${testCurp(4).slice(0, 17)}9,Ana,López,,,,,completa,2024-01-01,,alta,`,
      `${testCurp(5)},Ana,López,,,,,gerente,2024-01-01,,alta,`,
      `${testCurp(6)},Ana,López,,,,,completa,2024-01-01,,ascenso,`,
      `${testCurp(7)},Ana,López,,,,,completa,2024-02-30,,alta,`,
      `${testCurp(8)},Ana,López,,,,,completa,2024-05-01,2024-04-01,baja,`,
      `${testCurp(9)},Ana,López,,,,,completa,2024-01-01,,alta,`,
      `${testCurp(9)},Ana,López,,,,,completa,2024-01-01,,alta,`,
      `${testCurp(10)},Ana,López,,ana@@ente,,,completa,2024-01-01,,alta,`,
      `${testCurp(11)},,López,,,,,completa,2024-01-01,,alta,`,
      `${testCurp(12)},Ana,López,,,,,completa,2024-01-01,,cambio,`,
    ];
    const parsed = parseRoster(Buffer.from([HEADER, ...bad].join('\n')));
    const errors = parsed.lines.flatMap((l) => l.errors);
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'curp'], [3, 'nivel'], [4, 'motivo'], [5, 'fecha_alta'], [6, 'fecha_baja'], [8, 'curp'], [9, 'correo'], [10, 'nombres'], [11, 'fecha_movimiento'],
    ]);
    expect(errors.find((e) => e.line === 2)!.message).toBe('La CURP no es válida: el dígito verificador no corresponde.');
    expect(errors.find((e) => e.line === 3)!.message).toMatch(/^Nivel desconocido/);
    expect(errors.find((e) => e.line === 6)!.message).toBe('La fecha de baja es anterior a la fecha de alta.');
    expect(errors.find((e) => e.line === 8)!.message).toBe('La CURP se repite: ya aparece en la línea 7.');
    expect(errors.find((e) => e.line === 10)!.message).toBe('Falta el nombre.');
    for (const e of errors) for (let n = 4; n <= 12; n++) expect(e.message).not.toContain(testCurp(n).slice(0, 10));
    expect(parsed.lines.filter((l) => l.row).map((l) => l.line)).toEqual([7]);
  });

  it('refuses a file without the required columns as a whole', () => {
    expect(parseRoster(Buffer.from('curp;nombre\nX;Y')).fileErrors).toEqual(['Faltan columnas obligatorias en la primera línea: primer_apellido, fecha_alta, motivo.']);
  });
});
