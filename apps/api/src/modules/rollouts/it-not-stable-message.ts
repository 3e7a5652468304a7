import type { ItStability } from '@esm-planner/domain-roadmap';

function rate(value: number | null, digits: number): string {
  return value === null ? 'n/a' : value.toFixed(digits);
}

/**
 * The GATE_BLOCKED message for a plan that may not start: the stability
 * figures (mean, standard deviation, the weeks judged) against the
 * organisation's thresholds, then every reason.
 */
export function itNotStableMessage({
  department,
  startDate,
  judgedAt,
  stability,
}: {
  department: string;
  startDate: string;
  judgedAt: string;
  stability: ItStability | null;
}): string {
  if (!stability)
    return `${department} cannot start on ${startDate}: there is no IT department whose stability could be assessed`;
  const { meanDeflection, stdDeflection, weeks, thresholds, reasons } =
    stability;
  const window = `${weeks[0].weekStart} to ${weeks[weeks.length - 1].weekStart}`;
  const weekly = weeks
    .map(
      (week) =>
        `${week.weekStart}: ${week.total} requests, ${week.deflectionRate === null ? 'no rate' : `${(week.deflectionRate * 100).toFixed(1)} %`}`,
    )
    .join('; ');
  return (
    `${department} cannot start on ${startDate}: IT is not stable at ${judgedAt}. ` +
    `Over the weeks of ${window}: mean deflection ${rate(meanDeflection, 3)} (needs ≥ ${thresholds.minMeanDeflection}), ` +
    `standard deviation ${rate(stdDeflection, 3)} (needs ≤ ${thresholds.maxStdDeflection}), ` +
    `at least ${thresholds.minRequestsPerWeek} requests every week [${weekly}]. ` +
    `Reasons: ${reasons.join('; ')}.`
  );
}
