import { readiness, ReadinessDepartment, ReadinessFacts } from './readiness';

const TOP = ['Leave request', 'Payslip query', 'Onboarding'].map(
  (requestType) => ({ requestType, count: 10, share: 0, cumulativeShare: 0 }),
);

const HR: ReadinessDepartment = {
  name: 'HR',
  kind: 'HR',
  vocabulary: 'request',
  topRequestTypes: TOP,
  catalogItems: [
    {
      name: 'Leave',
      fulfilmentMode: 'RESOLVE',
      processReviewed: true,
      requestTypes: ['Leave request'],
    },
    {
      name: 'Payslips',
      fulfilmentMode: 'ROUTE',
      processReviewed: true,
      requestTypes: ['payslip query', 'Onboarding'],
    },
  ],
};

const READY: ReadinessFacts = {
  executiveSponsor: 'CFO Dana',
  steeringGroup: [
    { name: 'Ian', departmentKind: 'IT' },
    { name: 'Hana', departmentKind: 'HR' },
  ],
  businessCase: { oneTimeCosts: 80_000, changeManagementCost: 20_000 },
  departments: [HR],
};

const states = (facts: ReadinessFacts) =>
  Object.fromEntries(
    readiness(facts).checks.map((c) => [c.failureMode, c.state]),
  );

describe(readiness.name, () => {
  it('passes every check when the data is in place', () => {
    const result = readiness(READY);
    expect(result.ready).toBe(true);
    expect(result.checks.map((c) => c.state)).toEqual([
      'PASS',
      'PASS',
      'PASS',
      'PASS',
      'PASS',
    ]);
  });

  it('fails ownership without a sponsor, or with an IT-only steering group', () => {
    expect(states({ ...READY, executiveSponsor: ' ' }).IT_OWNS_IT).toBe('FAIL');
    const itOnly = readiness({
      ...READY,
      steeringGroup: [{ name: 'Ian', departmentKind: 'IT' }],
    });
    expect(itOnly.checks[0]).toMatchObject({
      state: 'FAIL',
      reasons: ['the steering group has nobody from outside IT'],
    });
    expect(itOnly.ready).toBe(false);
  });

  it('fails automation before review, warns on routed items not yet reviewed', () => {
    const items = [
      {
        name: 'Leave',
        fulfilmentMode: 'RESOLVE',
        processReviewed: false,
        requestTypes: [],
      },
      {
        name: 'Payslips',
        fulfilmentMode: 'ROUTE',
        processReviewed: false,
        requestTypes: [],
      },
    ];
    const check = readiness({
      ...READY,
      departments: [{ ...HR, catalogItems: items }],
    }).checks[1];
    expect(check.state).toBe('FAIL');
    expect(check.reasons).toEqual([
      'automated before the process was reviewed: Leave',
      'process not reviewed yet: Payslips',
    ]);
    expect(
      states({ ...READY, departments: [{ ...HR, catalogItems: [items[1]] }] })
        .PROCESS_NOT_FIXED,
    ).toBe('WARN');
  });

  it('fails IT’s word in a non-IT department and warns on the default', () => {
    expect(
      states({ ...READY, departments: [{ ...HR, vocabulary: 'Ticket' }] })
        .IT_VOCABULARY,
    ).toBe('FAIL');
    expect(
      states({ ...READY, departments: [{ ...HR, vocabulary: null }] })
        .IT_VOCABULARY,
    ).toBe('WARN');
    expect(
      states({
        ...READY,
        departments: [{ ...HR, kind: 'IT', vocabulary: null }],
      }).IT_VOCABULARY,
    ).toBe('PASS');
  });

  it('warns at a change-management share of 10 % or less and fails without a saved case', () => {
    // 10 000 / (90 000 + 10 000) = 0.10: at the threshold, a warning.
    const tenPercent = readiness({
      ...READY,
      businessCase: { oneTimeCosts: 90_000, changeManagementCost: 10_000 },
    });
    expect(tenPercent.checks[3]).toMatchObject({
      state: 'WARN',
      reasons: [
        'change management is 10 % of the up-front budget (warning at 10 % or less)',
      ],
    });
    expect(tenPercent.ready).toBe(true);
    expect(readiness({ ...READY, businessCase: null }).checks[3]).toMatchObject(
      { state: 'FAIL', reasons: ['no saved business case'] },
    );
    expect(
      states({
        ...READY,
        businessCase: { oneTimeCosts: 0, changeManagementCost: 0 },
      }).CHANGE_UNDERFUNDED,
    ).toBe('FAIL');
  });

  it('fails coverage with gaps or without an audit', () => {
    const gap = readiness({
      ...READY,
      departments: [{ ...HR, catalogItems: HR.catalogItems.slice(0, 1) }],
    }).checks[4];
    expect(gap).toMatchObject({
      state: 'FAIL',
      reasons: [
        'HR: top request types without a catalogue item: Payslip query, Onboarding',
      ],
    });
    expect(
      readiness({ ...READY, departments: [{ ...HR, topRequestTypes: null }] })
        .checks[4].reasons,
    ).toEqual(['HR has no baseline audit']);
  });
});
