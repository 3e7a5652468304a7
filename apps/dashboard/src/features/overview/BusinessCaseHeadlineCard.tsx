import { Link } from 'react-router';
import { Card } from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';
import { formatMoney, formatPayback } from '../business-cases/case-format';
import { formatDate } from '../formatting/format';
import {
  paybackSentence,
  valueToDateText,
  type Overview,
} from './overview-format';

/** The latest business case's payback, planned against forecast, and its value to date. */
export function BusinessCaseHeadlineCard({
  overview,
  organizationId,
}: {
  overview: Overview;
  organizationId: string;
}) {
  const { businessCase, currency } = overview;
  return (
    <Card as="section" title="Business case" testId="overview-business-case">
      {businessCase ? (
        <>
          <dl className="programme-overview__pair">
            <div>
              <dt>Planned payback</dt>
              <dd data-testid="overview-planned-payback">
                {formatPayback(businessCase.plannedPaybackMonths)}
              </dd>
            </div>
            <div>
              <dt>Forecast payback</dt>
              <dd data-testid="overview-forecast-payback">
                {formatPayback(businessCase.forecastPaybackMonths)}
              </dd>
            </div>
          </dl>
          <p>{paybackSentence(businessCase)}</p>
          <p data-testid="overview-value-to-date">
            Value to date:{' '}
            <strong>{valueToDateText(businessCase, currency)}</strong> over{' '}
            {businessCase.completeMonths} complete{' '}
            {businessCase.completeMonths === 1 ? 'month' : 'months'} since{' '}
            {formatDate(businessCase.programmeStart)}
            {businessCase.varianceToDate < 0
              ? ` (${formatMoney(-businessCase.varianceToDate, currency)} short)`
              : ''}
            .
          </p>
          <Link
            to={PATHS.businessCase(organizationId, businessCase.businessCaseId)}
          >
            {businessCase.name} (version {businessCase.version})
          </Link>
        </>
      ) : overview.businessCaseProblem ? (
        <>
          <p data-testid="overview-case-problem">
            The latest case, “{overview.businessCaseProblem.name}”, cannot be
            measured: its inputs no longer fit the organisation’s data.
          </p>
          <ul className="programme-overview__reasons">
            {overview.businessCaseProblem.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          <Link
            to={PATHS.businessCase(
              organizationId,
              overview.businessCaseProblem.businessCaseId,
            )}
          >
            Open the case to fix its inputs
          </Link>
        </>
      ) : (
        <>
          <p>
            No saved business case yet: save one to see its payback against what
            happens.
          </p>
          <Link to={PATHS.businessCases(organizationId)}>
            Build a business case
          </Link>
        </>
      )}
    </Card>
  );
}
