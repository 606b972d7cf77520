import { DEFAULT_THRESHOLDS } from '../engine/default-thresholds';
import { checkThresholds } from './thresholds-validation';

describe('an admin\'s thresholds', () => {
  it('accepts the defaults, and trims lists and drops repeats', () => {
    expect(checkThresholds(DEFAULT_THRESHOLDS)).toEqual({ ok: true, thresholds: DEFAULT_THRESHOLDS });
    const result = checkThresholds({ ...DEFAULT_THRESHOLDS, marcasDeLujo: [' Ferrari ', 'Ferrari', 'Bentley'], sectoresDeLaInstitucion: ['CONS'] });
    expect(result).toMatchObject({ ok: true, thresholds: { marcasDeLujo: ['Ferrari', 'Bentley'], sectoresDeLaInstitucion: ['CONS'] } });
  });

  it('names each wrong field in Spanish', () => {
    const { salarioMensualMaximo: _omit, ...rest } = DEFAULT_THRESHOLDS;
    expect(checkThresholds({ ...rest, costoDeVidaProporcion: 1.5, inmueblesPorAnio: 2.5, marcasDeLujo: 'Ferrari' })).toEqual({
      ok: false,
      errors: [
        { path: 'costoDeVidaProporcion', message: 'debe estar entre 0 y 1' },
        { path: 'inmueblesPorAnio', message: 'debe ser un número entero' },
        { path: 'salarioMensualMaximo', message: 'es obligatorio' },
        { path: 'marcasDeLujo', message: 'debe ser una lista de textos' },
      ],
    });
    expect(checkThresholds({ ...DEFAULT_THRESHOLDS, salarioMensualMinimo: 500_000 })).toEqual({
      ok: false,
      errors: [{ path: 'salarioMensualMaximo', message: 'debe ser mayor que salarioMensualMinimo' }],
    });
    expect(checkThresholds(null)).toEqual({ ok: false, errors: [{ path: 'umbrales', message: 'envía los umbrales como un objeto' }] });
  });
});
