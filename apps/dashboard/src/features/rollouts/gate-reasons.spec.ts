import { CombinedGraphQLErrors } from '@apollo/client';
import { gateRefusalOf } from './gate-reasons';

describe(gateRefusalOf.name, () => {
  it('reads the reasons of a GATE_BLOCKED error', () => {
    const failure = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'HR cannot move to BUILD_AND_CONFIGURE',
          extensions: {
            code: 'GATE_BLOCKED',
            reasons: ['no baseline audit yet', 'no service owner named'],
          },
        },
      ],
    });
    expect(gateRefusalOf(failure)).toEqual({
      blocked: true,
      message: 'HR cannot move to BUILD_AND_CONFIGURE',
      reasons: ['no baseline audit yet', 'no service owner named'],
      itStability: null,
    });
  });

  it('reads the IT-stability figures of a refused start', () => {
    const itStability = {
      asOf: '2026-03-02',
      meanDeflection: 0.3957,
      stdDeflection: 0.1349,
      weeks: [
        {
          weekStart: '2026-01-19',
          total: 180,
          deflected: 43,
          deflectionRate: 43 / 180,
        },
      ],
      thresholds: {
        minRequestsPerWeek: 50,
        minMeanDeflection: 0.4,
        maxStdDeflection: 0.05,
      },
    };
    const failure = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'HR cannot start',
          extensions: {
            code: 'GATE_BLOCKED',
            reasons: ['IT is not stable yet'],
            itStability,
          },
        },
      ],
    });
    expect(gateRefusalOf(failure).itStability).toMatchObject({
      meanDeflection: 0.3957,
      stdDeflection: 0.1349,
      weeks: itStability.weeks,
    });
  });

  it('gives any other error as one sentence', () => {
    const failure = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'the role may not do this',
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
    expect(gateRefusalOf(failure)).toMatchObject({
      blocked: false,
      reasons: [],
    });
  });
});
