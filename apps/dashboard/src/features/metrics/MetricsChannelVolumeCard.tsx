import { useMemo } from 'react';
import type { Grain } from '@esm-planner/dashboard-data-access-graphql';
import { Card } from '@esm-planner/dashboard-ui';
import {
  StackedCountChart,
  type CountColumn,
} from '@esm-planner/dashboard-ui-charts';
import type { CsvColumn } from '@esm-planner/shared-util-csv';
import { csvFileName } from '@esm-planner/shared-util-csv';
import { pluralizeVocabulary } from '@esm-planner/domain-departments';
import { capitalisedPlural } from '../baselines/baseline-stats';
import { DownloadCsvButton } from '../exports/DownloadCsvButton';
import {
  channelVolumeColumns,
  channelVolumeSeries,
  columnTotal,
  type ChannelVolumeFields,
} from './channel-volume';
import { periodLabel } from './metrics-sentences';

export type MetricsChannelVolumeCardProps = {
  name: string;
  vocabulary: string;
  points: readonly ChannelVolumeFields[];
  /** Every period of the range, empty ones included (from serviceMetrics). */
  periodStarts: readonly string[];
  grain: Grain;
  /** Start of the CSV file name, e.g. "IT 2026-01-05 2026-07-05". */
  fileStem: string;
};

/** How many requests arrived per period, stacked by channel. */
export function MetricsChannelVolumeCard({
  name,
  vocabulary,
  points,
  periodStarts,
  grain,
  fileStem,
}: MetricsChannelVolumeCardProps) {
  const series = useMemo(() => channelVolumeSeries(points), [points]);
  const columns = useMemo(
    () => channelVolumeColumns(points, periodStarts, grain),
    [points, periodStarts, grain],
  );
  const countHeader = capitalisedPlural(vocabulary);
  const per = grain === 'WEEK' ? 'week' : 'month';
  const csvColumns = useMemo<CsvColumn<CountColumn>[]>(
    () => [
      { header: 'Period start', value: (c) => c.key },
      ...series.map((s): CsvColumn<CountColumn> => ({
        header: s.label,
        value: (c) => c.values[s.key] ?? 0,
      })),
      { header: countHeader, value: (c) => columnTotal(c, series) },
    ],
    [series, countHeader],
  );
  return (
    <Card
      as="section"
      titleAs="h3"
      title={`${countHeader} by channel`}
      testId="metrics-channel-volume"
      aside={
        <DownloadCsvButton<CountColumn>
          fileName={csvFileName(fileStem, 'channel-volume')}
          tableName={`${pluralizeVocabulary(vocabulary, 2)} by channel`}
          rows={columns}
          columns={csvColumns}
          testId="metrics-channel-volume-csv"
        />
      }
    >
      <StackedCountChart
        title={`${name}: ${pluralizeVocabulary(vocabulary, 2)} per ${per} by channel`}
        description={
          `How many ${pluralizeVocabulary(vocabulary, 2)} ${name} received each ${per}, ` +
          `stacked by the channel they came through (${series.map((s) => s.label).join(', ')}).`
        }
        columns={columns}
        series={series}
        categoryHeader={grain === 'WEEK' ? 'Week' : 'Month'}
        totalLabel={countHeader}
        columnTitle={(column) => periodLabel(column.key, grain)}
        testId="metrics-channel-chart"
        empty={
          <p className="muted" data-testid="metrics-channel-volume-empty">
            No {pluralizeVocabulary(vocabulary, 2)} with a channel in this
            range.
          </p>
        }
      />
    </Card>
  );
}
