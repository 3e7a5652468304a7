import { CombinedGraphQLErrors } from '@apollo/client';
import { gateRefusalOf } from './gate-reasons';

describe(gateRefusalOf.name, () => {
  it('reads the reasons of a GATE_BLOCKED error', () => {
    const failure = new CombinedGraphQLErrors({
      errors: [{ message: 'HR cannot move to BUILD_AND_CONFIGURE', extensions: { code: 'GATE_BLOCKED', reasons: ['no baseline audit yet', 'no service owner named'] } }],
    });
    expect(gateRefusalOf(failure)).toEqual({
      blocked: true,
      message: 'HR cannot move to BUILD_AND_CONFIGURE',
      reasons: ['no baseline audit yet', 'no service owner named'],
    });
  });

  it('gives any other error as one sentence', () => {
    const failure = new CombinedGraphQLErrors({ errors: [{ message: 'the role may not do this', extensions: { code: 'FORBIDDEN' } }] });
    expect(gateRefusalOf(failure)).toMatchObject({ blocked: false, reasons: [] });
  });
});
