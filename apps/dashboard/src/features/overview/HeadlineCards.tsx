import { Link } from 'react-router';
import { Badge, Card } from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';
import { formatMoney, formatPayback } from '../business-cases/case-format';
import { formatCount, formatDate } from '../formatting/format';
import { stageLabel } from '../maturity/maturity-labels';
import {
  deflectionSentence,
  maturityTrendText,
  type Overview,
  paybackSentence,
  percentOrDash,
  stabilitySentence,
  valueToDateText,
} from './overview-format';

type Props = { overview: Overview; organizationId: string };

/** The four figures an IT leader reads first: IT stability, deflection, maturity, payback. */
export function HeadlineCards({ overview, organizationId }: Props) {
  const { itStability, deflection, maturity, businessCase, currency } =
    overview;
  return (
    <div className="programme-overview__headlines">
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

      <Card
        as="section"
        title="Deflection, last 13 weeks"
        testId="overview-deflection"
      >
        <p
          className="programme-overview__figure"
          data-testid="overview-deflection-rate"
        >
          {percentOrDash(deflection.deflectionRate)}
        </p>
        <p className="programme-overview__caption">
          {formatCount(deflection.deflected)} of {formatCount(deflection.total)}{' '}
          requests, {formatDate(deflection.from)} – {formatDate(deflection.to)}
        </p>
        <p data-testid="overview-deflection-benchmark">
          {deflectionSentence(deflection)}
        </p>
        <Link to={PATHS.metrics(organizationId)}>Metrics by department</Link>
      </Card>

      <Card as="section" title="Maturity" testId="overview-maturity">
        {maturity ? (
          <>
            <p
              className="programme-overview__figure"
              data-testid="overview-maturity-stage"
            >
              {stageLabel(maturity.stage, maturity.stageName)}
            </p>
            <p className="programme-overview__caption">
              score {maturity.overallScore.toFixed(1)} of 5, assessed{' '}
              {formatDate(maturity.assessedAt.slice(0, 10))}
            </p>
            <p data-testid="overview-maturity-trend">
              {maturityTrendText(maturity)}
            </p>
          </>
        ) : (
          <p>
            Not assessed yet: the questionnaire places the programme on one of
            five stages.
          </p>
        )}
        <Link to={PATHS.maturity(organizationId)}>
          {maturity ? 'Maturity and next steps' : 'Assess maturity'}
        </Link>
      </Card>

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
              to={PATHS.businessCase(
                organizationId,
                businessCase.businessCaseId,
              )}
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
              No saved business case yet: save one to see its payback against
              what happens.
            </p>
            <Link to={PATHS.businessCases(organizationId)}>
              Build a business case
            </Link>
          </>
        )}
      </Card>
    </div>
  );
}
