import { fold, isoDay, mexicoDay } from './reading';

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
