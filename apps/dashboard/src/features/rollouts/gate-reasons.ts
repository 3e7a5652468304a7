import {
  codeOf,
  describeApiError,
  graphQLErrorsOf,
} from '@esm-planner/dashboard-data-access-graphql';

/** What a refused transition says: the message and every reason (GATE_BLOCKED), or the error's sentence. */
export type GateRefusal = {
  blocked: boolean;
  message: string;
  reasons: string[];
  itStability: RefusedItStability | null;
};

/** The IT-stability figures a refused start carries (extensions.itStability). */
export type RefusedItStability = {
  meanDeflection: number | null;
  stdDeflection: number | null;
  weeks: { weekStart: string; total: number; deflectionRate: number | null }[];
  thresholds: {
    minRequestsPerWeek: number;
    minMeanDeflection: number;
    maxStdDeflection: number;
  };
};

function itStabilityOf(value: unknown): RefusedItStability | null {
  if (!value || typeof value !== 'object') return null;
  const candidate = value as Partial<RefusedItStability>;
  if (!Array.isArray(candidate.weeks) || !candidate.thresholds) return null;
  return {
    meanDeflection: candidate.meanDeflection ?? null,
    stdDeflection: candidate.stdDeflection ?? null,
    weeks: candidate.weeks,
    thresholds: candidate.thresholds,
  };
}

/**
 * Reads a failed createRolloutPlan / advancePhase: GATE_BLOCKED carries the
 * reasons in `extensions.reasons` (api.md); anything else is one sentence.
 */
export function gateRefusalOf(failure: unknown): GateRefusal {
  const blocked = graphQLErrorsOf(failure).find(
    (error) => codeOf(error) === 'GATE_BLOCKED',
  );
  if (!blocked)
    return {
      blocked: false,
      message: describeApiError(failure),
      reasons: [],
      itStability: null,
    };
  const reasons = blocked.extensions?.['reasons'];
  return {
    blocked: true,
    message: blocked.message,
    reasons: Array.isArray(reasons)
      ? reasons.filter((reason): reason is string => typeof reason === 'string')
      : [],
    itStability: itStabilityOf(blocked.extensions?.['itStability']),
  };
}
