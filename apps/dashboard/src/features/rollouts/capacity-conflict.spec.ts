import { CombinedGraphQLErrors } from '@apollo/client';
import { capacityConflictOf, slotHolderList } from './capacity-conflict';

describe(capacityConflictOf.name, () => {
  it('reads the earliest start and the plans in the way of a refused start', () => {
    const it_ = {
      departmentId: 'it',
      departmentName: 'IT',
      startDate: '2026-01-05',
      goLiveDate: '2026-03-06',
    };
    const failure = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'HR cannot start on 2026-03-01',
          extensions: {
            code: 'CONFLICT',
            earliestStart: '2026-03-07',
            maxConcurrentRollouts: 1,
            overlappingPlans: [it_, { junk: true }],
          },
        },
      ],
    });
    expect(capacityConflictOf(failure)).toEqual({
      message: 'HR cannot start on 2026-03-01',
      earliestStart: '2026-03-07',
      maxConcurrentRollouts: 1,
      overlappingPlans: [it_],
    });
  });

  it('is null for a CONFLICT without a start (the department already has a plan) and for other errors', () => {
    const duplicate = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'HR already has a rollout plan',
          extensions: { code: 'CONFLICT' },
        },
      ],
    });
    expect(capacityConflictOf(duplicate)).toBeNull();
    expect(capacityConflictOf(new Error('offline'))).toBeNull();
  });
});

describe(slotHolderList.name, () => {
  it('names each plan with its slot days', () => {
    const plans = [
      {
        departmentId: 'it',
        departmentName: 'IT',
        startDate: '2026-01-05',
        goLiveDate: '2026-03-06',
      },
      {
        departmentId: 'fin',
        departmentName: 'Finance',
        startDate: '2026-02-01',
        goLiveDate: '2026-04-02',
      },
    ];
    expect(slotHolderList(plans, (start, end) => `${start}–${end}`)).toBe(
      'IT (2026-01-05–2026-03-06), Finance (2026-02-01–2026-04-02)',
    );
  });
});
