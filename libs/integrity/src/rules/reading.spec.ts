import { dayNumber, fold, isoDay, mexicoDay } from './reading';

describe('dayNumber', () => {
  it('agrees with the calendar, and rejects days that do not exist', () => {
    for (const date of ['1970-01-01', '1899-12-31', '1900-03-01', '2000-02-29', '2024-02-29', '2024-12-31', '2025-05-20T17:00:00.000Z']) {
      expect(dayNumber(date)).toBe(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000);
    }
    expect(isoDay(dayNumber('2024-02-29')!)).toBe('2024-02-29');
    expect(['2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', 'mañana', null].map(dayNumber)).toEqual([null, null, null, null, null, null, null]);
  });
});

describe('mexicoDay', () => {
  it('reads the Mexico City day, with summer time before 2023 and without it after', () => {
    expect(isoDay(mexicoDay('2025-05-15T02:00:00.000Z')!)).toBe('2025-05-14');
    expect(isoDay(mexicoDay('2025-05-15T08:00:00.000Z')!)).toBe('2025-05-15');
    // 05:30 UTC: 23:30 of the day before at UTC−6 (2024), but 00:30 of the same day at UTC−5 (summer 2020).
    expect(isoDay(mexicoDay('2024-07-01T05:30:00.000Z')!)).toBe('2024-06-30');
    expect(isoDay(mexicoDay('2020-07-01T05:30:00.000Z')!)).toBe('2020-07-01');
    expect(isoDay(mexicoDay('2020-01-15T05:30:00.000Z')!)).toBe('2020-01-14');
  });
});

describe('fold', () => {
  it('drops accents, case and punctuation', () => {
    expect(fold('  ÁSTON-Martín  S.A. ')).toBe('aston martin s a');
    expect(fold('Land Rover')).toBe('land rover');
  });
});
