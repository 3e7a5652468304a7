import { MAX_DEPARTMENT_NAME_LENGTH } from '@esm-planner/domain-departments';
import { RowResult } from './audit-row';
import {
  CellResult,
  parseCount,
  parseMonday,
  parseOptionalCount,
  parseOptionalDecimal,
  requiredText,
} from './cell-values';
import { ColumnIndexes, columnRefs, ColumnSpec } from './header';
import { ImportError } from './import-error';
import {
  ColumnRef,
  RecordInput,
  recordWidthError,
  rowReader,
} from './row-reader';

/** Format 3 (data-formats §3): weekly metrics. */
export const METRICS_COLUMNS = [
  { field: 'department', name: 'department', required: true },
  { field: 'weekStart', name: 'week_start', required: true },
  { field: 'total', name: 'total', required: true },
  { field: 'deflected', name: 'deflected', required: true },
  { field: 'noTouch', name: 'no_touch', required: false },
  { field: 'resolved', name: 'resolved', required: false },
  { field: 'slaMet', name: 'sla_met', required: false },
  { field: 'slaTracked', name: 'sla_tracked', required: false },
  {
    field: 'meanResolutionHours',
    name: 'mean_resolution_hours',
    required: false,
  },
] as const satisfies readonly ColumnSpec[];

export type MetricsColumns = ColumnIndexes<typeof METRICS_COLUMNS>;

/** One valid week of one department; optional counts are null when not given. */
export type MetricsRow = {
  department: string;
  /** The Monday the week starts on, ISO `YYYY-MM-DD`. */
  weekStart: string;
  total: number;
  deflected: number;
  noTouch: number | null;
  resolved: number | null;
  slaMet: number | null;
  slaTracked: number | null;
  meanResolutionHours: number | null;
};

type MetricsField = (typeof METRICS_COLUMNS)[number]['field'];
type ReadRow = { [F in keyof MetricsRow]: MetricsRow[F] | undefined };
type Fail = (column: ColumnRef, message: string, raw?: string) => void;

// [field, its upper bound]: data-formats §3.
const NESTING = [
  ['noTouch', 'deflected'],
  ['deflected', 'total'],
  ['resolved', 'total'],
  ['slaMet', 'slaTracked'],
] as const satisfies readonly (readonly [MetricsField, MetricsField])[];

/**
 * Reads one record of a weekly-metrics file (rules in
 * docs/domain/imports.md). Besides each cell, the counts must nest:
 * no_touch ≤ deflected ≤ total, resolved ≤ total, sla_met ≤ sla_tracked,
 * and sla_met and sla_tracked come together. Each error names the column
 * of the value that breaks the rule.
 */
export function parseMetricsRow({
  columns,
  readWeekStart = parseMonday,
  ...input
}: RecordInput & {
  columns: MetricsColumns;
  /** Replaces the reading of week_start (a column mapping's date format). */
  readWeekStart?: (text: string) => CellResult<string>;
}): RowResult<MetricsRow> {
  const widthError = recordWidthError(input);
  if (widthError) return { ok: false, errors: [widthError] };
  const at = columnRefs(METRICS_COLUMNS, columns);
  const { errors, read, fail } = rowReader(input);
  const row: ReadRow = {
    department: read(
      at.department,
      requiredText({ maxLength: MAX_DEPARTMENT_NAME_LENGTH }),
    ),
    weekStart: read(at.weekStart, readWeekStart),
    total: read(at.total, parseCount),
    deflected: read(at.deflected, parseCount),
    noTouch: read(at.noTouch, parseOptionalCount),
    resolved: read(at.resolved, parseOptionalCount),
    slaMet: read(at.slaMet, parseOptionalCount),
    slaTracked: read(at.slaTracked, parseOptionalCount),
    meanResolutionHours: read(at.meanResolutionHours, parseOptionalDecimal),
  };
  checkNesting(row, at, fail);
  checkSlaPair(row, at, fail);
  if (errors.length > 0) return { ok: false, errors: inColumnOrder(errors) };
  return { ok: true, row: row as MetricsRow };
}

function checkNesting(
  row: ReadRow,
  at: Record<MetricsField, ColumnRef>,
  fail: Fail,
): void {
  for (const [field, bound] of NESTING) {
    const value = row[field];
    const limit = row[bound];
    // Compare only two values that were read; a bad cell is reported once.
    if (
      typeof value === 'number' &&
      typeof limit === 'number' &&
      value > limit
    ) {
      fail(
        at[field],
        `(${value}) must not exceed ${at[bound].name} (${limit})`,
        String(value),
      );
    }
  }
}

// A verdict count needs its denominator, and the other way round.
function checkSlaPair(
  row: ReadRow,
  at: Record<MetricsField, ColumnRef>,
  fail: Fail,
): void {
  const { slaMet, slaTracked } = row;
  if (slaMet === undefined || slaTracked === undefined) return;
  if (slaMet !== null && slaTracked === null) {
    fail(at.slaMet, 'needs sla_tracked: give both or neither', String(slaMet));
  }
  if (slaTracked !== null && slaMet === null) {
    fail(
      at.slaTracked,
      'needs sla_met: give both or neither',
      String(slaTracked),
    );
  }
}

// The nesting rules are checked after the cells; a report reads best left
// to right. The sort is stable, so a column's own errors keep their order.
function inColumnOrder(errors: ImportError[]): ImportError[] {
  return [...errors].sort((a, b) => (a.column ?? 0) - (b.column ?? 0));
}
