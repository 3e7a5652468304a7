import { useMemo, useState } from 'react';
import type { BusinessCaseFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import {
  Badge,
  Button,
  Card,
  type TableColumn,
} from '@esm-planner/dashboard-ui';
import { csvFileName } from '@esm-planner/shared-util-csv';
import { TableWithDownload } from '../exports/TableWithDownload';
import {
  formatCount,
  formatDate,
  formatShortDateRange,
} from '../formatting/format';
import {
  DEPARTMENT_CSV,
  DEPARTMENT_MONTH_CSV,
  deflectionNeededText,
  type DepartmentMonthRow,
  departmentMonthRows,
  MONTH_CSV,
  type Realisation,
  type RealisationDepartment,
  type RealisationMonth,
  ratioText,
  signedMoney,
  statusText,
} from './actuals-format';

export type ActualsTablesProps = {
  value: Realisation;
  saved: BusinessCaseFieldsFragment;
  currency: string;
};

// A month still running has no actuals yet: said in words.
const ifComplete = (
  value: number | null | undefined,
  format: (value: number) => string,
) => (value === null || value === undefined ? 'not complete' : format(value));

/** Each department's status, ratio, money to date and deflection needed. */
const departmentPlanColumns = (
  money: (amount: number) => string,
  targets: ReadonlyMap<string, number>,
): TableColumn<RealisationDepartment>[] => [
  {
    key: 'name',
    header: 'Department',
    cell: (d) => d.name,
    isRowHeader: true,
  },
  {
    key: 'status',
    header: 'Status',
    cell: (d) => (
      <span data-testid={`actuals-status-${d.name}`}>
        <Badge tone={statusText(d.status).tone} dot>
          {statusText(d.status).label}
        </Badge>
      </span>
    ),
  },
  {
    key: 'ratio',
    header: 'Against plan',
    cell: (d) => (
      <span data-testid={`actuals-ratio-${d.name}`}>
        {ratioText(d.realisationRatio)}
      </span>
    ),
    align: 'end',
  },
  {
    key: 'toDate',
    header: 'Realised of planned, to date',
    cell: (d) => `${money(d.realisedToDate)} of ${money(d.plannedToDate)}`,
    align: 'end',
  },
  {
    key: 'needed',
    header: 'Deflection needed',
    cell: (d) => (
      <span data-testid={`actuals-needed-${d.name}`}>
        {deflectionNeededText(
          d.status,
          d.deflectionNeeded,
          targets.get(d.departmentId),
        )}
      </span>
    ),
  },
];

/** The programme's months: plan, realised, cost and forecast. */
const monthColumns = (
  money: (amount: number) => string,
): TableColumn<RealisationMonth>[] => [
  {
    key: 'month',
    header: 'Month',
    cell: (m) => m.month,
    isRowHeader: true,
  },
  {
    key: 'days',
    header: 'Days',
    cell: (m) => (
      <span className="actuals-days">
        {m.month === 0
          ? formatDate(m.startDate)
          : formatShortDateRange(m.startDate, m.endDate)}
      </span>
    ),
  },
  {
    key: 'planned',
    header: 'Planned benefit',
    cell: (m) => money(m.plannedBenefit),
    align: 'end',
  },
  {
    key: 'realised',
    header: 'Realised benefit',
    cell: (m) => ifComplete(m.realisedBenefit, money),
    align: 'end',
  },
  {
    key: 'cost',
    header: 'Cost',
    cell: (m) => money(m.cost),
    align: 'end',
  },
  {
    key: 'net',
    header: 'Forecast net',
    cell: (m) => money(m.forecastNet),
    align: 'end',
  },
  {
    key: 'cumulative',
    header: 'Forecast cumulative',
    cell: (m) => money(m.forecastCumulative),
    align: 'end',
  },
];

/** Every department's requests, deflections and benefit by month. */
const departmentMonthColumns = (
  money: (amount: number) => string,
): TableColumn<DepartmentMonthRow>[] => [
  {
    key: 'department',
    header: 'Department',
    cell: (r) => r.department,
    isRowHeader: true,
  },
  { key: 'month', header: 'Month', cell: (r) => r.month },
  {
    key: 'plannedDeflected',
    header: 'Planned deflected',
    cell: (r) => formatCount(r.plannedDeflected),
    align: 'end',
  },
  {
    key: 'actualTotal',
    header: 'Requests',
    cell: (r) => ifComplete(r.actualTotal, formatCount),
    align: 'end',
  },
  {
    key: 'actualDeflected',
    header: 'Deflected',
    cell: (r) => ifComplete(r.actualDeflected, formatCount),
    align: 'end',
  },
  {
    key: 'plannedBenefit',
    header: 'Planned benefit',
    cell: (r) => money(r.plannedBenefit),
    align: 'end',
  },
  {
    key: 'realisedBenefit',
    header: 'Realised benefit',
    cell: (r) => ifComplete(r.realisedBenefit, money),
    align: 'end',
  },
];

/** The departments against their plan, the programme's months and every department's monthly actuals, each with its CSV. */
export function ActualsTables({ value, saved, currency }: ActualsTablesProps) {
  const money = useMemo(
    () => (amount: number) => signedMoney(amount, currency),
    [currency],
  );
  const targets = useMemo(
    () =>
      new Map(
        saved.departments.map((d) => [
          d.departmentId,
          d.targetDeflection.value,
        ]),
      ),
    [saved.departments],
  );
  const detail = useMemo(
    () => departmentMonthRows(value.departments),
    [value.departments],
  );
  const stem = `${saved.name} v${value.version} ${value.asOf}`;
  return (
    <>
      <Card>
        <TableWithDownload<RealisationDepartment>
          title="Departments against the plan"
          headingLevel="h2"
          note="Against plan: realised ÷ planned benefit over the complete months in which the case planned some — on track from 90 %, ahead from 110 %. A department behind plan shows the share of its requests it would need to deflect in every month from now to the end of the horizon to deliver its planned benefit."
          columns={departmentPlanColumns(money, targets)}
          csvColumns={DEPARTMENT_CSV}
          rows={value.departments}
          rowKey={(d) => d.departmentId}
          fileName={csvFileName(stem, 'departments against plan')}
          testId="actuals-departments"
        />
      </Card>
      <MonthByMonthCard value={value} money={money} stem={stem} />
      <Card>
        <details className="case-versions">
          <summary>Monthly actuals by department</summary>
          <TableWithDownload<DepartmentMonthRow>
            title="Requests and deflections by department and month"
            note="Requests opened on the month’s days in the organisation’s time zone, from the request records; a week known only from an imported weekly sheet counts in the month of its Monday."
            columns={departmentMonthColumns(money)}
            csvColumns={DEPARTMENT_MONTH_CSV}
            rows={detail}
            rowKey={(r) => `${r.department}-${r.month}`}
            fileName={csvFileName(stem, 'monthly actuals by department')}
            testId="actuals-department-months"
          />
        </details>
      </Card>
    </>
  );
}

/** The programme's months, the measured ones and the next few unless all are asked for. */
function MonthByMonthCard({
  value,
  money,
  stem,
}: {
  value: Realisation;
  money: (amount: number) => string;
  /** Start of the CSV file name. */
  stem: string;
}) {
  // The months measured and the next few; the rest on request (all of them are in the CSV).
  const [allMonths, setAllMonths] = useState(false);
  const horizon = value.months.length - 1;
  const shownMonths = allMonths
    ? value.months
    : value.months.filter((m) => m.month <= value.completeMonths + 3);
  return (
    <Card>
      <TableWithDownload<RealisationMonth>
        title="Month by month"
        headingLevel="h2"
        note="Month 0 is the programme start (one-time costs). Complete months carry what was realised; later months the plan scaled by each department’s ratio."
        columns={monthColumns(money)}
        csvColumns={MONTH_CSV}
        csvRows={value.months}
        rows={shownMonths}
        rowKey={(m) => String(m.month)}
        fileName={csvFileName(stem, 'value by month')}
        testId="actuals-months"
      />
      {horizon > shownMonths.length - 1 || allMonths ? (
        <Button
          size="sm"
          variant="ghost"
          onClick={() => setAllMonths((all) => !all)}
          testId="actuals-all-months"
        >
          {allMonths
            ? `Show months 0–${Math.min(horizon, value.completeMonths + 3)} only`
            : `Show all ${horizon} months`}
        </Button>
      ) : null}
    </Card>
  );
}
