import { useMemo } from 'react';
import { Link } from 'react-router';
import { Card, Table, type TableColumn } from '@esm-planner/dashboard-ui';
import { BenchmarkBarChart } from '@esm-planner/dashboard-ui-charts';
import { csvFileName, type CsvColumn } from '@esm-planner/shared-util-csv';
import { PATHS } from '../../app/routing/paths';
import { DownloadCsvButton } from '../exports/DownloadCsvButton';
import { formatCount, formatDateRange } from '../formatting/format';
import type { DateRange } from './metrics-range';
import {
  deflectionBars,
  deflectionBenchmarkLabel,
  deflectionDescription,
  deflectionRateLabel,
  gapLabel,
  requestsLabel,
  type DepartmentDeflectionFields,
} from './organization-deflection';

export type OrganizationDeflectionCardProps = {
  organizationId: string;
  organizationName: string;
  rows: readonly DepartmentDeflectionFields[];
  range: DateRange;
};

const DEFLECTION_CSV_COLUMNS: CsvColumn<DepartmentDeflectionFields>[] = [
  { header: 'Department', value: (r) => r.department.name },
  { header: 'Requests', value: (r) => r.total },
  { header: 'Unit', value: (r) => r.department.vocabulary },
  { header: 'Deflected', value: (r) => r.deflected },
  {
    header: 'Deflection rate',
    value: (r) => r.deflectionRate ?? null,
  },
  { header: 'Benchmark', value: (r) => r.benchmark.target },
  { header: 'Benchmark source', value: (r) => r.benchmark.source },
  {
    header: 'Benchmark is an assumption',
    value: (r) => (r.benchmarkIsAssumption ? 'yes' : 'no'),
  },
  {
    header: 'Gap to benchmark',
    value: (r) => r.gapToBenchmark ?? null,
  },
];

/** Department (a link to it), requests, deflected, rate, benchmark and gap. */
const deflectionTableColumns = (
  organizationId: string,
): TableColumn<DepartmentDeflectionFields>[] => [
  {
    key: 'department',
    header: 'Department',
    isRowHeader: true,
    cell: (r) => (
      <Link to={PATHS.department(organizationId, r.department.id)}>
        {r.department.name}
      </Link>
    ),
  },
  {
    key: 'requests',
    header: 'Requests',
    align: 'end',
    cell: (r) => requestsLabel(r),
  },
  {
    key: 'deflected',
    header: 'Deflected',
    align: 'end',
    cell: (r) => formatCount(r.deflected),
  },
  {
    key: 'rate',
    header: 'Rate',
    align: 'end',
    cell: (r) => (
      <span
        data-testid={`deflection-rate-${r.department.id}`}
        className={r.total === 0 ? 'muted' : undefined}
      >
        {deflectionRateLabel(r)}
      </span>
    ),
  },
  {
    key: 'benchmark',
    header: 'Benchmark',
    align: 'end',
    cell: (r) => deflectionBenchmarkLabel(r),
  },
  {
    key: 'gap',
    header: 'Gap',
    align: 'end',
    cell: (r) => gapLabel(r.gapToBenchmark),
  },
];

/** Every department's deflection against its benchmark: chart, table and CSV. */
export function OrganizationDeflectionCard({
  organizationId,
  organizationName,
  rows,
  range,
}: OrganizationDeflectionCardProps) {
  const bars = useMemo(() => deflectionBars(rows), [rows]);
  const title = `Deflection by department, ${formatDateRange(range.from, range.to)}`;
  return (
    <Card
      as="section"
      title="Deflection against benchmark"
      testId="organization-deflection"
      aside={
        <DownloadCsvButton<DepartmentDeflectionFields>
          fileName={csvFileName(
            organizationName,
            'deflection',
            range.from,
            range.to,
          )}
          tableName="deflection by department"
          rows={rows}
          testId="organization-deflection-csv"
          columns={DEFLECTION_CSV_COLUMNS}
        />
      }
    >
      <div className="metrics-stack">
        <BenchmarkBarChart
          title={title}
          description={deflectionDescription(
            organizationName,
            rows,
            range.from,
            range.to,
          )}
          data={bars}
          categoryHeader="Department"
          valueHeader="Deflection rate"
          testId="organization-deflection-chart"
        />
        <Table<DepartmentDeflectionFields>
          caption={title}
          rows={rows}
          rowKey={(r) => r.department.id}
          testId="organization-deflection-table"
          columns={deflectionTableColumns(organizationId)}
        />
      </div>
    </Card>
  );
}
