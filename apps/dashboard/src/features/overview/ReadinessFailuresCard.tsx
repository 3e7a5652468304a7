import { Link } from 'react-router';
import { Badge, Card } from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';
import type { Overview } from './overview-format';

/** The readiness failure modes that fail on the data, with their reasons. */
export function ReadinessFailuresCard({
  readinessFailures,
  organizationId,
}: {
  readinessFailures: Overview['readinessFailures'];
  organizationId: string;
}) {
  return (
    <Card
      as="section"
      title="Readiness failures"
      testId="overview-readiness"
      aside={
        <Badge tone={readinessFailures.length > 0 ? 'danger' : 'success'}>
          {readinessFailures.length === 0
            ? 'None'
            : `${readinessFailures.length}`}
        </Badge>
      }
    >
      {readinessFailures.length === 0 ? (
        <p>None of the five failure modes fails on the data.</p>
      ) : (
        <ul className="programme-overview__items">
          {readinessFailures.map((check) => (
            <li key={check.failureMode} data-testid="overview-readiness-item">
              <strong>{check.title}</strong>
              {check.reasons.length > 0 ? (
                <ul className="programme-overview__reasons">
                  {check.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Link to={PATHS.maturity(organizationId)}>
        Readiness on the maturity page
      </Link>
    </Card>
  );
}
