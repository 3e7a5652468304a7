import { useMemo } from 'react';
import type { BusinessCaseResultFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import { Card, StatGrid, type TableColumn } from '@esm-planner/dashboard-ui';
import {
  HistogramChart,
  PaybackChart,
  TornadoChart,
} from '@esm-planner/dashboard-ui-charts';
import { csvFileName } from '@esm-planner/shared-util-csv';
import { TableWithDownload } from '../exports/TableWithDownload';
import { formatMoneyCompact } from '@esm-planner/shared-util-format';
import { formatPercent, pluralWord } from '../formatting/format';
import {
  benchmarkSentence,
  driverLabel,
  formatMoney,
  formatPayback,
} from './case-format';
import { monthCsvColumns } from './month-csv-columns';

type Result = BusinessCaseResultFieldsFragment;
type Month = Result['monthly'][number];

export type CaseResultsProps = {
  result: Result;
  currency: string;
  caseName: string;
};

/** The monthly cash flow table: benefit, cost, net and cumulative. */
const monthlyColumns = (
  money: (value: number) => string,
): TableColumn<Month>[] => [
  {
    key: 'month',
    header: 'Month',
    cell: (m) => m.month,
    isRowHeader: true,
  },
  {
    key: 'benefit',
    header: 'Benefit',
    cell: (m) => money(m.benefit),
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
];

/** The figures every audience shares: headline, warnings, payback curve, monthly table, sensitivity, scenarios, Monte Carlo. */
export function CaseResults({ result, currency, caseName }: CaseResultsProps) {
  const money = useMemo(
    () => (value: number) => formatMoney(value, currency),
    [currency],
  );
  // Axis ticks in short money ("£3.5m"), so a phone-wide axis keeps several of them.
  const moneyTick = useMemo(
    () => (value: number) => formatMoneyCompact(value, currency),
    [currency],
  );
  return (
    <div className="case-results">
      <CaseHeadlineCard result={result} money={money} />
      <Card title="Payback curve">
        <PaybackChart
          title="Cumulative cash flow by month"
          description="Cumulative net cash flow from month 0; the case pays back where the line crosses zero."
          points={result.monthly}
          paybackMonths={result.paybackMonths ?? null}
          band={{
            low: result.benchmarkPayback.low,
            high: result.benchmarkPayback.high,
          }}
          formatValue={money}
          testId="payback-chart"
        />
      </Card>
      <Card>
        <TableWithDownload<Month>
          title="Monthly cash flow"
          headingLevel="h2"
          columns={monthlyColumns(money)}
          csvColumns={monthCsvColumns<Month>()}
          rows={result.monthly}
          rowKey={(m) => String(m.month)}
          fileName={csvFileName(caseName, 'monthly cash flow')}
          testId="case-monthly"
        />
      </Card>
      <Card title="Sensitivity (NPV, each driver ±20 %)">
        <TornadoChart
          title="NPV with each driver 20 % lower and higher"
          description="One row per driver, largest swing first; bars run from the case's NPV to the NPV with the driver changed."
          data={result.sensitivity.map((row) => ({
            key: row.driver,
            label: driverLabel(row.driver),
            low: row.low.npv,
            high: row.high.npv,
          }))}
          base={result.npv}
          lowLabel="Driver −20 %"
          highLabel="Driver +20 %"
          formatValue={money}
          formatTick={moneyTick}
          testId="tornado-chart"
        />
      </Card>
      <ScenariosCard result={result} money={money} />
      <MonteCarloCard result={result} money={money} moneyTick={moneyTick} />
    </div>
  );
}

type ResultCardProps = {
  result: Result;
  money: (value: number) => string;
};

/** Payback, NPV, IRR, ROI, inaction and change management, then warnings. */
function CaseHeadlineCard({ result, money }: ResultCardProps) {
  return (
    <Card title="The case" testId="case-headline">
      <StatGrid
        items={[
          {
            label: 'Payback',
            value: formatPayback(result.paybackMonths),
            hint: benchmarkSentence(result.benchmarkPayback.position),
            testId: 'case-payback',
          },
          {
            label: 'NPV',
            value: money(result.npv),
            hint: 'discounted monthly',
            testId: 'case-npv',
          },
          {
            label: 'IRR',
            value: formatPercent(result.irr),
            hint: 'a year',
            testId: 'case-irr',
          },
          {
            label: 'ROI',
            value: formatPercent(result.roi),
            hint: 'over the horizon, undiscounted',
          },
          {
            label: 'Cost of inaction',
            value: money(result.costOfInaction),
            hint: `${result.extraFtes.toFixed(1)} extra FTEs for growth`,
          },
          {
            label: 'Change management',
            value: formatPercent(result.changeManagementShare),
            hint: 'of the up-front budget (warning at 10 % or less)',
          },
        ]}
      />
      {result.warnings.length > 0 ? (
        <ul className="case-warnings" data-testid="case-warnings">
          {result.warnings.map((w) => (
            <li key={`${w.code}-${w.field ?? ''}`} data-code={w.code}>
              {w.message}
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}

/** The conservative, expected and optimistic cases side by side. */
function ScenariosCard({ result, money }: ResultCardProps) {
  return (
    <Card title="Scenarios">
      <div className="case-scenarios" data-testid="case-scenarios">
        {result.scenarios.map((s) => (
          <div key={s.name} className="case-scenario">
            <h3>{s.name.charAt(0) + s.name.slice(1).toLowerCase()}</h3>
            <StatGrid
              items={[
                { label: 'Payback', value: formatPayback(s.paybackMonths) },
                { label: 'NPV', value: money(s.npv) },
                { label: 'ROI', value: formatPercent(s.roi) },
              ]}
            />
          </div>
        ))}
      </div>
      <p className="case-note">
        Conservative: deflection × 0.6 and ramps twice as long. Optimistic:
        deflection × 1.15, at most 95 %.
      </p>
    </Card>
  );
}

function MonteCarloCard({
  result,
  money,
  moneyTick,
}: {
  result: Result;
  money: (value: number) => string;
  moneyTick: (value: number) => string;
}) {
  const mc = result.monteCarlo;
  if (!mc) {
    return (
      <Card title="Monte Carlo">
        <p className="case-note">
          Set Monte Carlo runs (e.g. 2,000) to see the spread of outcomes.
        </p>
      </Card>
    );
  }
  const markers = [
    { label: 'P10', value: mc.p10Npv },
    { label: 'P50', value: mc.p50Npv },
    { label: 'P90', value: mc.p90Npv },
  ];
  return (
    <Card
      title={`Monte Carlo (${mc.runs.toLocaleString('en-GB')} runs, seed ${mc.seed})`}
      testId="case-monte-carlo"
    >
      <StatGrid
        items={[
          {
            label: 'Payback P10 / P50 / P90',
            value: [mc.p10Payback, mc.p50Payback, mc.p90Payback]
              .map((p) => (p === null ? 'never' : p.toFixed(1)))
              .join(' / '),
            hint: 'months',
          },
          {
            label: 'NPV P10 / P50 / P90',
            value: markers.map((m) => money(m.value)).join(' / '),
          },
          {
            label: 'Probability of payback',
            value: formatPercent(mc.probabilityOfPayback),
            hint: 'within the horizon',
          },
        ]}
      />
      <HistogramChart
        title="NPV across the runs"
        description="How many runs gave each NPV, with the 10th, 50th and 90th percentiles marked."
        bins={mc.npvHistogram}
        markers={markers}
        valueHeader="NPV"
        formatValue={money}
        formatTick={moneyTick}
        testId="npv-histogram"
      />
      <HistogramChart
        title="Payback months across the runs"
        description={`Runs that pay back, by month; ${mc.runsWithoutPayback} ${pluralWord(mc.runsWithoutPayback, 'run does', 'runs do')} not pay back within the horizon.`}
        bins={mc.paybackHistogram}
        markers={[mc.p10Payback, mc.p50Payback, mc.p90Payback].flatMap(
          (value, i) =>
            value === null ? [] : [{ label: ['P10', 'P50', 'P90'][i], value }],
        )}
        valueHeader="Payback (months)"
        formatValue={(value) => value.toFixed(1)}
        testId="payback-histogram"
      />
    </Card>
  );
}
