import { requestTypeKey } from '@esm-planner/domain-audit';
import { departmentNameKey } from '@esm-planner/domain-departments';
import { AuditRow } from './audit-row';
import { channelKey } from './channel-value';
import { ImportError, reportedValue } from './import-error';
import { MetricsRow } from './metrics-row';

type Lined = { line: number };

/**
 * The key under which two audit rows are the same: department and request
 * type trimmed and case-insensitive, and the channel as mapped. Values
 * mapped to OTHER keep their own spelling in the key: "Teams" and "Fax"
 * are two rows of OTHER, not one row twice.
 */
export function auditRowKey(
  row: Pick<
    AuditRow,
    'department' | 'requestType' | 'channel' | 'mappedToOther'
  >,
): string {
  const channel = row.mappedToOther
    ? `OTHER:${channelKey(row.mappedToOther.value)}`
    : row.channel;
  return [
    departmentNameKey(row.department),
    requestTypeKey(row.requestType),
    channel,
  ].join('\u0000');
}

/** Department (trimmed, case-insensitive) and week. */
export function metricsRowKey(
  row: Pick<MetricsRow, 'department' | 'weekStart'>,
): string {
  return `${departmentNameKey(row.department)}\u0000${row.weekStart}`;
}

/**
 * One error for each row whose key an earlier line already had, on the
 * later line and naming the first one. Rows may come in any order.
 */
export function findDuplicates<Row extends Lined>({
  rows,
  keyOf,
  what,
  describe,
}: {
  rows: readonly Row[];
  keyOf: (row: Row) => string;
  /** What makes the rows the same, in words. */
  what: string;
  /** The row's key as the report shows it. */
  describe: (row: Row) => string;
}): ImportError[] {
  const firstLine = new Map<string, number>();
  const errors: ImportError[] = [];
  for (const row of [...rows].sort((a, b) => a.line - b.line)) {
    const key = keyOf(row);
    const first = firstLine.get(key);
    if (first === undefined) {
      firstLine.set(key, row.line);
      continue;
    }
    errors.push({
      line: row.line,
      column: null,
      message: `duplicate of line ${first}: the same ${what}`,
      value: reportedValue(describe(row)),
    });
  }
  return errors;
}

/** Audit rows with the same department, request type and channel. */
export function findDuplicateAuditRows({
  rows,
}: {
  rows: readonly (Parameters<typeof auditRowKey>[0] & Lined)[];
}): ImportError[] {
  return findDuplicates({
    rows,
    keyOf: auditRowKey,
    what: 'department, request type and channel',
    describe: (row) =>
      `${row.department}, ${row.requestType}, ${row.mappedToOther?.value ?? row.channel}`,
  });
}

/** Weekly metrics with the same department and week. */
export function findDuplicateMetricsRows({
  rows,
}: {
  rows: readonly (Parameters<typeof metricsRowKey>[0] & Lined)[];
}): ImportError[] {
  return findDuplicates({
    rows,
    keyOf: metricsRowKey,
    what: 'department and week_start',
    describe: (row) => `${row.department}, ${row.weekStart}`,
  });
}
