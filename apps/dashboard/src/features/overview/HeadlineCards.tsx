import { BusinessCaseHeadlineCard } from './BusinessCaseHeadlineCard';
import { DeflectionHeadlineCard } from './DeflectionHeadlineCard';
import { ItStabilityCard } from './ItStabilityCard';
import { MaturityHeadlineCard } from './MaturityHeadlineCard';
import type { Overview } from './overview-format';

type Props = { overview: Overview; organizationId: string };

/** The four figures an IT leader reads first: IT stability, deflection, maturity, payback. */
export function HeadlineCards({ overview, organizationId }: Props) {
  return (
    <div className="programme-overview__headlines">
      <ItStabilityCard
        itStability={overview.itStability}
        organizationId={organizationId}
      />
      <DeflectionHeadlineCard
        deflection={overview.deflection}
        organizationId={organizationId}
      />
      <MaturityHeadlineCard
        maturity={overview.maturity}
        organizationId={organizationId}
      />
      <BusinessCaseHeadlineCard
        overview={overview}
        organizationId={organizationId}
      />
    </div>
  );
}
