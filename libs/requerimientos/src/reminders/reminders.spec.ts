import { dueOffset } from './reminders.service';

describe('which reminder is due (offsets 30, 7 and 1 days before the due date)', () => {
  const offsets = [30, 7, 1];
  it('is the threshold the obligation crossed last, so a missed day still sends it once', () => {
    expect(dueOffset(offsets, 30)).toBe(30);
    expect(dueOffset(offsets, 29)).toBe(30);
    expect(dueOffset(offsets, 7)).toBe(7);
    expect(dueOffset(offsets, 5)).toBe(7);
    expect(dueOffset(offsets, 1)).toBe(1);
    expect(dueOffset(offsets, 0)).toBe(1);
  });
  it('is none before the largest offset', () => {
    expect(dueOffset(offsets, 31)).toBeNull();
    expect(dueOffset([], 3)).toBeNull();
  });
});
