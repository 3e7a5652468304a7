import { Card, StatGrid } from '@esm-planner/dashboard-ui';
import {
  baselineStats,
  windowLine,
  type BaselineFigures,
} from './baseline-stats';

export type BaselineSummaryCardProps = {
  /** The card title's level in the page outline. */
  titleAs?: 'h2' | 'h3';
  title: string;
  /** The sentence in the department's words (see baselineSummary). */
  sentence: string;
  baseline: BaselineFigures;
  vocabulary: string;
  testId?: string;
};

/** The baseline in one sentence, its window, and the key figures as tiles. */
export function BaselineSummaryCard({
  titleAs = 'h3',
  title,
  sentence,
  baseline,
  vocabulary,
  testId,
}: BaselineSummaryCardProps) {
  return (
    <Card as="section" title={title} titleAs={titleAs} testId={testId}>
      <div className="baseline-summary">
        <p
          className="baseline-summary__sentence"
          data-testid="baseline-sentence"
        >
          {sentence}
        </p>
        <p className="muted baseline-summary__window">{windowLine(baseline)}</p>
        <StatGrid
          items={baselineStats(baseline, vocabulary).map((stat) => ({
            label: stat.label,
            value: stat.value,
            hint: stat.hint,
            testId: `stat-${stat.key}`,
          }))}
        />
      </div>
    </Card>
  );
}
