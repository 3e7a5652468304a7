import { useDeferredValue, useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  DepartmentMetricsDocument,
  describeApiError,
  type DepartmentMetricsQuery,
  type Grain,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  Card,
  EmptyState,
  ErrorBanner,
  InlineNotice,
  LoadingState,
  StatGrid,
} from '@esm-planner/dashboard-ui';
import { MetricsChannelVolumeCard } from './MetricsChannelVolumeCard';
import { MetricsChartCard } from './MetricsChartCard';
import { MetricsRangeControls } from './MetricsRangeControls';
import { MetricsTableCard } from './MetricsTableCard';
import {
  defaultRange,
  localIsoDay,
  rangeProblem,
  type DateRange,
} from './metrics-range';
import {
  benchmarkLabel,
  partialPeriodNote,
  periodLabel,
  periodSentence,
  sourceLabel,
  sourceNote,
} from './metrics-sentences';
import { latestWithData, metricTiles } from './metrics-series';
import './metrics.css';

export type DepartmentMetricsSectionProps = {
  organizationId: string;
  departmentId: string;
};

/** Deflection and service metrics over a chosen range, per week or month. */
export function DepartmentMetricsSection({
  organizationId,
  departmentId,
}: DepartmentMetricsSectionProps) {
  const today = useMemo(() => localIsoDay(new Date()), []);
  const [range, setRange] = useState<DateRange>(() => defaultRange(today));
  const [grain, setGrain] = useState<Grain>('WEEK');
  const problem = rangeProblem(range);
  // The last valid range is what is asked for, so half-typed dates keep the view.
  const [asked, setAsked] = useState({ ...range, grain });
  if (
    !problem &&
    (asked.from !== range.from ||
      asked.to !== range.to ||
      asked.grain !== grain)
  ) {
    setAsked({ ...range, grain });
  }
  const { data, previousData, loading, error, refetch } = useQuery(
    DepartmentMetricsDocument,
    { variables: { organizationId, departmentId, ...asked } },
  );
  const shown = data ?? previousData;
  const department = shown?.department;

  let body;
  if (!shown && loading) {
    body = <LoadingState label="Loading the metrics…" />;
  } else if (error || !department || !shown) {
    body = (
      <ErrorBanner
        title="The metrics could not be loaded"
        messages={[describeApiError(error)]}
        action={<Button onClick={() => void refetch()}>Try again</Button>}
      />
    );
  } else {
    body = (
      <MetricsStack
        metrics={shown}
        department={department}
        grain={data ? asked.grain : grain}
        to={asked.to}
        fileStem={`${department.name} ${asked.from} ${asked.to}`}
        loading={loading}
      />
    );
  }

  return (
    <section
      className="metrics-section"
      aria-labelledby="metrics-heading"
      data-testid="department-metrics"
    >
      <h2 id="metrics-heading" className="metrics-section__heading">
        Metrics
      </h2>
      <MetricsRangeControls
        range={range}
        onRangeChange={setRange}
        grain={grain}
        onGrainChange={setGrain}
        today={today}
        problem={problem}
      />
      {body}
    </section>
  );
}

type Metrics = DepartmentMetricsQuery;
type Department = NonNullable<Metrics['department']>;
type Point = Metrics['serviceMetrics'][number];

/** The latest period, the source note, the chart, the channels and the table. */
function MetricsStack({
  metrics,
  department,
  grain,
  to,
  fileStem,
  loading,
}: {
  metrics: Metrics;
  department: Department;
  /** The grain of the figures shown (the one asked for once they arrive). */
  grain: Grain;
  /** The range's last day, for the note on a period not over yet. */
  to: string;
  fileStem: string;
  loading: boolean;
}) {
  const points = metrics.serviceMetrics;
  const latest = latestWithData(points);
  // The chart first: the channels' chart and the table of periods (two
  // thirds of the section's elements) follow in a render of their own, after
  // the browser has drawn the rest (decision 0035).
  const showAll = useDeferredValue(true, false);
  const note = sourceNote(points, grain);
  const benchmark = {
    target: department.deflectionBenchmark.target,
    label: benchmarkLabel(department.kind, department.deflectionBenchmark),
  };
  return latest ? (
    <div className="metrics-stack" aria-busy={loading}>
      <LatestPeriodCard
        department={department}
        latest={latest}
        grain={grain}
        partial={partialPeriodNote(latest.periodStart, grain, to)}
      />
      {note ? (
        <InlineNotice tone="info" testId="metrics-source-note">
          {note}
        </InlineNotice>
      ) : null}
      <MetricsChartCard
        name={department.name}
        kind={department.kind}
        vocabulary={department.vocabulary}
        points={points}
        grain={grain}
        benchmark={benchmark}
        stabilityFloor={metrics.roadmapSettings.stabilityMinMeanDeflection}
      />
      {showAll ? (
        <>
          <MetricsChannelVolumeCard
            name={department.name}
            vocabulary={department.vocabulary}
            points={metrics.channelVolume}
            periodStarts={points.map((p) => p.periodStart)}
            grain={grain}
            fileStem={fileStem}
          />
          <MetricsTableCard
            name={department.name}
            vocabulary={department.vocabulary}
            points={points}
            grain={grain}
            fileStem={fileStem}
          />
        </>
      ) : null}
    </div>
  ) : (
    <EmptyState
      title="No metrics in this range"
      description={`There are no request records or weekly figures for ${department.name} between these dates. Import request records or a weekly sheet, or choose another range.`}
      testId="metrics-empty"
    />
  );
}

/** The latest period with data, in a sentence and tiles. */
function LatestPeriodCard({
  department,
  latest,
  grain,
  partial,
}: {
  department: Department;
  latest: Point;
  grain: Grain;
  /** Why the period's figures are not final yet, if they are not. */
  partial: string | null;
}) {
  return (
    <Card
      as="section"
      titleAs="h3"
      title="Latest period"
      testId="metrics-latest"
    >
      <div className="metrics-latest">
        <p className="metrics-latest__sentence" data-testid="metrics-sentence">
          {periodSentence(
            department.name,
            department.vocabulary,
            latest,
            grain,
          )}
        </p>
        <StatGrid
          items={metricTiles(latest).map((tile) => ({
            ...tile,
            testId: `metrics-stat-${tile.key}`,
          }))}
        />
        <p className="muted metrics-latest__period">
          {periodLabel(latest.periodStart, grain)} ·{' '}
          {sourceLabel(latest.source)}
          {partial ? ` · ${partial}` : ''}
        </p>
      </div>
    </Card>
  );
}
