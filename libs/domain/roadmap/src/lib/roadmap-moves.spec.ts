import { roadmapMoves } from './roadmap-moves';
import { RoadmapDepartment, scheduleRoadmap } from './schedule-roadmap';

const departments = (
  hrPlan: RoadmapDepartment['plan'],
): RoadmapDepartment[] => [
  {
    departmentId: 'it',
    kind: 'IT',
    plan: { startDate: '2026-01-05', businessDays: false },
  },
  { departmentId: 'hr', kind: 'HR', plan: hrPlan },
  { departmentId: 'finance', kind: 'FINANCE', plan: null },
  { departmentId: 'legal', kind: 'LEGAL', plan: null },
];

describe(roadmapMoves.name, () => {
  const schedule = (hrPlan: RoadmapDepartment['plan']) =>
    scheduleRoadmap({
      asOf: '2026-02-10',
      itStableFrom: '2026-02-10',
      departments: departments(hrPlan),
    });
  // Before (capacity 1): IT holds 01-05 – 03-06. HR 03-07 – 05-06 (03-07 + 60), Finance 05-07 – 07-06, Legal 07-07 – 09-05.
  const before = schedule(null);

  it('lists no move when the plan takes the roadmap’s own date', () => {
    expect(before.map((item) => item.startDate)).toEqual([
      '2026-01-05',
      '2026-03-07',
      '2026-05-07',
      '2026-07-07',
    ]);
    expect(
      roadmapMoves({
        before,
        after: schedule({ startDate: '2026-03-07', businessDays: false }),
      }),
    ).toEqual([]);
  });

  it('moves everyone behind a later start, from and to', () => {
    // HR from 04-01 holds to 05-31 (04-01 + 60); Finance waits to 06-01 (go-live 07-31), Legal to 08-01 (go-live 09-30).
    expect(
      roadmapMoves({
        before,
        after: schedule({ startDate: '2026-04-01', businessDays: false }),
      }),
    ).toEqual([
      {
        departmentId: 'finance',
        fromStart: '2026-05-07',
        toStart: '2026-06-01',
        fromGoLive: '2026-07-06',
        toGoLive: '2026-07-31',
      },
      {
        departmentId: 'legal',
        fromStart: '2026-07-07',
        toStart: '2026-08-01',
        fromGoLive: '2026-09-05',
        toGoLive: '2026-09-30',
      },
    ]);
  });

  it('does not count the department that gets the plan as a move', () => {
    const moves = roadmapMoves({
      before,
      after: schedule({ startDate: '2026-03-20', businessDays: false }),
    });
    expect(moves.map((move) => move.departmentId)).toEqual([
      'finance',
      'legal',
    ]);
  });
});
