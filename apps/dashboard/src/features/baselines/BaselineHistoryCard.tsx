import type { BaselineHistoryFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import { Card, Table, type TableColumn } from '@esm-planner/dashboard-ui';
import { csvFileName, type CsvColumn } from '@esm-planner/shared-util-csv';
import { DownloadCsvButton } from '../exports/DownloadCsvButton';
import {
  formatCount,
  formatDateRange,
  formatDateTime,
  formatMinutes,
  formatPercent,
  NO_VALUE,
} from '../formatting/format';
import { capitalisedPlural } from './baseline-stats';
import { sourceLabel } from './build-baseline-form';

type Audit = BaselineHistoryFieldsFragment;

export type BaselineHistoryCardProps = {
  /** The card title's level in the page outline. */
  titleAs?: 'h2' | 'h3';
  audits: readonly Audit[];
  vocabulary: string;
  fileStem: string;
};

const historyCsvColumns = (plural: string): CsvColumn<Audit>[] => [
  { header: 'Window start', value: (a) => a.windowStart },
  { header: 'Window end', value: (a) => a.windowEnd },
  { header: 'Days', value: (a) => a.windowDays },
  { header: plural, value: (a) => a.totalRequests },
  { header: `${plural} a month`, value: (a) => a.monthlyVolume },
  { header: 'Informal share', value: (a) => a.informalShare },
  {
    header: 'Average handling minutes',
    value: (a) => a.avgHandlingMinutes,
  },
  { header: 'Source', value: (a) => sourceLabel(a.source) },
  { header: 'Imported', value: (a) => a.importedAt },
];

const historyTableColumns = (plural: string): TableColumn<Audit>[] => [
  {
    key: 'window',
    header: 'Audit window',
    isRowHeader: true,
    cell: (a) => formatDateRange(a.windowStart, a.windowEnd),
  },
  {
    key: 'total',
    header: plural,
    align: 'end',
    cell: (a) => formatCount(a.totalRequests),
  },
  {
    key: 'monthly',
    header: 'A month',
    align: 'end',
    cell: (a) => formatCount(a.monthlyVolume),
  },
  {
    key: 'informal',
    header: 'Informal',
    align: 'end',
    cell: (a) => formatPercent(a.informalShare),
  },
  {
    key: 'handling',
    header: 'Handling',
    align: 'end',
    cell: (a) => formatMinutes(a.avgHandlingMinutes),
  },
  {
    key: 'source',
    header: 'Source',
    cell: (a) => sourceLabel(a.source),
  },
  {
    key: 'imported',
    header: 'Imported or built',
    cell: (a) => (a.importedAt ? formatDateTime(a.importedAt) : NO_VALUE),
  },
];

/** Every audit window of the department, the latest first. */
export function BaselineHistoryCard({
  titleAs = 'h3',
  audits,
  vocabulary,
  fileStem,
}: BaselineHistoryCardProps) {
  const plural = capitalisedPlural(vocabulary);
  const rows = [...audits].sort((a, b) =>
    b.windowStart.localeCompare(a.windowStart),
  );
  return (
    <Card
      as="section"
      titleAs={titleAs}
      title="Audit history"
      testId="baseline-history"
      aside={
        <DownloadCsvButton<Audit>
          fileName={csvFileName(fileStem, 'audit-history')}
          tableName="the audit history"
          rows={rows}
          columns={historyCsvColumns(plural)}
        />
      }
    >
      <p className="muted baseline-history__note">
        {rows.length === 1
          ? 'This is the only audit so far; later audits appear here to compare with.'
          : `${formatCount(rows.length)} audits, the latest first. The baseline above is the latest.`}
      </p>
      <Table<Audit>
        caption="Audit windows"
        columns={historyTableColumns(plural)}
        rows={rows}
        rowKey={(a) => a.auditId ?? `${a.windowStart}:${a.windowEnd}`}
        testId="baseline-history-table"
      />
    </Card>
  );
}
