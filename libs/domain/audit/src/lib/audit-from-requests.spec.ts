import {
  auditFromRequestsProblems,
  departmentsWithoutRecordsProblem,
  isBaselineSource,
  lastCompleteWeeks,
  MAX_AUDIT_FROM_REQUESTS_DEPARTMENTS,
} from './audit-from-requests';

describe(auditFromRequestsProblems.name, () => {
  const window = { windowStart: '2026-03-02', windowEnd: '2026-03-15' };

  it('accepts a window and a department', () => {
    expect(
      auditFromRequestsProblems({ ...window, departmentIds: ['a'] }),
    ).toEqual([]);
  });

  it('names the window fields as any audit does', () => {
    expect(
      auditFromRequestsProblems({
        windowStart: '2026-03-15',
        windowEnd: '2026-03-02',
        departmentIds: ['a'],
      }),
    ).toEqual([
      {
        field: 'windowEnd',
        message: 'windowEnd 2026-03-02 is before windowStart 2026-03-15',
      },
    ]);
    expect(
      auditFromRequestsProblems({
        windowStart: '15/03/2026',
        windowEnd: '2026-02-30',
        departmentIds: ['a'],
      }).map((p) => p.field),
    ).toEqual(['windowStart', 'windowEnd']);
  });

  it('needs at least one department, and at most the limit (a repeated id counts once)', () => {
    expect(auditFromRequestsProblems({ ...window, departmentIds: [] })).toEqual(
      [{ field: 'departmentIds', message: 'name at least one department' }],
    );
    const many = Array.from(
      { length: MAX_AUDIT_FROM_REQUESTS_DEPARTMENTS + 1 },
      (_, i) => `d${i}`,
    );
    expect(
      auditFromRequestsProblems({ ...window, departmentIds: many }),
    ).toEqual([
      {
        field: 'departmentIds',
        message: `at most ${MAX_AUDIT_FROM_REQUESTS_DEPARTMENTS} departments at once, got ${MAX_AUDIT_FROM_REQUESTS_DEPARTMENTS + 1}`,
      },
    ]);
    expect(
      auditFromRequestsProblems({
        ...window,
        departmentIds: [
          ...many.slice(0, MAX_AUDIT_FROM_REQUESTS_DEPARTMENTS),
          'd0',
        ],
      }),
    ).toEqual([]);
  });
});

describe(departmentsWithoutRecordsProblem.name, () => {
  it('names the departments and the window', () => {
    expect(
      departmentsWithoutRecordsProblem({
        names: ['Legal'],
        windowStart: '2026-03-02',
        windowEnd: '2026-03-15',
      }),
    ).toEqual({
      field: 'departmentIds',
      message:
        'no request records opened from 2026-03-02 to 2026-03-15 (local dates) for Legal: import them first, or choose another window',
    });
    expect(
      departmentsWithoutRecordsProblem({
        names: ['Legal', 'Facilities', 'HR'],
        windowStart: '2026-03-02',
        windowEnd: '2026-03-15',
      }).message,
    ).toContain('for Legal, Facilities and HR:');
  });
});

describe(lastCompleteWeeks.name, () => {
  // 2026-03-18 is a Wednesday; its week began on Monday 2026-03-16, so the
  // last two complete weeks are Monday 2026-03-02 to Sunday 2026-03-15.
  it('gives the two complete Monday-to-Sunday weeks before today', () => {
    expect(lastCompleteWeeks({ today: '2026-03-18' })).toEqual({
      windowStart: '2026-03-02',
      windowEnd: '2026-03-15',
    });
  });

  it('counts the week that ended yesterday on a Monday, and not the current one on a Sunday', () => {
    expect(lastCompleteWeeks({ today: '2026-03-16' })).toEqual({
      windowStart: '2026-03-02',
      windowEnd: '2026-03-15',
    }); // Monday
    expect(lastCompleteWeeks({ today: '2026-03-15' })).toEqual({
      windowStart: '2026-02-23',
      windowEnd: '2026-03-08',
    }); // Sunday
  });

  it('crosses a year end and takes another number of weeks', () => {
    // 2026-01-01 is a Thursday: its week began on Monday 2025-12-29.
    expect(lastCompleteWeeks({ today: '2026-01-01', weeks: 1 })).toEqual({
      windowStart: '2025-12-22',
      windowEnd: '2025-12-28',
    });
    expect(lastCompleteWeeks({ today: '2026-01-01', weeks: 4 })).toEqual({
      windowStart: '2025-12-01',
      windowEnd: '2025-12-28',
    });
  });

  it('refuses a date that is not one and a week count that is not positive', () => {
    expect(() => lastCompleteWeeks({ today: '2026-02-30' })).toThrow(
      'today must be a date YYYY-MM-DD, got "2026-02-30"',
    );
    expect(() => lastCompleteWeeks({ today: '2026-03-18', weeks: 0 })).toThrow(
      'weeks must be a positive integer, got 0',
    );
  });
});

describe(isBaselineSource.name, () => {
  it('knows AUDIT and REQUESTS only', () => {
    expect(['AUDIT', 'REQUESTS', 'requests', ''].map(isBaselineSource)).toEqual(
      [true, true, false, false],
    );
  });
});
