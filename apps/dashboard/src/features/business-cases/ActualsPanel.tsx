import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  type BusinessCaseFieldsFragment,
  describeApiError,
  ValueRealisationDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  Card,
  ErrorBanner,
  Icon,
  LoadingState,
  StatGrid,
  TextField,
} from '@esm-planner/dashboard-ui';
import { RealisationChart } from '@esm-planner/dashboard-ui-charts';
import { formatDate, formatPercent } from '../formatting/format';
import {
  behindSentence,
  type Realisation,
  signedMoney,
} from './actuals-format';
import { ActualsTables } from './ActualsTables';
import { formatPayback } from './case-format';
import { useCaseDownload } from './useCaseDownload';

export type ActualsPanelProps = {
  saved: BusinessCaseFieldsFragment;
  currency: string;
};

/**
 * The saved case against what happened (domain §9): value to date, the
 * re-forecast payback, planned and realised benefit per month with both
 * cumulative curves, each department's ratio and status, and the files.
 */
export function ActualsPanel({ saved, currency }: ActualsPanelProps) {
  const [asOf, setAsOf] = useState('');
  const { data, loading, error, refetch } = useQuery(ValueRealisationDocument, {
    variables: { id: saved.id, version: saved.version, asOf: asOf || null },
    fetchPolicy: 'cache-and-network',
  });
  const value = data?.valueRealisation;
  return (
    <div className="case-results" data-testid="case-actuals">
      <Card
        title="Actuals: the case against what happened"
        testId="actuals-headline"
      >
        <div className="actuals-controls">
          <TextField
            label="Measured on"
            name="actuals-as-of"
            type="date"
            value={asOf}
            onChange={setAsOf}
            hint="Empty: today, in the organisation’s time zone. A month counts once its last day is before this date."
          />
          {value ? <ActualsDownloads saved={saved} asOf={asOf} /> : null}
        </div>
        {error && !value ? (
          <ErrorBanner
            title="The actuals could not be loaded"
            messages={[describeApiError(error)]}
            action={
              <Button size="sm" onClick={() => void refetch()}>
                Try again
              </Button>
            }
          />
        ) : null}
        {!value && loading ? (
          <LoadingState label="Reading the actuals…" />
        ) : null}
        {value ? (
          <Headline value={value} saved={saved} currency={currency} />
        ) : null}
      </Card>
      {value ? (
        <ActualsTables value={value} saved={saved} currency={currency} />
      ) : null}
    </div>
  );
}

function Headline({
  value,
  saved,
  currency,
}: {
  value: Realisation;
  saved: BusinessCaseFieldsFragment;
  currency: string;
}) {
  const money = useMemo(
    () => (amount: number) => signedMoney(amount, currency),
    [currency],
  );
  const compact = useMemo(() => compactMoney(currency), [currency]);
  // The plan's own cumulative (the saved version's model), beside the forecast, by month.
  const points = useMemo(() => {
    const planned = new Map(
      saved.result.monthly.map((m) => [m.month, m.cumulative]),
    );
    return value.months.map((m) => ({
      month: m.month,
      plannedBenefit: m.plannedBenefit,
      realisedBenefit: m.realisedBenefit ?? null,
      plannedCumulative: planned.get(m.month) ?? 0,
      forecastCumulative: m.forecastCumulative,
    }));
  }, [value, saved.result.monthly]);
  const last = value.months.find((m) => m.month === value.completeMonths);
  const span =
    value.completeMonths === 0 || !last
      ? `No month of the case is complete yet (it started on ${formatDate(value.programmeStart)}).`
      : `Months 1–${value.completeMonths} are complete: ${formatDate(value.programmeStart)} to ${formatDate(last.endDate)}.`;
  const behind = value.departments.filter((d) => d.status === 'BEHIND');
  const targets = new Map(
    saved.departments.map((d) => [d.departmentId, d.targetDeflection.value]),
  );
  return (
    <>
      <p className="case-note" data-testid="actuals-span">
        Version {value.version} measured on {formatDate(value.asOf)}. {span}
      </p>
      <ActualsStats value={value} money={money} />
      {behind.length > 0 ? (
        <ul className="case-warnings" data-testid="actuals-behind">
          {behind.map((d) => (
            <li key={d.departmentId}>
              {behindSentence(d, targets.get(d.departmentId))}
            </li>
          ))}
        </ul>
      ) : null}
      <RealisationChart
        title="Planned and realised benefit by month, with the cumulative cash flow"
        description="Bars: each month's planned benefit beside what the deflected requests realised. Lines: the planned cumulative cash flow and the forecast from the actuals, with both payback points."
        points={points}
        plannedPaybackMonths={value.plannedPaybackMonths ?? null}
        forecastPaybackMonths={value.forecastPaybackMonths ?? null}
        completeMonths={value.completeMonths}
        formatValue={money}
        formatTick={compact}
        testId="realisation-chart"
      />
    </>
  );
}

