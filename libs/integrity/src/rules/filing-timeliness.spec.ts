import type { ObligationFacts } from '../engine/types';
import { FOLIO, filing, input } from '../testing/fixtures-b';
import { filingTimelinessRule } from './filing-timeliness';

const obligation = (o: Partial<ObligationFacts>): ObligationFacts => ({
  kind: 'MODIFICACIÓN',
  periodKey: '2024',
  dueDate: '2025-05-31',
  state: 'PRESENTADA_EN_TIEMPO',
  metByFilingId: null,
  metOn: null,
  ...o,
});

// This filing was presented on 20 May 2025 (Mexico City); the previous one on 10 April 2024.
const current = filing({ id: 'f-2025', filedAt: '2025-05-20T17:00:00.000Z' });
const previous = filing({ id: 'f-2024', fecha: '2023-12-31', filedAt: '2024-04-10T17:00:00.000Z' });

describe('PRESENTACION_EXTEMPORANEA', () => {
  it('shows the due date, the filing date and the days late of the obligation this filing met late (BAJA up to 30 days)', () => {
    const late = obligation({ periodKey: '2024', dueDate: '2025-05-10', state: 'PRESENTADA_EXTEMPORANEA', metByFilingId: 'f-2025', metOn: '2025-05-20' });
    const [flag] = filingTimelinessRule.evaluate(input(current, { obligations: [late] }));
    expect(flag).toMatchObject({ code: 'PRESENTACION_EXTEMPORANEA', severity: 'BAJA' });
    expect(flag!.explanation).toBe(
      `Folio ${FOLIO}: cumple la obligación Declaración de modificación (año 2024) con fecha límite 10/05/2025, y se presentó el 20/05/2025: 10 días tarde (más de 30 días tarde es severidad media).`,
    );
    expect(flag!.figures).toContainEqual({ label: 'Días de retraso', value: '10' });
    expect(flag!.sources).toEqual([{ filingId: 'f-2025', folio: FOLIO, section: null, item: null, field: null }]);
  });

  it('is MEDIA beyond 30 days late', () => {
    const late = obligation({ kind: 'INICIAL', periodKey: '2025-02-01', dueDate: '2025-04-02', state: 'PRESENTADA_EXTEMPORANEA', metByFilingId: 'f-2025', metOn: '2025-05-20' });
    const [flag] = filingTimelinessRule.evaluate(input(current, { obligations: [late] }));
    expect(flag!.severity).toBe('MEDIA');
    expect(flag!.explanation).toContain('Declaración inicial (por el evento del 01/02/2025) con fecha límite 02/04/2025');
    expect(flag!.explanation).toContain('48 días tarde');
  });

  it('does not flag an obligation met in time, nor one met late by another filing', () => {
    const obligations = [
      obligation({ state: 'PRESENTADA_EN_TIEMPO', metByFilingId: 'f-2025', metOn: '2025-05-20' }),
      obligation({ periodKey: '2023', dueDate: '2024-05-31', state: 'PRESENTADA_EXTEMPORANEA', metByFilingId: 'f-2024', metOn: '2024-06-10' }),
    ];
    expect(filingTimelinessRule.evaluate(input(current, { obligations }))).toEqual([]);
  });
});

describe('DECLARACION_OMITIDA', () => {
  const omitted = obligation({ kind: 'CONCLUSIÓN', periodKey: '2024-09-15', dueDate: '2024-11-14', state: 'OMISA' });

  it('shows an omission on the first filing presented after its due date (ALTA)', () => {
    const [flag] = filingTimelinessRule.evaluate(input(current, { previous, obligations: [omitted], isLatestOfPerson: false }));
    expect(flag).toMatchObject({ code: 'DECLARACION_OMITIDA', severity: 'ALTA' });
    expect(flag!.explanation).toBe(
      `Omisión de la Declaración de conclusión (por el evento del 15/09/2024): su fecha límite era el 14/11/2024 y sigue sin presentarse. Se muestra en el folio ${FOLIO}, la primera declaración de la persona presentada después (el 20/05/2025, 187 días después de la fecha límite).`,
    );
  });

  it('does not show it again on a later filing (due before the previous filing)', () => {
    const later = filing({ id: 'f-2026', filedAt: '2026-05-20T17:00:00.000Z' });
    expect(filingTimelinessRule.evaluate(input(later, { previous: current, obligations: [omitted], isLatestOfPerson: true }))).toEqual([]);
  });

  it('shows an omission due after the person’s latest filing on that filing, and only there', () => {
    const next = obligation({ periodKey: '2025', dueDate: '2026-05-31', state: 'OMISA' });
    const [flag] = filingTimelinessRule.evaluate(input(current, { previous, obligations: [next], isLatestOfPerson: true }));
    expect(flag!.explanation).toContain('la última declaración presentada por la persona (el 20/05/2025)');
    expect(filingTimelinessRule.evaluate(input(current, { previous, obligations: [next], isLatestOfPerson: false }))).toEqual([]);
  });

  it('counts only the three declarations: an omitted aviso or constancia is not a declaración omitida', () => {
    const aviso = obligation({ kind: 'AVISO_CAMBIO_ENTE', periodKey: '2024-09-15', dueDate: '2024-11-14', state: 'OMISA' });
    expect(filingTimelinessRule.evaluate(input(current, { previous, obligations: [aviso] }))).toEqual([]);
  });

  it('reads the filing day in Mexico City: filed at 02:00 UTC on the 15th is the 14th, the due date itself', () => {
    const dueThatDay = obligation({ periodKey: '2024', dueDate: '2025-05-14', state: 'OMISA' });
    const early = filing({ filedAt: '2025-05-15T02:00:00.000Z' });
    expect(filingTimelinessRule.evaluate(input(early, { previous, obligations: [dueThatDay], isLatestOfPerson: false }))).toEqual([]);
    const afterwards = filing({ filedAt: '2025-05-15T08:00:00.000Z' });
    expect(filingTimelinessRule.evaluate(input(afterwards, { previous, obligations: [dueThatDay], isLatestOfPerson: false }))).toHaveLength(1);
  });
});
