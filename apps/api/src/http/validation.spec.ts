import type { ValidationError } from '@nestjs/common';
import { toFieldErrors } from './validation';

describe('toFieldErrors', () => {
  it('gives a field each Spanish sentence once, with its full path, even when two constraints say the same', () => {
    const thresholds: ValidationError = {
      property: 'thresholds',
      children: [
        {
          property: 'ventaSaldosProporcion',
          constraints: { isNumber: 'debe ser un número', min: 'debe estar entre 0 y 1', max: 'debe estar entre 0 y 1' },
          children: [],
        },
        { property: 'marcasDeLujo', children: [{ property: '2', constraints: { isString: 'each value in marcasDeLujo must be a string' }, children: [] }] },
      ],
    };
    expect(toFieldErrors([thresholds])).toEqual([
      { path: 'thresholds.ventaSaldosProporcion', message: 'debe ser un número' },
      { path: 'thresholds.ventaSaldosProporcion', message: 'debe estar entre 0 y 1' },
      { path: 'thresholds.marcasDeLujo[2]', message: 'debe ser texto' },
    ]);
  });
});
