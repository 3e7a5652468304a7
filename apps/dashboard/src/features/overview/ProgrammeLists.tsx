import { BehindPlanCard } from './BehindPlanCard';
import { NextGatesCard } from './NextGatesCard';
import type { Overview } from './overview-format';
import { ReadinessFailuresCard } from './ReadinessFailuresCard';

type Props = { overview: Overview; organizationId: string };

/** What needs attention: departments behind plan, readiness failures, and each rollout’s next gate. */
export function ProgrammeLists({ overview, organizationId }: Props) {
  return (
    <div className="programme-overview__lists">
      <BehindPlanCard overview={overview} organizationId={organizationId} />
      <ReadinessFailuresCard
        readinessFailures={overview.readinessFailures}
        organizationId={organizationId}
      />
      <NextGatesCard
        nextGates={overview.nextGates}
        organizationId={organizationId}
      />
    </div>
  );
}
