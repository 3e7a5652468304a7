import type {
  MaturityDimension,
  MaturityPageQuery,
} from '@esm-planner/dashboard-data-access-graphql';
import type {
  LinePoint,
  RadarAxis,
  RadarSeries,
} from '@esm-planner/dashboard-ui-charts';
import { MATURITY_DIMENSION_LABELS } from '@esm-planner/shared-util-format';
import {
  formatCount,
  formatDate,
  formatDecimal,
  formatPercent,
} from '../formatting/format';

export type Assessment = MaturityPageQuery['maturityHistory'][number];
export type Signal =
  MaturityPageQuery['maturityEvidence'][number]['signals'][number];

// The shared dictionary, checked against the API's enum.
const DIMENSION_LABELS: Readonly<Record<MaturityDimension, string>> =
  MATURITY_DIMENSION_LABELS;

export function dimensionLabel(dimension: MaturityDimension): string {
  return DIMENSION_LABELS[dimension];
}

/** "Stage 3 · Defined" from the API's stage and name. */
export function stageLabel(stage: number, name: string): string {
  return `Stage ${stage} · ${name.charAt(0)}${name.slice(1).toLowerCase()}`;
}

/** A signal's value as it reads: 80.0%, 12, yes / no, 0.85 × benchmark; "no data" when null. */
export function signalValue(signal: Pick<Signal, 'value' | 'unit'>): string {
  if (signal.value === null || signal.value === undefined) return 'no data';
  switch (signal.unit) {
    case 'YES_NO':
      return signal.value >= 1 ? 'yes' : 'no';
    case 'COUNT':
      return formatCount(signal.value);
    case 'RATIO':
      return `${formatDecimal(signal.value * 100)}% of the benchmark`;
    default:
      return formatPercent(signal.value);
  }
}

/** The radar's axes in the API's dimension order. */
export function radarAxes(assessment: Assessment): RadarAxis[] {
  return assessment.dimensions.map(({ dimension }) => ({
    key: dimension,
    label: dimensionLabel(dimension),
  }));
}

/** The latest assessment, with the one before it overlaid (dashed) when there is one. */
export function radarSeries(
  history: readonly Assessment[],
  colors: { latest: string; previous: string },
): RadarSeries[] {
  const latest = history.at(-1);
  const previous = history.length > 1 ? history.at(-2) : undefined;
  const values = (assessment: Assessment) =>
    Object.fromEntries(
      assessment.dimensions.map(({ dimension, score }) => [dimension, score]),
    );
  return [
    ...(latest
      ? [
          {
            key: 'latest',
            label: `Latest (${formatDate(latest.assessedAt)})`,
            color: colors.latest,
            values: values(latest),
          },
        ]
      : []),
    ...(previous
      ? [
          {
            key: 'previous',
            label: `Previous (${formatDate(previous.assessedAt)})`,
            color: colors.previous,
            values: values(previous),
            dashed: true,
          },
        ]
      : []),
  ];
}

/** One point per assessment for the trend line: overall score and stage. */
export function trendPoints(history: readonly Assessment[]): LinePoint[] {
  return history.map((assessment) => ({
    key: assessment.id,
    date: assessment.assessedAt.slice(0, 10),
    label: formatDate(assessment.assessedAt),
    values: { overall: assessment.overallScore, stage: assessment.stage },
  }));
}
