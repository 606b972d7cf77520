import type { IntegrityThresholds } from '@veraz/contracts';

/**
 * What every institution starts with (its version 1). Each figure's origin is in the README's
 * «Señales de riesgo» section; an admin's change is a new version, never an edit of this one.
 */
export const DEFAULT_THRESHOLDS: IntegrityThresholds = {
  // Mongolia's rule: unexplained growth over six months of declared income.
  crecimientoMesesDeIngreso: 6,
  costoDeVidaProporcion: 0.3,
  // dragnet's default ratio of assets to annual income.
  activosVecesIngresoAnual: 10,
  adeudosProporcion: 0.6,
  liquidezVeces: 3,
  liquidezMesesDeIngreso: 6,
  ventaSaldosProporcion: 0.5,
  construccionM2: 300,
  inmueblesPorAnio: 2,
  marcasDeLujo: [
    'Aston Martin', 'Audi R8', 'Bentley', 'Bugatti', 'Ferrari', 'Lamborghini', 'Lotus', 'Maserati', 'Maybach',
    'McLaren', 'Porsche', 'Rolls-Royce', 'Land Rover', 'Range Rover', 'Tesla', 'Cadillac Escalade', 'Lincoln Navigator',
  ],
  ingresoExtraProporcion: 0.5,
  sectoresDeLaInstitucion: [],
  salarioMensualMinimo: 5_000,
  salarioMensualMaximo: 400_000,
};
