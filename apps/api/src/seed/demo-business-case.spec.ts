import {
  caseMonthBounds,
  caseMonthOfDate,
} from '@esm-planner/domain-business-case';
import {
  demoBusinessCaseInputs,
  demoProgrammeStart,
} from './demo-business-case';
import { demoRolloutPlans } from './demo-rollouts';

describe(demoProgrammeStart.name, () => {
  // Tuesday 2026-12-01: this Monday is 11-30 (day 334 of 2026); 244 days
  // earlier is day 90, 31 March. Month 8 runs P + 214 … P + 243 = 31 October to 29 November,
  // the Sunday before: the last day of the demo's records.
  const now = new Date('2026-12-01T12:00:00Z');

  it('ends the case’s month 8 on the eve of the current week', () => {
    expect(demoProgrammeStart({ now })).toBe('2026-03-31');
    expect(caseMonthBounds({ programmeStart: '2026-03-31', month: 8 })).toEqual(
      { startDate: '2026-10-31', endDate: '2026-11-29' },
    );
  });

  it('starts two days before IT’s plan, whose day 61 falls in month 3', () => {
    const it = demoRolloutPlans({ now, timeZone: 'Europe/London' })[0];
    expect(it.startDate).toBe('2026-04-02');
    // Day 61 is 60 days after the plan's day 1: 2026-06-01, the first week of IT's records.
    expect(
      caseMonthOfDate({ programmeStart: '2026-03-31', date: '2026-06-01' }),
    ).toBe(3);
  });

  it('is the same for every day of the week', () => {
    for (const day of ['2026-11-30', '2026-12-02', '2026-12-06']) {
      expect(demoProgrammeStart({ now: new Date(`${day}T23:00:00Z`) })).toBe(
        '2026-03-31',
      );
    }
  });

  it('is stored in the demo case with HR’s go-live as planned then, month 7', () => {
    const inputs = demoBusinessCaseInputs((name) => `id-${name}`, { now });
    expect(inputs.programmeStart).toBe('2026-03-31');
    expect(inputs.departments.find((d) => d.departmentId === 'id-HR')).toEqual({
      departmentId: 'id-HR',
      goLiveMonth: 7,
    });
  });
});
