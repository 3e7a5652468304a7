import type { RoadmapFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
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

/** IT's weeks behind the stability gate, each against the six weeks' mean. */
export function ItStabilityWeeks({
  stability,
  organizationName,
}: {
  stability: Stability;
  organizationName: string;
}) {
  return (
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
  );
}
