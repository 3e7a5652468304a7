import { Badge, Card } from '@esm-planner/dashboard-ui';
import {
  CHART_COLORS,
  LineChart,
  RadarChart,
} from '@esm-planner/dashboard-ui-charts';
import { formatDate, formatDecimal } from '../formatting/format';
import {
  type Assessment,
  dimensionLabel,
  radarAxes,
  radarSeries,
  stageLabel,
  trendPoints,
} from './maturity-labels';

export type MaturityOverviewProps = {
  /** Oldest first, as maturityHistory answers; never empty here. */
  history: readonly Assessment[];
  scopeName: string;
};

const SCORE_DOMAIN = [1, 5] as const;
const formatScore = (value: number) => formatDecimal(value);
const formatScoreTick = (value: number) => String(value);

/** Stage, radar (latest over previous), next steps and the trend of the assessments. */
export function MaturityOverview({
  history,
  scopeName,
}: MaturityOverviewProps) {
  const latest = history[history.length - 1];
  const series = radarSeries(history, {
    latest: CHART_COLORS.bar,
    previous: CHART_COLORS.line,
  });
  return (
    <div className="maturity-grid">
      <Card
        as="section"
        title="Stage"
        testId="maturity-stage"
        aside={
          <Badge tone="accent">{formatDecimal(latest.overallScore)} of 5</Badge>
        }
      >
        <p className="maturity-stage__number">
          {stageLabel(latest.stage, latest.stageName)}
        </p>
        <p className="maturity-stage__description">{latest.stageDescription}</p>
        <p className="muted">
          Assessed {formatDate(latest.assessedAt)}. The stage is the overall
          score rounded down, but at most one above the weakest dimension.
        </p>
      </Card>
      <Card as="section" title="Dimensions" testId="maturity-radar">
        <RadarChart
          title={`Maturity of ${scopeName} by dimension`}
          description={`Scores 1 to 5 for the six dimensions${series.length > 1 ? ', the previous assessment dashed' : ''}.`}
          axes={radarAxes(latest)}
          series={series}
          maxValue={5}
          categoryHeader="Dimension"
          formatValue={formatScore}
        />
      </Card>
      <Card as="section" title="Next steps" testId="maturity-next-steps">
        <ol className="maturity-steps">
          {latest.nextSteps.map((step) => (
            <li key={step.questionId}>
              <strong>{dimensionLabel(step.dimension)}</strong> (answered{' '}
              {step.score}): {step.text}
            </li>
          ))}
        </ol>
      </Card>
      <Card as="section" title="Trend" testId="maturity-trend">
        <LineChart
          title={`Overall maturity of ${scopeName} over time`}
          description="The overall score and the stage of each assessment, oldest first."
          points={trendPoints(history)}
          series={[
            {
              key: 'overall',
              label: 'Overall score',
              color: CHART_COLORS.bar,
              shape: 'circle',
            },
            {
              key: 'stage',
              label: 'Stage',
              color: CHART_COLORS.lineAlt,
              shape: 'square',
            },
          ]}
          grain="month"
          yDomain={SCORE_DOMAIN}
          formatTick={formatScoreTick}
          formatValue={formatScore}
          categoryHeader="Assessed"
        />
      </Card>
    </div>
  );
}
