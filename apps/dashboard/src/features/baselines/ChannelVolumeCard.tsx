import { Card, Table } from '@esm-planner/dashboard-ui';
import { BarChart } from '@esm-planner/dashboard-ui-charts';
import { csvFileName } from '@esm-planner/shared-util-csv';
import { DownloadCsvButton } from '../exports/DownloadCsvButton';
import {
  channelBars,
  channelChartDescription,
  sortedChannels,
  type ChannelVolume,
} from './baseline-charts';
import { capitalisedPlural } from './baseline-stats';
import { countAndShareColumns } from './volume-columns';
import { channelLabel, isInformalChannel } from './channels';

export type ChannelVolumeCardProps = {
  /** The card title's level in the page outline. */
  titleAs?: 'h2' | 'h3';
  /** Who the volume belongs to: a department or the organisation. */
  name: string;
  vocabulary: string;
  totalRequests: number;
  byChannel: readonly ChannelVolume[];
  /** Start of the CSV file name, e.g. "hr-2026-03-02". */
  fileStem: string;
};

/** Volume by channel: a bar chart and the table of the same numbers. */
export function ChannelVolumeCard({
  titleAs = 'h3',
  name,
  vocabulary,
  totalRequests,
  byChannel,
  fileStem,
}: ChannelVolumeCardProps) {
  const rows = sortedChannels(byChannel);
  const countHeader = capitalisedPlural(vocabulary);
  return (
    <Card
      as="section"
      titleAs={titleAs}
      title="Volume by channel"
      testId="channel-volume"
      aside={
        <DownloadCsvButton<ChannelVolume>
          fileName={csvFileName(fileStem, 'volume-by-channel')}
          tableName="volume by channel"
          rows={rows}
          columns={[
            { header: 'Channel', value: (row) => channelLabel(row.channel) },
            {
              header: 'Kind',
              value: (row) =>
                isInformalChannel(row.channel) ? 'Informal' : 'Structured',
            },
            { header: countHeader, value: (row) => row.count },
            { header: 'Share', value: (row) => row.share },
          ]}
        />
      }
    >
      <div className="baseline-chart-grid">
        <BarChart
          title="Volume by channel"
          description={channelChartDescription(
            name,
            vocabulary,
            totalRequests,
            byChannel,
          )}
          data={channelBars(byChannel)}
          categoryHeader="Channel"
          valueHeader={countHeader}
          testId="channel-chart"
        />
        <Table<ChannelVolume>
          caption={`${name}: volume by channel`}
          columns={[
            {
              key: 'channel',
              header: 'Channel',
              isRowHeader: true,
              cell: (row) => channelLabel(row.channel),
            },
            ...countAndShareColumns<ChannelVolume>(countHeader),
          ]}
          rows={rows}
          rowKey={(row) => row.channel}
          testId="channel-table"
        />
      </div>
    </Card>
  );
}
