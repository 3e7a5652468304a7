import { RoadmapDepartment, scheduleRoadmap } from './schedule-roadmap';

const it_ = (plan: RoadmapDepartment['plan'] = null): RoadmapDepartment => ({
  departmentId: 'it',
  kind: 'IT',
  plan,
});
const dept = (
  departmentId: string,
  kind: RoadmapDepartment['kind'],
  plan: RoadmapDepartment['plan'] = null,
): RoadmapDepartment => ({ departmentId, kind, plan });

function dates(result: ReturnType<typeof scheduleRoadmap>) {
  return result.map(
    ({ departmentId, startDate, goLiveDate, endDate, source, constraint }) => [
      departmentId,
      startDate,
      goLiveDate,
      endDate,
      source,
      constraint,
    ],
  );
}

describe(scheduleRoadmap.name, () => {
  it('with capacity 1 starts each department the day after its predecessor’s day 61 (month ends)', () => {
    // IT's plan from 2025-12-01: day 61 = 12-01 + 60 = 2026-01-30, day 90 = + 89 = 2026-02-28.
    // HR: IT's slot is free from 01-31 = asOf (a Saturday) → day 61 = 01-31 + 60 = 04-01, day 90 = 04-30.
    // Finance: HR holds the slot through 04-01 → starts 04-02; day 61 = 04-02 + 60 = 06-01, day 90 = 06-30.
    const result = scheduleRoadmap({
      asOf: '2026-01-31',
      itStableFrom: '2026-01-31',
      departments: [
        it_({ startDate: '2025-12-01', businessDays: false }),
        dept('hr', 'HR'),
        dept('fin', 'FINANCE'),
      ],
    });
    expect(dates(result)).toEqual([
      ['it', '2025-12-01', '2026-01-30', '2026-02-28', 'PLAN', null],
      ['hr', '2026-01-31', '2026-04-01', '2026-04-30', 'ROADMAP', 'AS_OF'],
      ['fin', '2026-04-02', '2026-06-01', '2026-06-30', 'ROADMAP', 'CAPACITY'],
    ]);
    expect(result.map((item) => item.order)).toEqual([1, 2, 3]);
  });

  it('waits for IT stability and capacity across a leap day', () => {
    // IT's plan from 2028-02-15: day 61 = 2028-04-15 (Feb has 29 days). HR may not start before
    // IT is stable (03-01); with capacity 1 IT holds the slot until 04-15, so HR starts 04-16.
    const departments = [
      it_({ startDate: '2028-02-15', businessDays: false }),
      dept('hr', 'HR'),
    ];
    expect(
      dates(
        scheduleRoadmap({
          asOf: '2028-02-20',
          itStableFrom: '2028-03-01',
          departments,
        }),
      )[1],
    ).toEqual(
      // 04-16 + 60 = 06-15; + 89 = 07-14
      ['hr', '2028-04-16', '2028-06-15', '2028-07-14', 'ROADMAP', 'CAPACITY'],
    );
    // With two slots the stability date decides: 03-01 + 60 = 04-30; + 89 = 05-29.
    expect(
      dates(
        scheduleRoadmap({
          asOf: '2028-02-20',
          itStableFrom: '2028-03-01',
          departments,
          maxConcurrentRollouts: 2,
        }),
      )[1],
    ).toEqual([
      'hr',
      '2028-03-01',
      '2028-04-30',
      '2028-05-29',
      'ROADMAP',
      'IT_STABILITY',
    ]);
  });

  it('places business-day plans on working days (weekend start, predecessor)', () => {
    // asOf Saturday 2026-03-07: IT's business-day plan starts Monday 03-09, day 61 = Monday 06-01,
    // day 90 = Friday 07-10 (docs/domain/rollout.md table). HR may not overtake IT (03-09) and the
    // slot is IT's through 06-01, so HR starts Tuesday 06-02: 60 working days = 12 weeks later,
    // day 61 is Tuesday 08-25; 29 more working days (5 weeks + 4 days) end on Monday 10-05.
    const result = scheduleRoadmap({
      asOf: '2026-03-07',
      itStableFrom: '2026-03-07',
      businessDays: true,
      departments: [it_(), dept('hr', 'HR')],
    });
    expect(dates(result)).toEqual([
      ['it', '2026-03-09', '2026-06-01', '2026-07-10', 'ROADMAP', 'AS_OF'],
      ['hr', '2026-06-02', '2026-08-25', '2026-10-05', 'ROADMAP', 'CAPACITY'],
    ]);
  });

  it('with capacity 2 runs two rollouts side by side and starts the third when a slot frees', () => {
    // HR and Finance start on asOf 2026-06-01 (day 61 = 06-01 + 60 = 07-31). Legal waits for
    // the first free slot, 08-01: day 61 = 08-01 + 60 = 09-30, day 90 = 08-01 + 89 = 10-29.
    const result = scheduleRoadmap({
      asOf: '2026-06-01',
      itStableFrom: '2026-06-01',
      maxConcurrentRollouts: 2,
      departments: [
        it_({ startDate: '2026-01-05', businessDays: false }),
        dept('hr', 'HR'),
        dept('fin', 'FINANCE'),
        dept('legal', 'LEGAL'),
      ],
    });
    expect(dates(result).slice(1)).toEqual([
      ['hr', '2026-06-01', '2026-07-31', '2026-08-29', 'ROADMAP', 'AS_OF'],
      ['fin', '2026-06-01', '2026-07-31', '2026-08-29', 'ROADMAP', 'AS_OF'],
      [
        'legal',
        '2026-08-01',
        '2026-09-30',
        '2026-10-29',
        'ROADMAP',
        'CAPACITY',
      ],
    ]);
  });

  it('keeps saved plans even when they overlap beyond capacity, and schedules around them', () => {
    // HR (02-01) and Finance (03-01) both have plans; with capacity 1 Legal waits for Finance's
    // day 61 = 03-01 + 60 = 04-30, so it starts 05-01.
    const result = scheduleRoadmap({
      asOf: '2026-03-10',
      itStableFrom: '2026-03-10',
      departments: [
        it_({ startDate: '2025-11-03', businessDays: false }),
        dept('hr', 'HR', { startDate: '2026-02-01', businessDays: false }),
        dept('fin', 'FINANCE', {
          startDate: '2026-03-01',
          businessDays: false,
        }),
        dept('legal', 'LEGAL'),
      ],
    });
    expect(dates(result)[2]).toEqual([
      'fin',
      '2026-03-01',
      '2026-04-30',
      '2026-05-29',
      'PLAN',
      null,
    ]);
    expect(dates(result)[3]).toEqual([
      'legal',
      '2026-05-01',
      '2026-06-30',
      '2026-07-29',
      'ROADMAP',
      'CAPACITY',
    ]);
  });

  it('starts IT at asOf even when IT is not stable, and everything else after the projected date', () => {
    const result = scheduleRoadmap({
      asOf: '2026-04-15',
      itStableFrom: '2026-05-25',
      maxConcurrentRollouts: 3,
      departments: [it_(), dept('hr', 'HR')],
    });
    expect(
      dates(result).map(([id, start, , , , constraint]) => [
        id,
        start,
        constraint,
      ]),
    ).toEqual([
      ['it', '2026-04-15', 'AS_OF'],
      ['hr', '2026-05-25', 'IT_STABILITY'],
    ]);
  });

  it('never lets a later department overtake an earlier one', () => {
    // HR waits for stability (05-25); Legal (capacity 3) may not start before HR.
    const result = scheduleRoadmap({
      asOf: '2026-04-15',
      itStableFrom: '2026-05-25',
      maxConcurrentRollouts: 3,
      departments: [dept('hr', 'HR'), dept('legal', 'LEGAL'), it_()],
    });
    expect(
      dates(result).map(([id, start, , , , constraint]) => [
        id,
        start,
        constraint,
      ]),
    ).toEqual([
      ['hr', '2026-05-25', 'IT_STABILITY'],
      ['legal', '2026-05-25', 'IT_STABILITY'],
      ['it', '2026-05-25', 'PREDECESSOR'],
    ]);
  });

  it('rejects a capacity below 1', () => {
    expect(() =>
      scheduleRoadmap({
        asOf: '2026-01-01',
        itStableFrom: '2026-01-01',
        departments: [],
        maxConcurrentRollouts: 0,
      }),
    ).toThrow(RangeError);
  });
});