/** Value to date against the plan, and the forecast from the actuals. */
function ActualsStats({
  value,
  money,
}: {
  value: Realisation;
  money: (amount: number) => string;
}) {
  const variance = value.varianceToDate;
  return (
    <StatGrid
      items={[
        {
          label: 'Realised to date',
          value: money(value.realisedToDate),
          hint: `planned ${money(value.plannedToDate)}`,
          testId: 'actuals-realised',
        },
        {
          label: 'Against plan',
          value: variance < 0 ? money(variance) : `+${money(variance)}`,
          hint:
            variance < 0
              ? 'less than planned so far'
              : 'at or above plan so far',
          testId: 'actuals-variance',
        },
        {
          label: 'Forecast payback',
          value: formatPayback(value.forecastPaybackMonths),
          hint: `planned ${formatPayback(value.plannedPaybackMonths)}`,
          testId: 'actuals-forecast-payback',
        },
        {
          label: 'Forecast NPV',
          value: money(value.forecastNpv),
          hint: 'the actuals, then the plan at each department’s ratio',
          testId: 'actuals-forecast-npv',
        },
        {
          label: 'Forecast ROI',
          value: formatPercent(value.forecastRoi),
          hint: 'over the horizon, undiscounted',
        },
      ]}
    />
  );
}

function ActualsDownloads({
  saved,
  asOf,
}: {
  saved: BusinessCaseFieldsFragment;
  asOf: string;
}) {
  const { busy, error, download } = useCaseDownload(saved.name);
  const query = new URLSearchParams({
    version: String(saved.version),
    ...(asOf ? { asOf } : {}),
  });
  return (
    <div className="actuals-downloads">
      <Button
        size="sm"
        icon={<Icon name="download" size={16} />}
        loading={busy === 'value-report'}
        onClick={() =>
          void download({
            key: 'value-report',
            path: `${saved.id}/value-report.pdf?${query}`,
            suffix: '-value-report.pdf',
          })
        }
        testId="export-value-report"
      >
        Value report (PDF)
      </Button>
      <Button
        size="sm"
        icon={<Icon name="download" size={16} />}
        loading={busy === 'actuals-xlsx'}
        onClick={() =>
          void download({
            key: 'actuals-xlsx',
            path: `${saved.id}.xlsx${asOf ? `?asOf=${asOf}` : ''}`,
            suffix: '.xlsx',
          })
        }
        testId="export-actuals-xlsx"
      >
        XLSX with the Actuals sheet
      </Button>
      {error ? (
        <p role="alert" className="case-note">
          {error}
        </p>
      ) : null}
    </div>
  );
}

// Axis ticks in few characters: £1.2M, −£150K.
function compactMoney(currency: string): (value: number) => string {
  try {
    const format = new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    return (value) => format.format(value).replace(/^-/, '\u2212');
  } catch {
    return (value) =>
      `${currency} ${Math.round(value).toLocaleString('en-GB')}`;
  }
}
