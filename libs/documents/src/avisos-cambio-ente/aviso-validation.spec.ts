import type { AvisoInput } from '@veraz/contracts';
import { parseFolio } from '../verification/folio';
import { avisoErrors } from './aviso-validation';

const input = (over: { toma?: string; conclusion?: string; ente?: string } = {}): AvisoInput => ({
  contacto: {},
  encargoNuevo: { empleoCargoComision: 'Analista', areaAdscripcion: 'Finanzas', nivelEmpleoCargoComision: 'O11', fechaTomaPosesion: over.toma ?? '2026-03-02' },
  encargoAnterior: { nombreEntePublico: over.ente ?? 'Secretaría de Movilidad', fechaConclusion: over.conclusion ?? '2026-02-15' },
});

describe('aviso rules (Normas, Cuarta and Séptima)', () => {
  it('accepts a change of ente within 60 natural days', () => {
    expect(avisoErrors(input(), 'Secretaría de Finanzas', '2026-03-10')).toEqual([]);
    // Day 60 after the conclusión is still an aviso; day 61 is an INICIAL.
    expect(avisoErrors(input({ conclusion: '2026-01-01', toma: '2026-03-02' }), 'X', '2026-03-10')).toEqual([]);
    expect(avisoErrors(input({ conclusion: '2025-12-31', toma: '2026-03-02' }), 'X', '2026-03-10').map((e) => e.path)).toEqual(['encargoAnterior.fechaConclusion']);
  });

  it('judges the toma de posesión against the deadline clock’s today', () => {
    expect(avisoErrors(input({ toma: '2026-03-11' }), 'X', '2026-03-10')).toEqual([{ path: 'encargoNuevo.fechaTomaPosesion', message: 'no puede ser posterior a hoy' }]);
  });

  it('refuses a conclusión after the new toma de posesión, impossible dates and the same ente', () => {
    expect(avisoErrors(input({ conclusion: '2026-03-05' }), 'X', '2026-03-10')[0]).toEqual({ path: 'encargoAnterior.fechaConclusion', message: 'no puede ser posterior a la toma de posesión del nuevo encargo' });
    expect(avisoErrors(input({ toma: '2026-02-30' }), 'X', '2026-03-10')[0].path).toBe('encargoNuevo.fechaTomaPosesion');
    expect(avisoErrors(input({ ente: ' secretaría de finanzas ' }), 'Secretaría de Finanzas', '2026-03-10')[0].path).toBe('encargoAnterior.nombreEntePublico');
  });
});

describe('aviso folios', () => {
  it('have their own series that never reads as a filing’s folio', () => {
    expect(parseFolio('sefin-2026-av-000001')).toEqual({ folio: 'SEFIN-2026-AV-000001', slug: 'sefin', kind: 'aviso' });
    expect(parseFolio('SEFIN-AV-2026-000001')).toEqual({ folio: 'SEFIN-AV-2026-000001', slug: 'sefin-av', kind: 'declaracion' });
    expect(parseFolio('SEFIN-2026-000001')).toEqual({ folio: 'SEFIN-2026-000001', slug: 'sefin', kind: 'declaracion' });
  });
});
