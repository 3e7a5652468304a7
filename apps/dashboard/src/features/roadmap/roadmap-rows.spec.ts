import {
  moveInOrder,
  overCapacityLine,
  roadmapGanttRows,
  startReason,
  type RoadmapItem,
} from './roadmap-rows';

const phases = [
  { name: 'AUDIT_AND_DESIGN', startDate: '2026-06-01', endDate: '2026-06-15' },
  {
    name: 'BUILD_AND_CONFIGURE',
    startDate: '2026-06-16',
    endDate: '2026-06-30',
  },
  { name: 'PILOT_AND_MEASURE', startDate: '2026-07-01', endDate: '2026-07-30' },
  {
    name: 'FULL_ROLLOUT_AND_EXPAND',
    startDate: '2026-07-31',
    endDate: '2026-08-29',
  },
] as const;

function item(overrides: Partial<RoadmapItem>): RoadmapItem {
  return {
    department: { id: 'd-legal', name: 'Legal', kind: 'LEGAL' },
    order: 3,
    startDate: '2026-06-01',
    endDate: '2026-08-29',
    goLiveDate: '2026-07-31',
    status: 'PLANNED',
    planStatus: null,
    currentPhase: null,
    planId: null,
    source: 'ROADMAP',
    constraint: 'CAPACITY',
    businessDays: false,
    overCapacity: false,
    overlappingPlans: [],
    phases: phases.map((phase) => ({ ...phase })),
    annualNetBenefit: null,
    informalShare: null,
    priorityScore: null,
    gates: [
      {
        name: 'START',
        holds: false,
        reason: 'IT is not stable yet; mean deflection 0.38 < 0.40',
      },
    ],
    ...overrides,
  } as RoadmapItem;
}

describe(roadmapGanttRows.name, () => {
  it('draws a scheduled department lighter, with go-live and its blocked start gate on day 1', () => {
    const [row] = roadmapGanttRows([item({})]);
    expect(row).toMatchObject({
      key: 'd-legal',
      label: '3. Legal',
      tentative: true,
    });
    expect(row.bars.map((bar) => [bar.key, bar.start, bar.end])).toEqual(
      phases.map((phase) => [phase.name, phase.startDate, phase.endDate]),
    );
    expect(row.markers).toEqual([
      {
        key: 'go-live',
        date: '2026-07-31',
        kind: 'milestone',
        label: 'Legal goes live (day 61)',
      },
      {
        key: 'gate-START',
        date: '2026-06-01',
        kind: 'gate-blocked',
        label:
          'Start gate (IT stable): IT is not stable yet; mean deflection 0.38 < 0.40',
      },
    ]);
  });

  it('puts a planned department’s next gate where that phase begins and leaves out its passed start gate', () => {
    const [row] = roadmapGanttRows([
      item({
        source: 'PLAN',
        constraint: null,
        gates: [
          { name: 'START', holds: true, reason: null },
          { name: 'PILOT_AND_MEASURE', holds: true, reason: null },
        ],
      }),
    ]);
    expect(row.tentative).toBe(false);
    expect(row.markers?.[1]).toEqual({
      key: 'gate-PILOT_AND_MEASURE',
      date: '2026-07-01',
      kind: 'gate-open',
      label: 'Gate into pilot and measure: holds',
    });
    expect(row.markers).toHaveLength(2);
  });

  it('says why a department starts when it does', () => {
    expect(startReason(item({}))).toBe(
      'scheduled: waits for a free rollout slot',
    );
    expect(startReason(item({ source: 'PLAN', constraint: null }))).toBe(
      'saved plan',
    );
  });
});

describe(overCapacityLine.name, () => {
  const overlapping = [
    {
      departmentId: 'd-it',
      departmentName: 'IT',
      startDate: '2026-04-01',
      goLiveDate: '2026-05-31',
    },
    {
      departmentId: 'd-hr',
      departmentName: 'HR',
      startDate: '2026-05-10',
      goLiveDate: '2026-07-09',
    },
  ];

  it('names the plans a plan over capacity overlaps, and shows it in the Gantt’s details', () => {
    const over = item({
      source: 'PLAN',
      constraint: null,
      overCapacity: true,
      overlappingPlans: overlapping,
    });
    expect(overCapacityLine(over)).toBe(
      'Over capacity: overlaps IT (1 Apr 2026 to 31 May 2026), HR (10 May 2026 to 9 Jul 2026)',
    );
    expect(roadmapGanttRows([over])[0].details).toContainEqual({
      label: 'Capacity',
      value: overCapacityLine(over),
    });
  });

  it('says nothing for a plan within capacity', () => {
    expect(overCapacityLine(item({}))).toBeNull();
    expect(
      roadmapGanttRows([item({})])[0].details?.map((detail) => detail.label),
    ).not.toContain('Capacity');
  });
});

describe(moveInOrder.name, () => {
  it('swaps with the neighbour, and ignores moves off either end', () => {
    expect(moveInOrder(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveInOrder(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
