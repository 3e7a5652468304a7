import { GateFacts, phaseGate, startGate } from './phase-gate';

const READY: GateFacts = {
  hasBaselineAudit: true,
  serviceOwnerNamed: true,
  catalogItems: [
    { name: 'Payslip query', owner: 'Ana Silva', slaTargetHours: 24 },
    { name: 'Leave request', owner: 'Ben Ode', slaTargetHours: 48 },
  ],
  pilotWeeksWithMetrics: 2,
};

describe(phaseGate.name, () => {
  it.each([
    'AUDIT_AND_DESIGN',
    'BUILD_AND_CONFIGURE',
    'PILOT_AND_MEASURE',
    'FULL_ROLLOUT_AND_EXPAND',
  ] as const)('holds into %s when nothing is missing', (to) => {
    expect(phaseGate({ to, facts: READY })).toEqual({
      holds: true,
      reasons: [],
    });
  });

  it('has no phase gate into the first phase, even with nothing in place', () => {
    const nothing: GateFacts = {
      hasBaselineAudit: false,
      serviceOwnerNamed: false,
      catalogItems: [],
      pilotWeeksWithMetrics: 0,
    };
    expect(phaseGate({ to: 'AUDIT_AND_DESIGN', facts: nothing }).holds).toBe(
      true,
    );
  });

  it('lists both things the build phase needs', () => {
    const facts = {
      ...READY,
      hasBaselineAudit: false,
      serviceOwnerNamed: false,
    };
    expect(phaseGate({ to: 'BUILD_AND_CONFIGURE', facts })).toEqual({
      holds: false,
      reasons: ['no baseline audit yet', 'no service owner named'],
    });
  });

  it('names every catalogue item without an owner or an SLA target', () => {
    const facts: GateFacts = {
      ...READY,
      catalogItems: [
        { name: 'Payslip query', owner: null, slaTargetHours: 24 },
        { name: 'Leave request', owner: '   ', slaTargetHours: null },
        { name: 'Onboarding', owner: 'Ana Silva' },
        { name: 'Reference letter', owner: 'Ben Ode', slaTargetHours: 0 },
        { name: 'Expense claim', owner: 'Ben Ode', slaTargetHours: 8 },
      ],
    };
    expect(phaseGate({ to: 'PILOT_AND_MEASURE', facts })).toEqual({
      holds: false,
      reasons: [
        'catalogue items without an owner: Payslip query, Leave request',
        'catalogue items without an SLA target: Leave request, Onboarding, Reference letter',
      ],
    });
  });

  it('says "item" for one item', () => {
    const facts = {
      ...READY,
      catalogItems: [{ name: 'Payslip query', slaTargetHours: 24 }],
    };
    expect(phaseGate({ to: 'PILOT_AND_MEASURE', facts }).reasons).toEqual([
      'catalogue item without an owner: Payslip query',
    ]);
  });

  it('refuses to pilot an empty catalogue', () => {
    expect(
      phaseGate({
        to: 'PILOT_AND_MEASURE',
        facts: { ...READY, catalogItems: [] },
      }),
    ).toEqual({
      holds: false,
      reasons: ['no catalogue items yet'],
    });
  });

  it.each([
    [0, ['0 weeks of pilot metrics recorded; 2 needed']],
    [1, ['1 week of pilot metrics recorded; 2 needed']],
    [2, []],
    [5, []],
  ])('with %d pilot weeks of metrics gives %p', (weeks, reasons) => {
    const result = phaseGate({
      to: 'FULL_ROLLOUT_AND_EXPAND',
      facts: { ...READY, pilotWeeksWithMetrics: weeks },
    });
    expect(result).toEqual({ holds: reasons.length === 0, reasons });
  });

  it('checks only its own transition', () => {
    // Earlier gates held when the plan passed them; a later gap (the owner
    // left) shows in the build gate, not in the pilot-metrics gate.
    const facts = { ...READY, serviceOwnerNamed: false };
    expect(phaseGate({ to: 'FULL_ROLLOUT_AND_EXPAND', facts }).holds).toBe(
      true,
    );
  });
});

describe(startGate.name, () => {
  const unstable = {
    stable: false,
    reasons: [
      '4 complete weeks of IT metrics; 6 needed',
      'mean deflection 0.31; 0.40 needed',
    ],
  };

  it('always lets IT start', () => {
    expect(startGate({ departmentKind: 'IT', itStability: unstable })).toEqual({
      holds: true,
      reasons: [],
    });
    expect(startGate({ departmentKind: 'IT' })).toEqual({
      holds: true,
      reasons: [],
    });
  });

  it('lets another department start once IT is stable', () => {
    expect(
      startGate({
        departmentKind: 'HR',
        itStability: { stable: true, reasons: [] },
      }),
    ).toEqual({
      holds: true,
      reasons: [],
    });
  });

  it('passes on every reason IT is not stable', () => {
    expect(
      startGate({ departmentKind: 'FINANCE', itStability: unstable }),
    ).toEqual({
      holds: false,
      reasons: ['IT is not stable yet', ...unstable.reasons],
    });
  });

  it('does not hold without a verdict', () => {
    expect(startGate({ departmentKind: 'LEGAL', itStability: null })).toEqual({
      holds: false,
      reasons: ['IT stability has not been assessed yet'],
    });
  });
});
