import { Link } from 'react-router';
import type { OrganizationBaselineQuery } from '@esm-planner/dashboard-data-access-graphql';
import { Card, Table, type TableColumn } from '@esm-planner/dashboard-ui';
import { StackedBarChart } from '@esm-planner/dashboard-ui-charts';
import { csvFileName, type CsvColumn } from '@esm-planner/shared-util-csv';
import { PATHS } from '../../app/routing/paths';
import { DownloadCsvButton } from '../exports/DownloadCsvButton';
import {
  formatCount,
  formatDateRange,
  formatMinutes,
  formatPercent,
  NO_VALUE,
} from '../formatting/format';
import { departmentMixRows } from './baseline-charts';
import { CHANNEL_SERIES } from './channels';
import { comparisonDescription } from './organization-baseline';

type Department = NonNullable<
  OrganizationBaselineQuery['organization']
>['departments'][number];

export type DepartmentComparisonCardProps = {
  organizationId: string;
  organizationName: string;
  departments: readonly Department[];
};

const windowOf = (d: Department) =>
  d.baseline
    ? formatDateRange(d.baseline.windowStart, d.baseline.windowEnd)
    : 'No audit yet';

const COMPARISON_CSV_COLUMNS: CsvColumn<Department>[] = [
  { header: 'Department', value: (d) => d.name },
  { header: 'Window start', value: (d) => d.baseline?.windowStart },
  { header: 'Window end', value: (d) => d.baseline?.windowEnd },
  { header: 'Total', value: (d) => d.baseline?.totalRequests },
  { header: 'Unit', value: (d) => d.vocabulary },
  {
    header: 'Monthly volume',
    value: (d) => d.baseline?.monthlyVolume,
  },
  {
    header: 'Informal share',
    value: (d) => d.baseline?.informalShare,
  },
  {
    header: 'Average handling minutes',
    value: (d) => d.baseline?.avgHandlingMinutes,
  },
];

const comparisonTableColumns = (
  organizationId: string,
): TableColumn<Department>[] => [
  {
    key: 'name',
    header: 'Department',
    isRowHeader: true,
    cell: (d) => (
      <Link to={PATHS.department(organizationId, d.id)}>{d.name}</Link>
    ),
  },
  { key: 'window', header: 'Audit window', cell: windowOf },
  {
    key: 'total',
    header: 'Total',
    align: 'end',
    cell: (d) =>
      d.baseline ? formatCount(d.baseline.totalRequests) : NO_VALUE,
  },
  {
    key: 'monthly',
    header: 'A month',
    align: 'end',
    cell: (d) =>
      d.baseline ? formatCount(d.baseline.monthlyVolume) : NO_VALUE,
  },
  {
    key: 'informal',
    header: 'Informal',
    align: 'end',
    cell: (d) => formatPercent(d.baseline?.informalShare),
  },
  {
    key: 'handling',
    header: 'Handling',
    align: 'end',
    cell: (d) => formatMinutes(d.baseline?.avgHandlingMinutes),
  },
];

/** The departments side by side: channel mix as 100 % bars, and the table of their baselines. */
export function DepartmentComparisonCard({
  organizationId,
  organizationName,
  departments,
}: DepartmentComparisonCardProps) {
  const audited = departments.flatMap((d) =>
    d.baseline ? [{ ...d, baseline: d.baseline }] : [],
  );
  return (
    <Card
      as="section"
      title="Departments side by side"
      testId="department-comparison"
      aside={
        <DownloadCsvButton<Department>
          fileName={csvFileName(organizationName, 'department-baselines')}
          tableName="the department baselines"
          rows={departments}
          columns={COMPARISON_CSV_COLUMNS}
        />
      }
    >
      <div className="baseline-stack">
        <StackedBarChart
          title="Channel mix by department"
          description={comparisonDescription(audited)}
          rows={departmentMixRows(
            audited.map((d) => ({
              id: d.id,
              name: d.name,
              informalShare: d.baseline.informalShare,
              byChannel: d.baseline.byChannel,
            })),
          )}
          series={CHANNEL_SERIES}
          categoryHeader="Department"
          testId="department-mix-chart"
          empty={null}
        />
        <Table<Department>
          caption="Baselines by department"
          columns={comparisonTableColumns(organizationId)}
          rows={departments}
          rowKey={(d) => d.id}
          testId="department-baselines-table"
        />
      </div>
    </Card>
  );
}
