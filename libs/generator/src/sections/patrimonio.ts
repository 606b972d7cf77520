import type { Json } from '../catalog';
import type { Tracked } from '../tracked';
import { emit, listSection, type FilingContext, type SectionBuilder } from './context';

/** Goods that leave carry their motivoBaja (the schemas of inmuebles, vehículos and muebles have it). */
const withBaja = (item: Tracked): Json => (item.status === 'gone' && item.motivoBaja ? { motivoBaja: item.motivoBaja } : {});

export const bienesInmuebles: SectionBuilder = ({ assets }) => listSection('bienInmueble', emit(assets.inmuebles, withBaja));
export const vehiculos: SectionBuilder = ({ assets }) => listSection('vehiculo', emit(assets.vehiculos, withBaja));
export const bienesMuebles: SectionBuilder = ({ assets }) => listSection('bienMueble', emit(assets.muebles, withBaja));
export const prestamoOComodato: SectionBuilder = ({ assets }) => listSection('prestamo', emit(assets.prestamos));

/** The balance each tipo reports, as the business rules require it. */
const SALDO: Record<string, { inversion: string; adeudo: string }> = {
  INICIAL: { inversion: 'saldoSituacionActual', adeudo: 'saldoInsolutoSituacionActual' },
  MODIFICACIÓN: { inversion: 'saldoDiciembreAnterior', adeudo: 'saldoInsolutoDiciembreAnterior' },
  CONCLUSIÓN: { inversion: 'saldoFechaConclusion', adeudo: 'saldoInsolutoFechaConclusion' },
};

/** Balance (0 once closed or repaid) and, after the INICIAL, the change since the last filing when it fits ±100 %. */
function balance(field: string, fc: FilingContext) {
  return (item: Tracked): Json => {
    const now = item.status === 'gone' ? 0 : (item.balance ?? 0);
    const out: Json = { [field]: { valor: now, moneda: item.currency ?? 'MXN' } };
    if (fc.tipo !== 'INICIAL' && item.status !== 'new' && item.prevBalance) {
      const pct = Math.round(((now - item.prevBalance) / item.prevBalance) * 100);
      if (pct >= -100 && pct <= 100) out.porcentajeIncrementoDecremento = pct;
    }
    return out;
  };
}

export const inversiones: SectionBuilder = ({ assets }, fc) => listSection('inversion', emit(assets.inversiones, balance(SALDO[fc.tipo]!.inversion, fc)));
export const adeudos: SectionBuilder = ({ assets }, fc) => listSection('adeudo', emit(assets.adeudos, balance(SALDO[fc.tipo]!.adeudo, fc)));
