import type { RoadmapFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import { Badge, Card, StatGrid } from '@esm-planner/dashboard-ui';
import { csvFileName } from '@esm-planner/shared-util-csv';
import { TableWithDownload } from '../exports/TableWithDownload';
import {
  formatCount,
  formatDate,
  formatDecimal,
  formatPercent,
} from '../formatting/format';

type Stability = RoadmapFieldsFragment['itStability'];
type Week = Stability['weeks'][number];

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
      <TableWithDownload<Week>
        title="IT’s last six complete weeks"
        rows={stability.weeks}
        rowKey={(week) => week.weekStart}
        fileName={csvFileName(organizationName, 'it-stability-weeks')}
        columns={[
          {
            key: 'week',
            header: 'Week of',
            isRowHeader: true,
            cell: (week) => formatDate(week.weekStart),
          },
          {
            key: 'total',
            header: 'Tickets',
            align: 'end',
            cell: (week) => formatCount(week.total),
          },
          {
            key: 'deflected',
            header: 'Deflected',
            align: 'end',
            cell: (week) => formatCount(week.deflected),
          },
          {
            key: 'rate',
            header: 'Deflection rate',
            align: 'end',
            cell: (week) => formatPercent(week.deflectionRate),
          },
          {
            key: 'gap',
            header: 'Against the mean',
            align: 'end',
            cell: (week) =>
              week.deflectionRate === null || stability.meanDeflection === null
                ? '—'
                : `${formatDecimal((week.deflectionRate - stability.meanDeflection) * 100)} pts`,
          },
        ]}
        csvColumns={[
          { header: 'week_start', value: (week) => week.weekStart },
          { header: 'total', value: (week) => week.total },
          { header: 'deflected', value: (week) => week.deflected },
          { header: 'deflection_rate', value: (week) => week.deflectionRate },
        ]}
        testId="it-stability-weeks"
      />
    </Card>
  );
}
