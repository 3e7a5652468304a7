import type { RoadmapFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import { Badge, Card, StatGrid } from '@esm-planner/dashboard-ui';
import { formatCount, formatDate, formatPercent } from '../formatting/format';
import { ItStabilityWeeks } from './ItStabilityWeeks';

type Stability = RoadmapFieldsFragment['itStability'];

function rate(value: number | null | undefined, digits = 3): string {
  return value === null || value === undefined ? '—' : value.toFixed(digits);
}

/** IT's last six complete weeks against the organisation's thresholds: the gate every other department waits for. */
export function ItStabilityCard({
  stability,
  organizationName,
}: {
  stability: Stability;
  organizationName: string;
}) {
  const { thresholds } = stability;
  return (
    <Card
      as="section"
      title="IT stability"
      testId="it-stability"
      aside={
        <Badge
          tone={stability.stable ? 'success' : 'danger'}
          dot
          testId="it-stability-verdict"
        >
          {stability.stable ? 'Stable' : 'Not stable'}
        </Badge>
      }
    >
      <p className="muted">
        Other departments may start only when IT is stable: each of its last six
        complete weeks (Monday–Sunday, before {formatDate(stability.asOf)}) has
        at least {formatCount(thresholds.minWeeklyRequests)} tickets, their mean
        deflection is at least {formatPercent(thresholds.minMeanDeflection)} and
        the weekly rates vary by at most{' '}
        {formatPercent(thresholds.maxStdDeviation)} (population standard
        deviation).
      </p>
      <ItStabilityStats stability={stability} />
      {stability.reasons.length > 0 ? (
        <ul
          className="rollout-gate__reasons"
          data-testid="it-stability-reasons"
        >
          {stability.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
      <ItStabilityWeeks
        stability={stability}
        organizationName={organizationName}
      />
    </Card>
  );
}

/** The gate's figures beside what each needs, and when other departments may start. */
function ItStabilityStats({ stability }: { stability: Stability }) {
  const { thresholds } = stability;
  return (
    <StatGrid
      items={[
        {
          label: 'Mean deflection',
          value: formatPercent(stability.meanDeflection),
          hint: `${rate(stability.meanDeflection)} · needs ≥ ${rate(thresholds.minMeanDeflection, 2)}`,
          testId: 'it-stability-mean',
        },
        {
          label: 'Standard deviation',
          value: formatPercent(stability.stdDeflection),
          hint: `${rate(stability.stdDeflection)} · needs ≤ ${rate(thresholds.maxStdDeviation, 2)}`,
          testId: 'it-stability-sd',
        },
        {
          label: 'Fewest tickets in a week',
          value: stability.weeks.length
            ? formatCount(
                Math.min(...stability.weeks.map((week) => week.total)),
              )
            : '—',
          hint: `needs ≥ ${formatCount(thresholds.minWeeklyRequests)}`,
        },
        {
          label: 'Other departments may start',
          value: stability.stable
            ? 'Now'
            : `From ${formatDate(stability.stableFrom)}`,
          hint:
            stability.stableFromNote ??
            `IT is stable on ${formatDate(stability.asOf)}`,
          testId: 'it-stability-from',
        },
      ]}
    />
  );
}
