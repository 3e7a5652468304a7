import { DateScalar, isIsoDate } from './date.scalar';

describe(isIsoDate.name, () => {
  it.each([
    ['2026-03-02', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-3-2', false],
    ['02/03/2026', false],
    ['2026-03-02T00:00:00Z', false],
    [20260302, false],
  ])('%p → %p', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('DateScalar', () => {
  it('refuses a day that does not exist, naming what it got', () => {
    expect(() => DateScalar.parseValue('2026-02-30')).toThrow(
      'a Date is written YYYY-MM-DD (a real calendar day), got "2026-02-30"',
    );
  });

  it('serialises database dates and Date objects as YYYY-MM-DD', () => {
    expect(DateScalar.serialize('2026-03-15')).toBe('2026-03-15');
    expect(DateScalar.serialize(new Date(Date.UTC(2026, 2, 15)))).toBe(
      '2026-03-15',
    );
  });
});
