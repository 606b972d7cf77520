import { describe, expect, it } from 'vitest';
import { formatCalendarDate, obligationCards, startPathFor } from './obligations';
import { filerObligation } from './testData';

describe('obligationCards', () => {
  it('keeps only what is missed or pending, with the due date and where to start it', () => {
    const cards = obligationCards({
      onRoster: true,
      items: [
        filerObligation({ id: 'm', kind: 'MODIFICACIÓN', kindLabel: 'Declaración de modificación', periodKey: '2024', windowStart: '2025-05-01', dueDate: '2025-05-31', state: 'OMISA', stateLabel: 'Omisa' }),
        filerObligation({ id: 'c', kind: 'CONCLUSIÓN', kindLabel: 'Declaración de conclusión', periodKey: '2026-05-15', triggerDate: '2026-05-15', windowStart: '2026-05-15', dueDate: '2026-07-14' }),
        filerObligation({ id: 'i', state: 'PRESENTADA_EXTEMPORANEA', stateLabel: 'Presentada extemporánea', metOn: '2026-07-01' }),
      ],
    });
    expect(cards.map((c) => [c.title, c.dueText, c.startPath, c.missed])).toEqual([
      ['Declaración de modificación (año 2024)', 'Venció el 31 de mayo de 2025', '/declaraciones/nueva?tipo=MODIFICACI%C3%93N&anioReportado=2024', true],
      ['Declaración de conclusión (15 de mayo de 2026)', 'Plazo: del 15 de mayo de 2026 al 14 de julio de 2026', '/declaraciones/nueva?tipo=CONCLUSI%C3%93N', false],
    ]);
  });

  it('sends the aviso and the constancia to their own pages', () => {
    const cards = obligationCards({
      onRoster: true,
      items: [
        filerObligation({ id: 'a', kind: 'AVISO_CAMBIO_ENTE', kindLabel: 'Aviso por cambio de ente público' }),
        filerObligation({ id: 'k', kind: 'CONSTANCIA_FISCAL', kindLabel: 'Constancia de presentación de la declaración fiscal', periodKey: '2025' }),
      ],
    });
    expect(cards.map((c) => [c.startPath, c.actionLabel])).toEqual([
      ['/declaraciones/aviso', 'Dar aviso por cambio de ente'],
      ['/declaraciones/constancias', 'Adjuntar constancia fiscal 2025'],
    ]);
  });

  it('reads calendar dates without a time zone shifting them a day', () => {
    expect(formatCalendarDate('2024-02-29')).toBe('29 de febrero de 2024');
    expect(formatCalendarDate('2026-01-01')).toBe('1 de enero de 2026');
    expect(startPathFor('INICIAL')).toBe('/declaraciones/nueva?tipo=INICIAL');
  });
});
