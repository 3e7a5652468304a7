import { Link } from 'react-router';
import { Card } from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';
import { formatDate } from '../formatting/format';
import { stageLabel } from '../maturity/maturity-labels';
import { maturityTrendText, type Overview } from './overview-format';

/** The latest maturity stage and its trend, or an invitation to assess. */
export function MaturityHeadlineCard({
  maturity,
  organizationId,
}: {
  maturity: Overview['maturity'];
  organizationId: string;
}) {
  return (
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
  );
}
