import { dayNumber, isoDay } from './json';

describe('dayNumber', () => {
  it('agrees with the calendar, and rejects days that do not exist', () => {
    for (const date of ['1970-01-01', '1899-12-31', '1900-03-01', '2000-02-29', '2024-02-29', '2024-12-31', '2025-05-20T17:00:00.000Z']) {
      expect(dayNumber(date)).toBe(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000);
    }
    expect(isoDay(dayNumber('2024-02-29')!)).toBe('2024-02-29');
    expect(['2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', 'mañana', null].map(dayNumber)).toEqual([null, null, null, null, null, null, null]);
  });
});
