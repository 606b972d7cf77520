import type { ObligationState } from '@veraz/contracts';

/**
 * Colour-blind-safe colours (after Okabe–Ito, darkened for contrast) and, so colour is not the only
 * carrier, a texture per state: solid, dots, stripes, cross-hatch. Charts and totals use the same.
 */
export const STATE_STYLE: Record<ObligationState, { color: string; texture: 'solid' | 'dots' | 'stripes' | 'cross' }> = {
  PRESENTADA_EN_TIEMPO: { color: '#007a5a', texture: 'solid' },
  PENDIENTE: { color: '#6b6b6b', texture: 'dots' },
  PRESENTADA_EXTEMPORANEA: { color: '#b86e00', texture: 'stripes' },
  OMISA: { color: '#c0392b', texture: 'cross' },
};
