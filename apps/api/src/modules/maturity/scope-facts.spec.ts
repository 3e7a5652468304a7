import type {
  CatalogItemEntity,
  DepartmentEntity,
  OrganizationEntity,
} from '@esm-planner/api-data-access-db';
import type { ProgrammeScope } from './programme-scope.service';
import { maturityFacts, readinessFacts } from './scope-facts';

const department = (id: string, kind: string, vocabulary: string | null) =>
  ({ id, name: id.toUpperCase(), kind, vocabulary }) as DepartmentEntity;
const item = (fields: Partial<CatalogItemEntity>) =>
  ({
    name: 'x',
    owner: null,
    slaTargetHours: null,
    fulfilmentMode: null,
    requestTypes: [],
    processReviewed: false,
    lastReviewedAt: null,
    ...fields,
  }) as CatalogItemEntity;

const SCOPE: ProgrammeScope = {
  organization: {
    id: 'org',
    timeZone: 'UTC',
    executiveSponsor: 'Dana',
    steeringGroup: [
      { name: 'Ian', departmentId: 'it' },
      { name: 'Hana', departmentId: 'hr' },
    ],
  } as OrganizationEntity,
  departments: [
    department('it', 'IT', null),
    department('hr', 'HR', null),
    department('fin', 'FINANCE', 'approval'),
  ],
  kindOf: new Map([
    ['it', 'IT'],
    ['hr', 'HR'],
    ['fin', 'FINANCE'],
  ]),
  items: new Map([
    [
      'it',
      [
        item({
          owner: 'Ann',
          slaTargetHours: 8,
          fulfilmentMode: 'RESOLVE',
          processReviewed: true,
          lastReviewedAt: '2026-11-20',
        }),
      ],
    ],
    ['hr', [item({ owner: 'Bo', fulfilmentMode: 'ROUTE' })]],
    ['fin', []],
  ]),
  baselines: new Map([['it', { requestTypes: [] } as never]]),
  benchmarks: new Map([
    ['it', { target: 0.75, source: 'PUBLISHED' }],
    ['hr', { target: 0.68, source: 'PUBLISHED' }],
    ['fin', { target: 0.36, source: 'PUBLISHED' }],
  ]),
  asOf: '2026-12-01',
};

describe(maturityFacts.name, () => {
  it('counts the scope’s catalogue, baselines, words and deflection against each kind’s benchmark', () => {
    const facts = maturityFacts(SCOPE, {
      budget: { oneTimeCosts: 80_000, changeManagementCost: 20_000 },
      weeksOfMetrics: 9,
      // IT at 0.60 of its 0.75 benchmark = 0.8; HR at 0.34 of 0.68 = 0.5; mean 0.65.
      recentDeflection: new Map([
        ['it', 0.6],
        ['hr', 0.34],
      ]),
      coeCoverage: 3 / 7,
    });
    expect(facts).toMatchObject({
      catalogue: {
        items: 2,
        withOwner: 2,
        withSla: 1,
        resolving: 1,
        processReviewed: 1,
        reviewDue: 1,
      },
      departments: 3,
      departmentsWithBaseline: 1,
      weeksOfMetrics: 9,
      sponsorNamed: true,
      steeringGroupCrossFunctional: true,
      changeManagementShare: 0.2,
    });
    expect(facts.deflectionAttainment).toBeCloseTo(0.65, 12);
    // IT's default word is its own; Finance set "approval"; HR has not: 2 of 3.
    expect(facts.vocabularySetShare).toBeCloseTo(2 / 3, 12);
  });

  it('measures deflection against the benchmark the organisation set for a department', () => {
    // HR's own 0.4: 0.34 / 0.4 = 0.85; IT 0.6 / 0.75 = 0.8; mean 0.825.
    const benchmarks = new Map(SCOPE.benchmarks).set('hr', {
      target: 0.4,
      source: 'ORGANIZATION',
    });
    const facts = maturityFacts(
      { ...SCOPE, benchmarks },
      {
        budget: null,
        weeksOfMetrics: 9,
        recentDeflection: new Map([
          ['it', 0.6],
          ['hr', 0.34],
        ]),
        coeCoverage: 0,
      },
    );
    expect(facts.deflectionAttainment).toBeCloseTo(0.825, 12);
  });

  it('has no deflection or change-management evidence without data', () => {
    const facts = maturityFacts(SCOPE, {
      budget: null,
      weeksOfMetrics: 0,
      recentDeflection: new Map(),
      coeCoverage: 0,
    });
    expect(facts.deflectionAttainment).toBeNull();
    expect(facts.changeManagementShare).toBeNull();
  });
});

describe(readinessFacts.name, () => {
  it('gives the steering group the kinds of the departments its members speak for', () => {
    const facts = readinessFacts(SCOPE, null);
    expect(facts.steeringGroup).toEqual([
      { name: 'Ian', departmentKind: 'IT' },
      { name: 'Hana', departmentKind: 'HR' },
    ]);
    expect(
      facts.departments.map((d) => [
        d.name,
        d.topRequestTypes === null,
        d.catalogItems.length,
      ]),
    ).toEqual([
      ['IT', false, 1],
      ['HR', true, 1],
      ['FIN', true, 0],
    ]);
  });
});
