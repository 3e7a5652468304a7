import { useMemo } from 'react';
import type {
  DepartmentKind,
  Grain,
} from '@esm-planner/dashboard-data-access-graphql';
import { Card } from '@esm-planner/dashboard-ui';
import {
  CHART_COLORS,
  LineChart,
  type LineReference,
  type LineSeries,
} from '@esm-planner/dashboard-ui-charts';
import { formatPercent } from '../formatting/format';
import {
  stabilityBand,
  metricLinePoints,
  type MetricPointFields,
} from './metrics-series';

/** The three rates the chart draws; each has its own colour and marker. */
const METRIC_SERIES: readonly LineSeries[] = [
  {
    key: 'deflection',
    label: 'Deflection rate',
    color: CHART_COLORS.bar,
    shape: 'circle',
  },
  {
    key: 'noTouch',
    label: 'No-touch rate',
    color: CHART_COLORS.line,
    shape: 'square',
  },
  {
    key: 'resolution',
    label: 'Resolution rate',
    color: CHART_COLORS.lineAlt,
    shape: 'diamond',
  },
];

export type MetricsChartCardProps = {
  name: string;
  kind: DepartmentKind;
  vocabulary: string;
  points: readonly MetricPointFields[];
  grain: Grain;
  benchmark: { target: number; label: string };
  /** The organisation's IT-stability floor (roadmap settings), a fraction. */
  stabilityFloor: number;
};

/** Deflection, no-touch and resolution rates per period, against the benchmark. */
export function MetricsChartCard({
  name,
  kind,
  vocabulary,
  points,
  grain,
  benchmark,
  stabilityFloor,
}: MetricsChartCardProps) {
  const linePoints = useMemo(
    () => metricLinePoints(points, grain, vocabulary),
    [points, grain, vocabulary],
  );
  const references = useMemo<LineReference[]>(
    () => [
      { key: 'benchmark', value: benchmark.target, label: benchmark.label },
    ],
    [benchmark.target, benchmark.label],
  );
  const band = useMemo(
    () => stabilityBand(kind, stabilityFloor),
    [kind, stabilityFloor],
  );
  const per = grain === 'WEEK' ? 'week' : 'month';
  const description =
    `${name}’s deflection, no-touch and resolution rates per ${per}, from 0% to 100%, ` +
    `against the deflection benchmark of ${formatPercent(benchmark.target)}` +
    (band
      ? `, with the IT-stability floor shaded from ${formatPercent(band.from)}`
      : '') +
    '. Periods without data are gaps.';
  return (
    <Card
      as="section"
      titleAs="h3"
      title="Rates over time"
      testId="metrics-chart-card"
    >
      <LineChart
        title={`${name}: rates per ${per}`}
        description={description}
        points={linePoints}
        series={METRIC_SERIES}
        grain={grain === 'WEEK' ? 'week' : 'month'}
        references={references}
        band={band}
        categoryHeader="Period"
        testId="metrics-chart"
      />
    </Card>
  );
}
