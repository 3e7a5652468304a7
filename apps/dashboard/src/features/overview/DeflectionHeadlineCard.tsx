import { Link } from 'react-router';
import { Card } from '@esm-planner/dashboard-ui';
import { PATHS } from '../../app/routing/paths';
import { formatCount, formatDate } from '../formatting/format';
import {
  deflectionSentence,
  percentOrDash,
  type Overview,
} from './overview-format';

/** The organisation's deflection over the last 13 weeks against its benchmark. */
export function DeflectionHeadlineCard({
  deflection,
  organizationId,
}: {
  deflection: Overview['deflection'];
  organizationId: string;
}) {
  return (
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
  );
}
