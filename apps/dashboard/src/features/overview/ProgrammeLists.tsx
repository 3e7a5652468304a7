import { Link } from 'react-router';
import { Badge, Card } from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';
import { formatMoney } from '../business-cases/case-format';
import { formatCountOf, formatPercent } from '../formatting/format';
import { phaseLabel } from '../rollouts/rollout-labels';
import { gateTitle, neededText, type Overview } from './overview-format';

type Props = { overview: Overview; organizationId: string };

/** What needs attention: departments behind plan, readiness failures, and each rollout’s next gate. */
export function ProgrammeLists({ overview, organizationId }: Props) {
  const { behindPlan, readinessFailures, nextGates, businessCase, currency } =
    overview;
  return (
    <div className="programme-overview__lists">
      <Card
        as="section"
        title="Behind plan"
        testId="overview-behind"
        aside={
          <Badge tone={behindPlan.length > 0 ? 'danger' : 'success'}>
            {behindPlan.length === 0 ? 'None' : `${behindPlan.length}`}
          </Badge>
        }
      >
        {behindPlan.length === 0 ? (
          <p>
            {businessCase
              ? 'No department is behind its plan after two complete months of planned benefit.'
              : 'Nothing to compare yet: departments are measured against the latest saved business case.'}
          </p>
        ) : (
          <ul className="programme-overview__items">
            {behindPlan.map((department) => (
              <li
                key={department.departmentId}
                data-testid="overview-behind-item"
              >
                <strong>{department.name}</strong>:{' '}
                <span data-testid="overview-behind-ratio">
                  {formatPercent(department.realisationRatio)}
                </span>{' '}
                of its planned benefit over{' '}
                {formatCountOf(
                  department.monthsWithPlannedBenefit,
                  'month',
                  'months',
                )}{' '}
                ({formatMoney(department.realisedToDate, currency)} of{' '}
                {formatMoney(department.plannedToDate, currency)});{' '}
                <span data-testid="overview-behind-needed">
                  {neededText(department.deflectionNeeded)}
                </span>
                .
              </li>
            ))}
          </ul>
        )}
        {businessCase && behindPlan.length > 0 ? (
          <Link
            to={PATHS.businessCase(organizationId, businessCase.businessCaseId)}
          >
            Actuals month by month
          </Link>
        ) : null}
      </Card>

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
    </div>
  );
}
