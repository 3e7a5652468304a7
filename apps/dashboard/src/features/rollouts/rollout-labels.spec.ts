import {
  advanceLabel,
  dayLabel,
  phaseLabel,
  planStatusText,
  planStatusTone,
  varianceLabel,
} from './rollout-labels';

describe('rollout labels', () => {
  it('says where in the 90 days a plan is', () => {
    expect(dayLabel(-2)).toBe('Starts in 3 days');
    expect(dayLabel(0)).toBe('Starts in 1 day');
    expect(dayLabel(1)).toBe('Day 1 of 90');
    expect(dayLabel(90)).toBe('Day 90 of 90');
    expect(dayLabel(91)).toBe('Day 91: past day 90');
  });

  it('turns the schedule variance back into tasks', () => {
    // −2/15 of 15 tasks: 2 behind.
    expect(varianceLabel(-2 / 15, 15)).toBe('2 tasks behind schedule');
    expect(varianceLabel(1 / 15, 15)).toBe('1 task ahead of schedule');
    expect(varianceLabel(0, 15)).toBe('on schedule');
    expect(varianceLabel(null, 0)).toBe('no tasks yet');
  });

  it('names phases and colours statuses', () => {
    expect(phaseLabel('PILOT_AND_MEASURE')).toBe('Pilot and measure');
    expect(advanceLabel('BUILD_AND_CONFIGURE')).toBe(
      'Advance to build and configure',
    );
    expect(planStatusTone('AT_RISK')).toBe('warning');
    expect(planStatusTone('DONE')).toBe('success');
  });
});

describe(planStatusText.name, () => {
  const task = (overdue: boolean) => ({ overdue });
  it('says why a plan is at risk, late, on track or not started', () => {
    // 15 tasks, one overdue, on schedule by count: at risk because of the overdue task.
    expect(
      planStatusText({
        status: 'AT_RISK',
        dayNumber: 56,
        scheduleVariance: 0,
        tasks: [task(true), ...Array(14).fill(task(false))],
      }),
    ).toBe('At risk: 1 task overdue');
    expect(
      planStatusText({
        status: 'AT_RISK',
        dayNumber: 56,
        scheduleVariance: -0.2,
        tasks: Array(10).fill(task(false)),
      }),
    ).toBe('At risk: 2 tasks behind schedule');
    expect(
      planStatusText({
        status: 'LATE',
        dayNumber: 95,
        scheduleVariance: 0,
        tasks: [task(true)],
      }),
    ).toBe('Late: past day 90 with tasks not done');
    expect(
      planStatusText({
        status: 'ON_TRACK',
        dayNumber: 20,
        scheduleVariance: 0,
        tasks: [task(false)],
      }),
    ).toBe('On track: on schedule');
    expect(
      planStatusText({
        status: 'NOT_STARTED',
        dayNumber: -2,
        scheduleVariance: null,
        tasks: [],
      }),
    ).toBe('Not started: starts in 3 days');
  });
});
