import { measuredDeflection } from './measured-deflection';

// HR went live (day 61) on Wednesday 2026-03-25: its first complete week
// since go-live begins Monday 2026-03-30. asOf Monday 2026-05-11: the last
// complete week is the one of 2026-05-04 (Sunday 05-10).
const weeks = [
  { weekStart: '2026-03-23', total: 100, deflected: 100 }, // began before go-live: never counted
  { weekStart: '2026-03-30', total: 100, deflected: 90 }, // fifth from last: not counted on 05-11
  { weekStart: '2026-04-06', total: 50, deflected: 20 },
  { weekStart: '2026-04-13', total: 100, deflected: 50 },
  { weekStart: '2026-04-20', total: 200, deflected: 110 },
  { weekStart: '2026-04-27', total: 0, deflected: 0 }, // no records: skipped, not a week of 0 %
  { weekStart: '2026-05-04', total: 150, deflected: 90 },
  { weekStart: '2026-05-11', total: 999, deflected: 999 }, // the week of asOf: not complete
];

describe('measuredDeflection', () => {
  it('takes Σ deflected ÷ Σ total over the last four complete weeks with records since go-live', () => {
    // Weeks 04-06, 04-13, 04-20 and 05-04 (04-27 has no records):
    // (20 + 50 + 110 + 90) ÷ (50 + 100 + 200 + 150) = 270 ÷ 500 = 0.54.
    expect(
      measuredDeflection({
        goLiveDate: '2026-03-25',
        asOf: '2026-05-11',
        weeks,
      }),
    ).toEqual({
      value: 0.54,
      from: '2026-04-06',
      to: '2026-05-10',
      total: 500,
      deflected: 270,
      measuredOn: '2026-05-11',
    });
  });

  it('waits for four complete weeks: on the Sunday of a week, that week is not complete yet', () => {
    // asOf Sunday 2026-05-10: 05-04 is not complete; the last four with records are 03-30 … 04-20:
    // (90 + 20 + 50 + 110) ÷ (100 + 50 + 100 + 200) = 270 ÷ 450 = 0.6.
    expect(
      measuredDeflection({
        goLiveDate: '2026-03-25',
        asOf: '2026-05-10',
        weeks,
      }),
    ).toMatchObject({ value: 0.6, from: '2026-03-30', to: '2026-04-26' });
    // asOf Sunday 2026-04-26: only 03-30, 04-06 and 04-13 are complete: too few.
    expect(
      measuredDeflection({
        goLiveDate: '2026-03-25',
        asOf: '2026-04-26',
        weeks,
      }),
    ).toBeNull();
  });

  it('is null for a department not live yet or without a plan', () => {
    expect(
      measuredDeflection({
        goLiveDate: '2026-05-11',
        asOf: '2026-05-11',
        weeks,
      }),
    ).toBeNull();
    expect(
      measuredDeflection({ goLiveDate: null, asOf: '2026-05-11', weeks }),
    ).toBeNull();
  });

  it('refuses counts that cannot be', () => {
    expect(() =>
      measuredDeflection({
        goLiveDate: '2026-03-25',
        asOf: '2026-05-11',
        weeks: [{ weekStart: '2026-04-06', total: 1, deflected: 2 }],
      }),
    ).toThrow(RangeError);
  });
});
