import type { Grain } from '@esm-planner/dashboard-data-access-graphql';
import { Card, Table, type TableColumn } from '@esm-planner/dashboard-ui';
import { csvFileName, type CsvColumn } from '@esm-planner/shared-util-csv';
import { capitalisedPlural } from '../baselines/baseline-stats';
import { DownloadCsvButton } from '../exports/DownloadCsvButton';
import { formatCount, formatHours, formatPercent } from '../formatting/format';
import { periodLabel, sourceLabel } from './metrics-sentences';
import type { MetricPointFields } from './metrics-series';

export type MetricsTableCardProps = {
  name: string;
  vocabulary: string;
  points: readonly MetricPointFields[];
  grain: Grain;
  /** Start of the CSV file name, e.g. "IT 2026-01-05 2026-07-05". */
  fileStem: string;
};

const metricsCsvColumns = (
  countHeader: string,
): CsvColumn<MetricPointFields>[] => [
  { header: 'Period start', value: (p) => p.periodStart },
  { header: 'Source', value: (p) => sourceLabel(p.source) },
  { header: countHeader, value: (p) => p.total },
  { header: 'Deflected', value: (p) => p.deflected },
  {
    header: 'Deflection rate',
    value: (p) => p.deflectionRate ?? null,
  },
  { header: 'No-touch rate', value: (p) => p.noTouchRate ?? null },
  {
    header: 'Resolution rate',
    value: (p) => p.resolutionRate ?? null,
  },
  { header: 'MTTR hours', value: (p) => p.mttrHours ?? null },
  {
    header: 'Median hours',
    value: (p) => p.medianResolutionHours ?? null,
  },
  { header: 'P90 hours', value: (p) => p.p90ResolutionHours ?? null },
  { header: 'SLA attainment', value: (p) => p.slaAttainment ?? null },
  { header: 'Reopen rate', value: (p) => p.reopenRate ?? null },
];

/** Period, source, counts and the rates, each formatted to read. */
const metricsTableColumns = (
  countHeader: string,
  grain: Grain,
): TableColumn<MetricPointFields>[] => [
  {
    key: 'period',
    header: 'Period',
    isRowHeader: true,
    cell: (p) => periodLabel(p.periodStart, grain),
  },
  {
    key: 'source',
    header: 'Source',
    cell: (p) => sourceLabel(p.source),
  },
  {
    key: 'total',
    header: countHeader,
    align: 'end',
    cell: (p) => formatCount(p.total),
  },
  {
    key: 'deflected',
    header: 'Deflected',
    align: 'end',
    cell: (p) => formatCount(p.deflected),
  },
  {
    key: 'deflection',
    header: 'Deflection',
    align: 'end',
    cell: (p) => formatPercent(p.deflectionRate),
  },
  {
    key: 'noTouch',
    header: 'No-touch',
    align: 'end',
    cell: (p) => formatPercent(p.noTouchRate),
  },
  {
    key: 'resolution',
    header: 'Resolution',
    align: 'end',
    cell: (p) => formatPercent(p.resolutionRate),
  },
  {
    key: 'mttr',
    header: 'MTTR',
    align: 'end',
    cell: (p) => formatHours(p.mttrHours),
  },
  {
    key: 'sla',
    header: 'SLA',
    align: 'end',
    cell: (p) => formatPercent(p.slaAttainment),
  },
];

/** Every period's figures as a table, downloadable as CSV. */
export function MetricsTableCard({
  name,
  vocabulary,
  points,
  grain,
  fileStem,
}: MetricsTableCardProps) {
  const countHeader = capitalisedPlural(vocabulary);
  return (
    <Card
      as="section"
      titleAs="h3"
      title="Periods"
      testId="metrics-periods"
      aside={
        <DownloadCsvButton<MetricPointFields>
          fileName={csvFileName(fileStem, 'service-metrics')}
          tableName="service metrics"
          rows={points}
          testId="metrics-csv"
          columns={metricsCsvColumns(countHeader)}
        />
      }
    >
      <Table<MetricPointFields>
        caption={`${name}: service metrics per ${grain === 'WEEK' ? 'week' : 'month'}`}
        rows={points}
        rowKey={(p) => p.periodStart}
        testId="metrics-table"
        columns={metricsTableColumns(countHeader, grain)}
      />
    </Card>
  );
}
