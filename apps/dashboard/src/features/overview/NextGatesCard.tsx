import { Link } from 'react-router';
import { Badge, Card } from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';
import { phaseLabel } from '../rollouts/rollout-labels';
import { gateTitle, type Overview } from './overview-format';

/** Each rollout's next gate: whether it holds, and what it still needs. */
export function NextGatesCard({
  nextGates,
  organizationId,
}: {
  nextGates: Overview['nextGates'];
  organizationId: string;
}) {
  return (
    <Card as="section" title="Next gates" testId="overview-gates">
      {nextGates.length === 0 ? (
        <p>No rollout has a next gate: plans start from the rollout page.</p>
      ) : (
        <ul className="programme-overview__items">
          {nextGates.map((gate) => (
            <li key={gate.planId} data-testid="overview-gate-item">
              <div className="programme-overview__gate-head">
                <Link to={PATHS.rollout(organizationId, gate.department.id)}>
                  <strong>{gate.department.name}</strong>
                </Link>
                <Badge tone={gate.holds ? 'success' : 'warning'} dot>
                  {gate.holds ? 'Ready to advance' : 'Blocked'}
                </Badge>
              </div>
              <p className="programme-overview__muted">
                In {phaseLabel(gate.currentPhase).toLowerCase()};{' '}
                {gateTitle(gate).toLowerCase()}
                {gate.holds ? ' holds.' : ' still needs:'}
              </p>
              {gate.needs.length > 0 ? (
                <ul className="programme-overview__reasons">
                  {gate.needs.map((need) => (
                    <li key={need}>{need}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
