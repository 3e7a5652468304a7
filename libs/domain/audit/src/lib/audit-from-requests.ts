import { FieldProblem } from '@esm-planner/shared-util-field-problems';
import { auditWindowProblems, AuditWindow } from './audit-window';
import { formatEpochDay, toEpochDay } from '@esm-planner/shared-util-dates';

/**
 * Where an audit's rows came from: an audit file or typed rows (AUDIT), or
 * the organisation's request records opened in the window (REQUESTS,
 * `createAuditFromRequests`, domain §2).
 */
export const BASELINE_SOURCES = ['AUDIT', 'REQUESTS'] as const;
export type BaselineSource = (typeof BASELINE_SOURCES)[number];

export function isBaselineSource(value: string): value is BaselineSource {
  return (BASELINE_SOURCES as readonly string[]).includes(value);
}

/** How many departments one `createAuditFromRequests` may build (one transaction). */
export const MAX_AUDIT_FROM_REQUESTS_DEPARTMENTS = 100;

export type AuditFromRequestsInput = AuditWindow & {
  departmentIds: readonly string[];
};

/** A FieldProblem about the window or the list of departments. */
export type AuditFromRequestsProblem = FieldProblem & {
  field: 'windowStart' | 'windowEnd' | 'departmentIds';
};

/**
 * Every problem with a request to derive audits from request records: the
 * window (as for any audit) and the list of departments (at least one, at
 * most MAX_AUDIT_FROM_REQUESTS_DEPARTMENTS; a department named twice counts once).
 */
export function auditFromRequestsProblems({
  windowStart,
  windowEnd,
  departmentIds,
}: AuditFromRequestsInput): AuditFromRequestsProblem[] {
  const problems: AuditFromRequestsProblem[] = auditWindowProblems({
    windowStart,
    windowEnd,
  });
  const distinct = new Set(departmentIds).size;
  if (distinct === 0)
    problems.push({
      field: 'departmentIds',
      message: 'name at least one department',
    });
  if (distinct > MAX_AUDIT_FROM_REQUESTS_DEPARTMENTS) {
    problems.push({
      field: 'departmentIds',
      message: `at most ${MAX_AUDIT_FROM_REQUESTS_DEPARTMENTS} departments at once, got ${distinct}`,
    });
  }
  return problems;
}

/**
 * The problem when some departments have no request record opened in the
 * window: an empty audit would replace a real one with zeros, so the
 * request stores nothing and names them (docs/domain/audit.md).
 */
export function departmentsWithoutRecordsProblem({
  names,
  windowStart,
  windowEnd,
}: AuditWindow & { names: readonly string[] }): AuditFromRequestsProblem {
  const list =
    names.length === 1
      ? names[0]
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return {
    field: 'departmentIds',
    message: `no request records opened from ${windowStart} to ${windowEnd} (local dates) for ${list}: import them first, or choose another window`,
  };
}

/**
 * The last `weeks` complete Monday-to-Sunday weeks before `today` (an ISO
 * plain date in the organisation's time zone): what "Build baseline from
 * request records" offers first. On a Monday the week that ended yesterday
 * is the last complete one.
 * @throws RangeError when today is not a plain date or weeks is not a positive integer.
 */
export function lastCompleteWeeks({
  today,
  weeks = 2,
}: {
  today: string;
  weeks?: number;
}): AuditWindow {
  const day = toEpochDay(today);
  if (day === null)
    throw new RangeError(
      `today must be a date YYYY-MM-DD, got ${JSON.stringify(today)}`,
    );
  if (!Number.isSafeInteger(weeks) || weeks < 1)
    throw new RangeError(`weeks must be a positive integer, got ${weeks}`);
  // 1970-01-01 (epoch day 0) was a Thursday: Monday-based index 3.
  const mondayIndex = (((day + 3) % 7) + 7) % 7;
  const thisMonday = day - mondayIndex;
  return {
    windowStart: formatEpochDay(thisMonday - 7 * weeks),
    windowEnd: formatEpochDay(thisMonday - 1),
  };
}
