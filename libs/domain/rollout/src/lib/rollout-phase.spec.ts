import { isRolloutPhase, nextPhase, phaseForDay } from './rollout-phase';

describe(nextPhase.name, () => {
  it.each([
    ['AUDIT_AND_DESIGN', 'BUILD_AND_CONFIGURE'],
    ['BUILD_AND_CONFIGURE', 'PILOT_AND_MEASURE'],
    ['PILOT_AND_MEASURE', 'FULL_ROLLOUT_AND_EXPAND'],
    ['FULL_ROLLOUT_AND_EXPAND', null],
  ] as const)('%s → %p', (current, next) => {
    expect(nextPhase(current)).toBe(next);
  });
});

describe(phaseForDay.name, () => {
  it.each([
    [-5, null],
    [0, null],
    [1, 'AUDIT_AND_DESIGN'],
    [15, 'AUDIT_AND_DESIGN'],
    [16, 'BUILD_AND_CONFIGURE'],
    [30, 'BUILD_AND_CONFIGURE'],
    [31, 'PILOT_AND_MEASURE'],
    [60, 'PILOT_AND_MEASURE'],
    [61, 'FULL_ROLLOUT_AND_EXPAND'],
    [90, 'FULL_ROLLOUT_AND_EXPAND'],
    [91, 'FULL_ROLLOUT_AND_EXPAND'],
  ])('day %d → %p', (day, phase) => {
    expect(phaseForDay(day)).toBe(phase);
  });
});

describe(isRolloutPhase.name, () => {
  it.each([
    ['PILOT_AND_MEASURE', true],
    ['PILOT', false],
    ['pilot_and_measure', false],
    [null, false],
  ])('%p → %p', (value, expected) => {
    expect(isRolloutPhase(value)).toBe(expected);
  });
});
