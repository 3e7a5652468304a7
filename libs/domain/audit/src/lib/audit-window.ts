import { FieldProblem } from '@esm-planner/shared-util-field-problems';
import { toEpochDay } from '@esm-planner/shared-util-dates';

/** An audit window: both ends are ISO plain dates and both days count. */
export type AuditWindow = { windowStart: string; windowEnd: string };

/** A FieldProblem about one end of the window. */
export type AuditWindowProblem = FieldProblem & {
  field: 'windowStart' | 'windowEnd';
};

/**
 * Every problem with a window, for input validation: an end before its
 * start, or an end that is not an ISO plain date `YYYY-MM-DD`.
 */
export function auditWindowProblems({
  windowStart,
  windowEnd,
}: AuditWindow): AuditWindowProblem[] {
  const start = toEpochDay(windowStart);
  const end = toEpochDay(windowEnd);
  const problems: AuditWindowProblem[] = [];
  if (start === null) {
    problems.push({ field: 'windowStart', message: notADate(windowStart) });
  }
  if (end === null) {
    problems.push({ field: 'windowEnd', message: notADate(windowEnd) });
  }
  if (start !== null && end !== null && end < start) {
    problems.push({
      field: 'windowEnd',
      message: `windowEnd ${windowEnd} is before windowStart ${windowStart}`,
    });
  }
  return problems;
}

function notADate(value: string): string {
  return `${JSON.stringify(value)} is not a date of the form YYYY-MM-DD`;
}

/**
 * The number of calendar days in the window, both ends included (domain §2:
 * days between + 1), so a one-day window is 1. Counted on plain dates, so
 * daylight-saving changes and time zones cannot shift it.
 * @throws RangeError when the window is invalid (see auditWindowProblems).
 */
export function windowDays({ windowStart, windowEnd }: AuditWindow): number {
  const problems = auditWindowProblems({ windowStart, windowEnd });
  if (problems.length > 0) {
    throw new RangeError(problems.map((p) => p.message).join('; '));
  }
  return toEpochDay(windowEnd)! - toEpochDay(windowStart)! + 1;
}
