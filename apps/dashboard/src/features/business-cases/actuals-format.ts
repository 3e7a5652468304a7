import type { BadgeTone } from '@esm-planner/dashboard-ui';
import type { ValueRealisationQuery } from '@esm-planner/dashboard-data-access-graphql';
import type { CsvColumn } from '@esm-planner/shared-util-csv';
import { REALISATION_STATUS_LABELS } from '@esm-planner/shared-util-format';
import { formatPercent, NO_VALUE } from '../formatting/format';
import { formatMoney } from './case-format';

export type Realisation = ValueRealisationQuery['valueRealisation'];
export type RealisationMonth = Realisation['months'][number];
export type RealisationDepartment = Realisation['departments'][number];
export type DepartmentMonthRow = RealisationDepartment['months'][number] & {
  department: string;
};

/** A department against its plan, in words (domain §9 statuses). */
export const STATUS_TEXT: Record<string, { label: string; tone: BadgeTone }> = {
  AHEAD: { label: REALISATION_STATUS_LABELS.AHEAD, tone: 'success' },
  ON_TRACK: { label: REALISATION_STATUS_LABELS.ON_TRACK, tone: 'info' },
  BEHIND: { label: REALISATION_STATUS_LABELS.BEHIND, tone: 'danger' },
  NOT_LIVE: { label: REALISATION_STATUS_LABELS.NOT_LIVE, tone: 'neutral' },
};

export function statusText(status: string): { label: string; tone: BadgeTone } {
  return STATUS_TEXT[status] ?? { label: status, tone: 'neutral' };
}

/** Money with a true minus sign, which never breaks from its figure: "−£186,363". */
export function signedMoney(value: number, currency: string): string {
  return formatMoney(value, currency).replace(/^-/, '\u2212');
}

/** The ratio as a percentage; a department not live yet has none. */
export function ratioText(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined
    ? NO_VALUE
    : formatPercent(ratio);
}

/**
 * What a department behind plan must deflect from now on, against its
 * target: "69.8% from now on (target 68.0%)"; above 100 % the plan is out
 * of reach within the horizon. Departments not behind need nothing more.
 */
export function deflectionNeededText(
  status: string,
  needed: number | null | undefined,
  target: number | null | undefined,
): string {
  if (status === 'NOT_LIVE') return NO_VALUE;
  if (status !== 'BEHIND') return 'nothing to recover';
  if (needed === null || needed === undefined)
    return 'no month left to recover in';
  if (needed > 1)
    return `cannot meet its plan within the horizon (would need ${formatPercent(needed)})`;
  const against =
    target === null || target === undefined
      ? ''
      : ` (target ${formatPercent(target)})`;
  return `${formatPercent(needed)} from now on${against}`;
}

/** The programme's months as CSV: raw numbers, empty where a month is not complete. */
export const MONTH_CSV: CsvColumn<RealisationMonth>[] = [
  { header: 'month', value: (m) => m.month },
  { header: 'start_date', value: (m) => m.startDate },
  { header: 'end_date', value: (m) => m.endDate },
  { header: 'complete', value: (m) => (m.complete ? 'yes' : 'no') },
  { header: 'planned_benefit', value: (m) => m.plannedBenefit },
  { header: 'realised_benefit', value: (m) => m.realisedBenefit ?? '' },
  { header: 'cost', value: (m) => m.cost },
  { header: 'forecast_net', value: (m) => m.forecastNet },
  { header: 'forecast_cumulative', value: (m) => m.forecastCumulative },
];

/** The departments as CSV (status as its code, so a spreadsheet can filter it). */
export const DEPARTMENT_CSV: CsvColumn<RealisationDepartment>[] = [
  { header: 'department', value: (d) => d.name },
  { header: 'status', value: (d) => d.status },
  { header: 'realisation_ratio', value: (d) => d.realisationRatio ?? '' },
  { header: 'planned_to_date', value: (d) => d.plannedToDate },
  { header: 'realised_to_date', value: (d) => d.realisedToDate },
  { header: 'deflection_needed', value: (d) => d.deflectionNeeded ?? '' },
];

/** Every department's months as CSV: the actuals behind the figures. */
export const DEPARTMENT_MONTH_CSV: CsvColumn<DepartmentMonthRow>[] = [
  { header: 'department', value: (r) => r.department },
  { header: 'month', value: (r) => r.month },
  { header: 'planned_deflected', value: (r) => r.plannedDeflected },
  { header: 'actual_total', value: (r) => r.actualTotal ?? '' },
  { header: 'actual_deflected', value: (r) => r.actualDeflected ?? '' },
  { header: 'planned_benefit', value: (r) => r.plannedBenefit },
  { header: 'realised_benefit', value: (r) => r.realisedBenefit ?? '' },
];

/** The department-month rows, departments in case order, months in order. */
export function departmentMonthRows(
  departments: readonly RealisationDepartment[],
): DepartmentMonthRow[] {
  return departments.flatMap((d) =>
    d.months.map((m) => ({ ...m, department: d.name })),
  );
}

/**
 * A department behind plan in one sentence, for the top of the page (the
 * table scrolls on a phone): "HR is behind plan at 56.7% of its planned
 * benefit; to meet its plan it would need to deflect 69.0% of its requests
 * in every month from now on (target 68.0%)."
 */
export function behindSentence(
  department: Pick<
    RealisationDepartment,
    'name' | 'realisationRatio' | 'deflectionNeeded'
  >,
  target: number | null | undefined,
): string {
  const head = `${department.name} is behind plan at ${ratioText(department.realisationRatio)} of its planned benefit`;
  const needed = department.deflectionNeeded;
  if (needed === null || needed === undefined)
    return `${head}; no month is left to recover in.`;
  if (needed > 1)
    return `${head}; its plan is out of reach within the horizon (it would need to deflect ${formatPercent(needed)} of its requests).`;
  const against =
    target === null || target === undefined
      ? ''
      : ` (target ${formatPercent(target)})`;
  return `${head}; to meet its plan it would need to deflect ${formatPercent(needed)} of its requests in every month from now on${against}.`;
}
