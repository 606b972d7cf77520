import { describe, expect, it } from 'vitest';
import { activeUnder, NAV_LINKS } from './navigation';

describe('the main menu', () => {
  const filings = NAV_LINKS.find((link) => link.to === '/institucion/declaraciones')!;

  it('keeps «Declaraciones de la institución» current on a person’s evolution page, reached from a filing', () => {
    expect(activeUnder(filings, '/institucion/personas/5d1f/evolucion')).toBe(true);
  });

  it('leaves it alone elsewhere, and other links have no extra paths', () => {
    expect(activeUnder(filings, '/institucion/padron')).toBe(false);
    expect(NAV_LINKS.filter((link) => link.alsoUnder).map((link) => link.to)).toEqual(['/institucion/declaraciones']);
  });
});
