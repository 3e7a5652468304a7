import { roadmapGates } from './roadmap-gates';

const facts = {
  hasBaselineAudit: true,
  serviceOwnerNamed: false,
  catalogItems: [],
  pilotWeeksWithMetrics: 0,
};

describe(roadmapGates.name, () => {
  it('always lets IT start', () => {
    expect(roadmapGates({ kind: 'IT', itStability: null, plan: null })).toEqual(
      [{ name: 'START', holds: true, reason: null }],
    );
  });

  it('blocks another department while IT is unstable, with the verdict’s reasons', () => {
    const gates = roadmapGates({
      kind: 'HR',
      itStability: { stable: false, reasons: ['mean deflection 0.38 < 0.40'] },
      plan: null,
    });
    expect(gates).toEqual([
      {
        name: 'START',
        holds: false,
        reason: 'IT is not stable yet; mean deflection 0.38 < 0.40',
      },
    ]);
  });

  it('adds the gate into the next phase of an existing plan', () => {
    const gates = roadmapGates({
      kind: 'HR',
      itStability: { stable: true, reasons: [] },
      plan: { currentPhase: 'AUDIT_AND_DESIGN', facts },
    });
    expect(gates[1]).toEqual({
      name: 'BUILD_AND_CONFIGURE',
      holds: false,
      reason: 'no service owner named',
    });
  });

  it('has no next-phase gate in full rollout', () => {
    expect(
      roadmapGates({
        kind: 'IT',
        itStability: null,
        plan: { currentPhase: 'FULL_ROLLOUT_AND_EXPAND', facts },
      }),
    ).toHaveLength(1);
  });
});
