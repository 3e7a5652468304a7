import { codeOf, describeApiError, graphQLErrorsOf } from '@esm-planner/dashboard-data-access-graphql';

/** What a refused transition says: the message and every reason (GATE_BLOCKED), or the error's sentence. */
export type GateRefusal = { blocked: boolean; message: string; reasons: string[] };

/**
 * Reads a failed createRolloutPlan / advancePhase: GATE_BLOCKED carries the
 * reasons in `extensions.reasons` (api.md); anything else is one sentence.
 */
export function gateRefusalOf(failure: unknown): GateRefusal {
  const blocked = graphQLErrorsOf(failure).find((error) => codeOf(error) === 'GATE_BLOCKED');
  if (!blocked) return { blocked: false, message: describeApiError(failure), reasons: [] };
  const reasons = blocked.extensions?.['reasons'];
  return {
    blocked: true,
    message: blocked.message,
    reasons: Array.isArray(reasons) ? reasons.filter((reason): reason is string => typeof reason === 'string') : [],
  };
}
