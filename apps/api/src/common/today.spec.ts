import { todayIn } from './today';

describe(todayIn.name, () => {
  // 23:30 UTC on 1 December is already 2 December in Tokyo and still
  // 1 December in London (GMT in winter) and New York.
  const now = new Date('2026-12-01T23:30:00Z');

  it.each([
    ['UTC', '2026-12-01'],
    ['Europe/London', '2026-12-01'],
    ['Asia/Tokyo', '2026-12-02'],
    ['America/New_York', '2026-12-01'],
  ])('in %s is %s', (timeZone, expected) => {
    expect(todayIn(timeZone, now)).toBe(expected);
  });
});
