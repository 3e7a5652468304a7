import type {
  DepartmentStatus,
  ProgrammeOverviewPageQuery,
} from '@esm-planner/dashboard-data-access-graphql';
import type { GanttRow, LegendItem } from '@esm-planner/dashboard-ui-charts';
import { DEPARTMENT_STATUSES } from '@esm-planner/domain-departments';
import { formatMoney, formatPayback } from '../business-cases/case-format';
import { statusLabel } from '../departments/department-labels';
import {
  formatDate,
  formatMonths,
  formatPercent,
  NO_VALUE,
} from '../formatting/format';
import { stageLabel } from '../maturity/maturity-labels';
import { phaseLabel } from '../rollouts/rollout-labels';

export type Overview = ProgrammeOverviewPageQuery['programmeOverview'];
export type OverviewDepartment = Overview['departments'][number];

// Light to dark along the lifecycle; LIVE alone is green, as on the badges.
export const STATUS_COLORS: Readonly<Record<DepartmentStatus, string>> = {
  PLANNED: '#b8c2cf',
  AUDITING: '#9db8ea',
  BUILDING: '#4f7fdc',
  PILOTING: '#e3a15c',
  LIVE: '#4fa57d',
};

export const STATUS_LEGEND: readonly LegendItem[] = DEPARTMENT_STATUSES.map(
  (status) => ({
    key: status,
    label: statusLabel(status),
    color: STATUS_COLORS[status],
    group: 'Status',
  }),
);

/**
 * The timeline: one row per department, grouped by status from LIVE back to
 * PLANNED (roadmap order within a status), a bar over its 90 days in its
 * status colour, go-live on day 61. Scheduled dates are drawn tentative.
 */
export function timelineRows(
  departments: readonly OverviewDepartment[],
): GanttRow[] {
  const rank = (status: DepartmentStatus) =>
    DEPARTMENT_STATUSES.length - DEPARTMENT_STATUSES.indexOf(status);
  return [...departments]
    .sort((a, b) => rank(a.status) - rank(b.status) || a.order - b.order)
    .map((row) => ({
      key: row.department.id,
      label: row.department.name,
      tentative: row.source === 'ROADMAP',
      bars: [
        {
          key: 'plan',
          label: statusLabel(row.status),
          start: row.startDate,
          end: row.endDate,
          color: STATUS_COLORS[row.status],
        },
      ],
      markers: [
        {
          key: 'go-live',
          date: row.goLiveDate,
          kind: 'milestone' as const,
          label: `${row.department.name} goes live on ${formatDate(row.goLiveDate)} (day 61)`,
        },
      ],
      details: [
        { label: 'Status', value: statusLabel(row.status) },
        {
          label: 'Plan',
          value:
            row.source === 'PLAN' ? 'saved plan' : 'scheduled by the roadmap',
        },
        { label: 'Starts', value: formatDate(row.startDate) },
        { label: 'Goes live', value: formatDate(row.goLiveDate) },
        { label: 'Day 90', value: formatDate(row.endDate) },
      ],
    }));
}

/** "2 live · 1 piloting · 2 planned": the statuses that have departments, lifecycle order reversed. */
export function statusSummary(counts: Overview['statusCounts']): string {
  const parts = [...counts]
    .reverse()
    .filter((entry) => entry.count > 0)
    .map(
      (entry) => `${entry.count} ${statusLabel(entry.status).toLowerCase()}`,
    );
  return parts.length === 0 ? 'No departments yet' : parts.join(' · ');
}

/** IT stability in one sentence. */
export function stabilitySentence(stability: Overview['itStability']): string {
  if (!stability.departmentId)
    return 'The organisation has no IT department yet, so nothing is judged.';
  if (stability.stable)
    return `IT met every threshold over its last ${stability.weeks.length} complete weeks: other departments may start.`;
  const from = stability.stableFromNote
    ? ` Projected stable from ${formatDate(stability.stableFrom)}.`
    : '';
  return `Not stable yet.${from}`;
}

/** The organisation's deflection against its benchmark, in words. */
export function deflectionSentence(deflection: Overview['deflection']): string {
  if (
    deflection.deflectionRate === null ||
    deflection.benchmark === null ||
    deflection.gapToBenchmark === null
  ) {
    return `No requests recorded from ${formatDate(deflection.from)} to ${formatDate(deflection.to)}.`;
  }
  const points = Math.abs(deflection.gapToBenchmark * 100).toFixed(1);
  const side = deflection.gapToBenchmark >= 0 ? 'above' : 'below';
  return `${points} points ${side} the benchmark of ${formatPercent(deflection.benchmark)}: each department’s benchmark, weighted by its requests.`;
}

const TREND_TEXT: Readonly<Record<string, string>> = {
  FIRST: 'First assessment',
  UP: 'Up from',
  SAME: 'Same as',
  DOWN: 'Down from',
};

/** "Up from Stage 2 · Repeatable (2.4)", or "First assessment". */
export function maturityTrendText(
  maturity: NonNullable<Overview['maturity']>,
): string {
  const word = TREND_TEXT[maturity.trend] ?? maturity.trend;
  if (
    maturity.trend === 'FIRST' ||
    maturity.previousStage === null ||
    maturity.previousStageName === null ||
    maturity.previousOverallScore === null
  )
    return word;
  return `${word} ${stageLabel(maturity.previousStage, maturity.previousStageName)} (${maturity.previousOverallScore.toFixed(1)})`;
}

/** Forecast against planned payback, in words. */
export function paybackSentence(
  businessCase: NonNullable<Overview['businessCase']>,
): string {
  const {
    plannedPaybackMonths: planned,
    forecastPaybackMonths: forecast,
    completeMonths,
  } = businessCase;
  if (completeMonths === 0)
    return 'No month of the case is complete yet: the forecast is the plan.';
  if (forecast === null)
    return planned === null
      ? 'Neither the plan nor the forecast pays back within the horizon.'
      : 'At the results so far it does not pay back within the horizon.';
  if (planned === null)
    return `The forecast pays back in ${formatPayback(forecast)}, which the plan did not.`;
  const difference = forecast - planned;
  if (Math.abs(difference) < 0.05) return 'The forecast pays back as planned.';
  return `The forecast pays back ${formatMonths(Math.abs(difference))} ${difference > 0 ? 'later' : 'sooner'} than planned.`;
}

/** Value to date against the plan to date: "£12,400 of £15,000 planned". */
export function valueToDateText(
  businessCase: NonNullable<Overview['businessCase']>,
  currency: string,
): string {
  return `${formatMoney(businessCase.realisedToDate, currency)} of ${formatMoney(businessCase.plannedToDate, currency)} planned`;
}

/** What a department behind plan needs from now on. */
export function neededText(needed: number | null): string {
  if (needed === null) return 'no month left to recover in';
  if (needed > 1)
    return `cannot recover within the horizon (would need ${formatPercent(needed)})`;
  return `needs ${formatPercent(needed)} deflection from now on`;
}

/** "Gate into Pilot and measure". */
export function gateTitle(gate: Overview['nextGates'][number]): string {
  return `Gate into ${phaseLabel(gate.nextPhase).toLowerCase()}`;
}

/** A percentage or the dash, for figures that may be missing. */
export function percentOrDash(value: number | null | undefined): string {
  return value === null || value === undefined
    ? NO_VALUE
    : formatPercent(value);
}
