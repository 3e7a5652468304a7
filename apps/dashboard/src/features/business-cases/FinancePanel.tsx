import type { BusinessCaseResultFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import { Badge, StatGrid } from '@esm-planner/dashboard-ui';
import { csvFileName } from '@esm-planner/shared-util-csv';
import { TableWithDownload } from '../exports/TableWithDownload';
import { formatPercent } from '../formatting/format';
import { formatMoney, formatPayback, sourceBadge } from './case-format';
import { discountedMonthCsvColumns } from './month-csv-columns';

type Result = BusinessCaseResultFieldsFragment;
type Month = Result['finance']['monthly'][number];
type Assumption = Result['finance']['assumptions'][number];

/** Finance's view (domain §8): the discounted cash flow and every assumption. */
export function FinancePanel({
  result,
  currency,
  caseName,
}: {
  result: Result;
  currency: string;
  caseName: string;
}) {
  const money = (value: number) => formatMoney(value, currency);
  const view = result.finance;
  return (
    <>
      <StatGrid
        items={[
          { label: 'Payback', value: formatPayback(view.paybackMonths) },
          {
            label: 'NPV',
            value: money(view.npv),
            hint: `at ${formatPercent(view.annualDiscountRate)} a year (${(view.monthlyDiscountRate * 100).toFixed(4)} % a month)`,
          },
          { label: 'IRR', value: formatPercent(view.irr), hint: 'a year' },
          { label: 'ROI', value: formatPercent(view.roi) },
        ]}
      />
      <CashFlowTable monthly={view.monthly} money={money} caseName={caseName} />
      <AssumptionsTable assumptions={view.assumptions} caseName={caseName} />
    </>
  );
}

/** Each month's net, cumulative and discounted cash flow. */
function CashFlowTable({
  monthly,
  money,
  caseName,
}: {
  monthly: readonly Month[];
  money: (value: number) => string;
  caseName: string;
}) {
  return (
    <TableWithDownload<Month>
      title="Cash flow with discounting"
      columns={[
        {
          key: 'month',
          header: 'Month',
          cell: (m) => m.month,
          isRowHeader: true,
        },
        {
          key: 'net',
          header: 'Net',
          cell: (m) => money(m.net),
          align: 'end',
        },
        {
          key: 'cumulative',
          header: 'Cumulative',
          cell: (m) => money(m.cumulative),
          align: 'end',
        },
        {
          key: 'discounted',
          header: 'Discounted net',
          cell: (m) => money(m.discountedNet),
          align: 'end',
        },
        {
          key: 'pv',
          header: 'Cumulative discounted',
          cell: (m) => money(m.cumulativeDiscounted),
          align: 'end',
        },
      ]}
      csvColumns={discountedMonthCsvColumns<Month>()}
      rows={monthly}
      rowKey={(m) => String(m.month)}
      fileName={csvFileName(caseName, 'discounted cash flow')}
    />
  );
}

/** The figures the case rests on, each with where it came from. */
function AssumptionsTable({
  assumptions,
  caseName,
}: {
  assumptions: readonly Assumption[];
  caseName: string;
}) {
  return (
    <TableWithDownload<Assumption>
      title="Every assumption and its source"
      columns={[
        {
          key: 'field',
          header: 'Field',
          cell: (a) => a.field,
          isRowHeader: true,
        },
        {
          key: 'value',
          header: 'Value',
          cell: (a) => +a.value.toPrecision(8),
          align: 'end',
        },
        { key: 'unit', header: 'Unit', cell: (a) => a.unit },
        {
          key: 'source',
          header: 'Source',
          cell: (a) => (
            <Badge tone={sourceBadge(a.source).tone}>
              {sourceBadge(a.source).label}
            </Badge>
          ),
        },
        { key: 'note', header: 'Note', cell: (a) => a.note ?? '' },
      ]}
      csvColumns={[
        { header: 'field', value: (a) => a.field },
        { header: 'value', value: (a) => a.value },
        { header: 'unit', value: (a) => a.unit },
        { header: 'source', value: (a) => a.source },
        { header: 'note', value: (a) => a.note ?? '' },
      ]}
      rows={assumptions}
      rowKey={(a) => a.field}
      fileName={csvFileName(caseName, 'assumptions')}
      testId="finance-assumptions"
    />
  );
}
