import { demoRolloutPlans } from './demo-rollouts';

describe(demoRolloutPlans.name, () => {
  it('starts IT 60 days before its first week of data, HR 95 days before this Monday and Finance 5 days ago', () => {
    // Tuesday 2026-12-01 12:00 UTC: this Monday 11-30; 26 weeks earlier 2026-06-01; − 60 days = 2026-04-02.
    const plans = demoRolloutPlans({
      now: new Date('2026-12-01T12:00:00Z'),
      timeZone: 'Europe/London',
    });
    expect(
      plans.map(({ department, startDate, phase }) => [
        department,
        startDate,
        phase,
      ]),
    ).toEqual([
      ['IT', '2026-04-02', 'FULL_ROLLOUT_AND_EXPAND'],
      // 2026-11-30 − 95 days = 2026-08-27 (its day 61: Monday 2026-10-26); 2026-12-01 − 5 days = 2026-11-26.
      ['HR', '2026-08-27', 'PILOT_AND_MEASURE'],
      ['Finance', '2026-11-26', 'AUDIT_AND_DESIGN'],
    ]);
    expect(plans[1].done).toHaveLength(8);
  });

  it('counts days in the organisation’s time zone', () => {
    // 23:30 UTC on 30 November is already 1 December in Auckland (UTC+13).
    const plans = demoRolloutPlans({
      now: new Date('2026-11-30T23:30:00Z'),
      timeZone: 'Pacific/Auckland',
    });
    expect(plans[2].startDate).toBe('2026-11-26');
  });
});
