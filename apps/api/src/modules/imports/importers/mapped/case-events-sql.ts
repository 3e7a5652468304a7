/** Which of a case's events the cases statement needs besides its last. */
export type CaseEventsNeeded = {
  /** The log has a status column: where the resolved events are (reopened, the final run). */
  status: boolean;
  /** opened_at is not bound: the first event's time. */
  first: boolean;
  /** resolved_at is not bound and the log has a status: the time of the final run's first event. */
  run: boolean;
};

const NO_EVENT = (prefix: string) =>
  `NULL::timestamptz AS ${prefix}_time, NULL::boolean AS ${prefix}_blank, NULL::boolean AS ${prefix}_naive, NULL::text AS ${prefix}_clock`;

/** The time columns of the one event of a case where `where` holds, as `prefix`_time, _blank, _naive, _clock. */
function eventAt(prefix: string, where: string): string {
  const at = (name: string, fn: string, column: string) =>
    `${fn}(${column}) FILTER (WHERE ${where}) AS ${prefix}_${name}`;
  return [
    at('time', 'max', 'event_time'),
    at('blank', 'bool_or', 'time_blank'),
    at('naive', 'bool_or', 'time_naive'),
    at('clock', 'max', 'time_clock'),
  ].join(', ');
}

/**
 * One row per case of an event log from `events` (a table or a subquery
 * with eventsSelect's columns), in one sort of the events by case and order
 * (sequence, time with missing first, line) and one window pass: each
 * event's position `k` and its case's count `n` — with a status, the
 * positions of the last unresolved and the first resolved event — then only
 * the last, first and run-starting events (k = n, k = 1, k = last
 * unresolved + 1) are folded into the case's row, in the sort's order. The
 * case's columns: case_id, n, line (of its last event), last_resolved,
 * reopened (a resolved event before an unresolved one), first_* and run_*
 * (time, blank, naive, clock; NULL when not needed). The events SQL could
 * not read (no case id, or a time or sequence refused) form one row of NULL
 * case_id, whose n counts them.
 *
 * Known answer (worked by hand): a case with events at k = 1 Open, 2
 * Resolved, 3 Open, 4 Resolved, 5 Closed (both resolved statuses) has n = 5,
 * line of k = 5, last_open = 3 and first_resolved = 2, so reopened (2 < 3)
 * and the final run starts at k = 3 + 1 = 4: resolved_at is event 4's time.
 */
export function caseEventsSelect(
  events: string,
  needed: CaseEventsNeeded,
): string {
  const positions = needed.status
    ? `max(k) FILTER (WHERE NOT resolved) OVER c AS last_open, min(k) FILTER (WHERE resolved) OVER c AS first_resolved`
    : 'NULL::bigint AS last_open, NULL::bigint AS first_resolved';
  const runStart = 'k = coalesce(last_open, 0) + 1';
  const kept = [
    'case_id IS NULL',
    'k = n',
    needed.first ? 'k = 1' : null,
    needed.run ? runStart : null,
  ].filter((part): part is string => part !== null);
  return `SELECT case_id, max(n)::int AS n, max(line) FILTER (WHERE k = n) AS line, bool_or(resolved) FILTER (WHERE k = n) AS last_resolved,
             coalesce(max(first_resolved) < max(last_open), false) AS reopened,
             ${needed.first ? eventAt('first', 'k = 1') : NO_EVENT('first')},
             ${needed.run ? eventAt('run', runStart) : NO_EVENT('run')}
        FROM (SELECT case_id, line, event_time, time_blank, time_naive, time_clock, resolved, k, n, ${positions}
                FROM (SELECT case_id, line, event_time, time_blank, time_naive, time_clock, resolved,
                             row_number() OVER (PARTITION BY case_id ORDER BY coalesce(rank, -1), event_time NULLS FIRST, line) AS k,
                             count(*) OVER (PARTITION BY case_id) AS n
                        FROM (SELECT CASE WHEN event_ok THEN case_id END AS case_id, line, event_time, time_blank, time_naive, time_clock, resolved, rank
                                FROM ${events}) e) o
              WINDOW c AS (PARTITION BY case_id)) w
       WHERE ${kept.join(' OR ')} GROUP BY case_id`;
}
