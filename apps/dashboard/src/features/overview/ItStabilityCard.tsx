import { Link } from 'react-router';
import { Badge, Card } from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';
import {
  percentOrDash,
  stabilitySentence,
  type Overview,
} from './overview-format';

/** Whether IT's deflection is stable enough to roll out further, and why not. */
export function ItStabilityCard({
  itStability,
  organizationId,
}: {
  itStability: Overview['itStability'];
  organizationId: string;
}) {
  return (
    <Card
      as="section"
      title="IT stability"
      testId="overview-it-stability"
      aside={
        itStability.departmentId ? (
          <Badge tone={itStability.stable ? 'success' : 'warning'} dot>
            {itStability.stable ? 'Stable' : 'Not stable'}
          </Badge>
        ) : undefined
      }
    >
      {itStability.departmentId ? (
        <>
          <p
            className="programme-overview__figure"
            data-testid="overview-it-mean"
          >
            {percentOrDash(itStability.meanDeflection)}
          </p>
          <p className="programme-overview__caption">
            mean deflection of IT’s last {itStability.weeks.length || 6}{' '}
            complete weeks
          </p>
        </>
      ) : null}
      <p>{stabilitySentence(itStability)}</p>
      {!itStability.stable &&
      itStability.departmentId &&
      itStability.reasons.length > 0 ? (
        <ul className="programme-overview__reasons">
          {itStability.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
      <Link to={PATHS.roadmap(organizationId)}>Roadmap and gates</Link>
    </Card>
  );
}
