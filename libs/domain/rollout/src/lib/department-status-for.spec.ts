import { departmentStatusFor } from './department-status-for';

describe(departmentStatusFor.name, () => {
  it.each([
    [null, false, 'PLANNED'],
    ['AUDIT_AND_DESIGN', false, 'AUDITING'],
    ['BUILD_AND_CONFIGURE', false, 'BUILDING'],
    ['PILOT_AND_MEASURE', false, 'PILOTING'],
    ['FULL_ROLLOUT_AND_EXPAND', false, 'LIVE'],
    ['PILOT_AND_MEASURE', true, 'LIVE'],
    [null, true, 'LIVE'],
  ] as const)('phase %p, done %p → %s', (currentPhase, planDone, status) => {
    expect(departmentStatusFor({ currentPhase, planDone })).toBe(status);
  });
});
