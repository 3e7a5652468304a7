/** How the programme's maturity moved between its last two assessments. */
export type MaturityTrend = 'FIRST' | 'UP' | 'SAME' | 'DOWN';

export type AssessedScore = { stage: number; overallScore: number };

/**
 * The trend of the latest assessment against the one before it: by the
 * overall score (scores carry one decimal, so they are compared at that
 * precision), FIRST when there is no earlier assessment.
 */
export function maturityTrend({
  latest,
  previous,
}: {
  latest: AssessedScore;
  previous: AssessedScore | null;
}): MaturityTrend {
  if (!previous) return 'FIRST';
  const change =
    Math.round(latest.overallScore * 10) -
    Math.round(previous.overallScore * 10);
  if (change > 0) return 'UP';
  return change < 0 ? 'DOWN' : 'SAME';
}
