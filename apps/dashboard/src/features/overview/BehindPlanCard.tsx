import { Link } from 'react-router';
import { Badge, Card } from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';
import { formatMoney } from '../business-cases/case-format';
import { formatCountOf, formatPercent } from '../formatting/format';
import { neededText, type Overview } from './overview-format';

/** Departments realising less than their planned benefit, with the deflection each needs. */
export function BehindPlanCard({
  overview,
  organizationId,
}: {
  overview: Overview;
  organizationId: string;
}) {
  const { behindPlan, businessCase, currency } = overview;
  return (
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
  );
}
