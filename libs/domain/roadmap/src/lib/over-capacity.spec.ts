import { plansOverCapacity } from './over-capacity';

const plan = (id: string, startDate: string, businessDays = false) => ({
  id,
  startDate,
  businessDays,
});

describe(plansOverCapacity.name, () => {
  // IT 2026-01-05 – 03-06 (day 61); HR from 02-14 (day 41 of IT's plan) holds to 04-15; Finance from 03-07 to 05-06.
  const it_ = plan('it', '2026-01-05');
  const hr = plan('hr', '2026-02-14');
  const finance = plan('finance', '2026-03-07');

  it('flags the plan that squeezed in, with the plans it overlaps', () => {
    const verdicts = plansOverCapacity({
      plansInCreationOrder: [it_, hr, finance],
      maxConcurrentRollouts: 1,
    });
    expect(verdicts.get('it')).toEqual({
      overCapacity: false,
      overlapping: [],
    });
    expect(verdicts.get('hr')).toEqual({
      overCapacity: true,
      overlapping: [it_, finance],
    });
    // Finance was created after HR, whose slot runs to 04-15: it squeezed in too.
    expect(verdicts.get('finance')).toEqual({
      overCapacity: true,
      overlapping: [hr],
    });
  });

  it('judges in creation order: the later-created plan is flagged even when it starts first', () => {
    // HR created first for 02-14, IT created afterwards for 01-05: IT is the one that broke capacity.
    const verdicts = plansOverCapacity({
      plansInCreationOrder: [hr, it_],
      maxConcurrentRollouts: 1,
    });
    expect(verdicts.get('hr')?.overCapacity).toBe(false);
    expect(verdicts.get('it')).toEqual({
      overCapacity: true,
      overlapping: [hr],
    });
  });

  it('clears the flag when the capacity allows the overlap', () => {
    const verdicts = plansOverCapacity({
      plansInCreationOrder: [it_, hr, finance],
      maxConcurrentRollouts: 2,
    });
    expect(
      [...verdicts.values()].map((verdict) => verdict.overCapacity),
    ).toEqual([false, false, false]);
  });
});
