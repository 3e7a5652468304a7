import {
  CompiledMapping,
  RequestRow,
  valueKey,
} from '@esm-planner/domain-imports';
import { eventTimeSql } from './event-time-sql';
import {
  clockCount,
  RequestFieldsSql,
  resolutionSql,
  ruleCaseSql,
} from './mapped-stage-sql';
import { RequestFieldSql } from './request-field-sql';

const SEQUENCE = /^\d{1,15}$/;

/**
 * The events table of an event log: one row per source row (data-formats
 * §5, the engine's readEvent) with what orders and groups the events — its
 * case id (through the engine's function, so that cases group exactly as the
 * engine groups them), its time (the mapping's formats; missing only when a
 * sequence orders the events), its sequence number — and whether its status
 * is a resolved one. The request fields are read later, for each case's last
 * event only (casesSelect).
 */
export function eventsSelect(
  fields: RequestFieldSql,
  mapping: CompiledMapping<RequestRow>,
  raw: string,
  blank: string,
): { sql: string; joins: string } {
  const log = mapping.eventLog!;
  const { plan } = mapping;
  const { value: columns, joins } = fields.collect(() => {
    const id = fields.value('external_id');
    const time = eventTimeSql(fields, mapping);
    const rank = { value: 'NULL::bigint', ok: 'true' };
    const sequence = log.sequence?.column;
    if (sequence !== null && sequence !== undefined) {
      const lookup = fields.lookup(sequence);
      const name = lookup.add({
        name: 'e_rank',
        type: 'bigint',
        compute: (raw) =>
          plan.isMissing(raw)
            ? { ok: true, value: null }
            : SEQUENCE.test(raw.trim())
              ? { ok: true, value: String(Number(raw.trim())) }
              : { ok: false },
      });
      Object.assign(rank, {
        value: lookup.value(name, sequence),
        ok: lookup.ok(name, sequence),
      });
    }
    let resolved = 'false';
    const status = log.status;
    if (status !== null && status.column !== null) {
      const lookup = fields.lookup(status.column);
      const name = lookup.add({
        name: 'e_resolved',
        type: 'boolean',
        compute: (raw) => ({
          ok: true,
          value: String(
            !plan.isMissing(raw) && status.resolved.has(valueKey(raw)),
          ),
        }),
      });
      resolved = `coalesce(${lookup.value(name, status.column)}, false)`;
    }
    const idOk = `(NOT (${id.bad}) AND ${id.value} IS NOT NULL)`;
    const eventOk = `(${idOk} AND ${time.ok} AND ${rank.ok}${log.sequence === null ? ` AND ${time.value} IS NOT NULL` : ''})`;
    return [
      `(CASE WHEN ${idOk} THEN ${id.value} END) AS case_id`,
      `${eventOk} AS event_ok`,
      `${time.value} AS event_time`,
      `${time.blank} AS time_blank`,
      `${time.naive} AS time_naive`,
      `${time.clock} AS time_clock`,
      `${rank.value} AS rank`,
      `${resolved} AS resolved`,
    ];
  });
  return {
    sql: `SELECT r.line, ${columns.join(', ')} FROM ${raw} r ${joins} WHERE NOT (${blank})`,
    joins,
  };
}

const bound = (mapping: CompiledMapping<RequestRow>, name: string) =>
  mapping.plan.fields.find((field) => field.field.name === name)!.source !==
  'NONE';

/**
 * The cases of an event log, in one statement (data-formats §5; the engine's
 * buildCase is the reference, compared in mapped-equivalence tests): a case's
 * readable events ordered by sequence, time (missing first), line; every
 * field from the last event — read from the raw table for that event only;
 * opened_at (unless bound) the first event's time; resolved_at (unless
 * bound), when the last event's status is resolved, the time of the first
 * event of the final run of resolved events; reopened (unless bound) when
 * an unresolved event follows a resolved one; resolution (unless bound or
 * ruled) AGENT when resolved, else UNRESOLVED. An event SQL cannot read is
 * left out (the re-read decides: an invalid row, or an event after all,
 * whose case is then built again in JavaScript); a case is bad when its last
 * event's fields, or what is derived, cannot be read.
 */
export function casesSelect(
  mapping: CompiledMapping<RequestRow>,
  fields: RequestFieldSql,
  render: () => RequestFieldsSql,
  events: string,
  raw: string,
): string {
  const hasStatus = mapping.eventLog!.status !== null;
  const openedBound = bound(mapping, 'opened_at');
  const resolvedBound = bound(mapping, 'resolved_at');
  const { value: parts, joins } = fields.collect(() => {
    const f = render();
    return { f, ruleCase: ruleCaseSql(fields, mapping) };
  });
  const { f, ruleCase } = parts;
  const opened = openedBound ? f.opened.value : 'p.first_time';
  const resolved = resolvedBound
    ? f.resolved.value
    : hasStatus
      ? '(CASE WHEN p.last_resolved THEN p.run_time END)'
      : 'NULL::timestamptz';
  const reopened = bound(mapping, 'reopened')
    ? f.reopened.value
    : hasStatus
      ? 'p.reopened'
      : 'NULL::boolean';
  const resolution = bound(mapping, 'resolution')
    ? f.resolution.value
    : mapping.plan.resolutionRule
      ? resolutionSql(fields, mapping, `${resolved} IS NOT NULL`, ruleCase)
          .value
      : `(CASE WHEN ${resolved} IS NULL THEN 'UNRESOLVED' ELSE 'AGENT' END)`;
  const { rowBad, derivedBad, naive, clocks } = caseFlags(f, {
    openedBound,
    resolvedBound,
    hasStatus,
  });
  return `WITH e AS (
      SELECT *, row_number() OVER (PARTITION BY case_id ORDER BY coalesce(rank, -1), event_time NULLS FIRST, line) AS k FROM ${events} WHERE case_id IS NOT NULL AND event_ok),
    c AS (
      SELECT case_id, count(*)::int AS n, max(k) FILTER (WHERE NOT resolved) AS last_open, min(k) FILTER (WHERE resolved) AS first_resolved
        FROM e GROUP BY case_id),
    p AS (
      SELECT c.case_id, c.n, l.line, l.resolved AS last_resolved, coalesce(c.first_resolved < c.last_open, false) AS reopened,
             f.event_time AS first_time, f.time_blank AS first_blank, f.time_naive AS first_naive, f.time_clock AS first_clock,
             s.event_time AS run_time, s.time_blank AS run_blank, s.time_naive AS run_naive, s.time_clock AS run_clock
        FROM c JOIN e l ON l.case_id = c.case_id AND l.k = c.n
        ${openedBound ? 'LEFT JOIN e f ON false' : 'LEFT JOIN e f ON f.case_id = c.case_id AND f.k = 1'}
        ${resolvedBound || !hasStatus ? 'LEFT JOIN e s ON false' : 'LEFT JOIN e s ON s.case_id = c.case_id AND s.k = coalesce(c.last_open, 0) + 1'})
    SELECT p.line, p.case_id AS external_id, ${f.department.value} AS department_id, ${f.requestType.value} AS request_type, ${f.channel.value} AS channel,
           ${opened} AS opened_at, ${f.first.value} AS first_response_at, ${resolved} AS resolved_at, ${resolution} AS resolution,
           ${f.sla.value} AS sla_met, ${reopened} AS reopened, ${f.minutes.value} AS handling_minutes,
           (${[...rowBad, `${opened} IS NULL`, ...derivedBad, `${resolved} < ${opened}`, `${f.first.value} < ${opened}`].join(' OR ')}) AS bad,
           (${naive.join(' OR ')}) AS naive, ${clockCount(clocks, 'SKIPPED')} AS skipped_times, ${clockCount(clocks, 'REPEATED')} AS repeated_times,
           ${f.otherChannel} AS other_channel, p.n AS events
      FROM p JOIN ${raw} r ON r.line = p.line ${joins}`;
}

/** The case's SQL flags: what makes it bad, and its naive and clock-changed times. */
type CaseFlags = {
  rowBad: string[];
  derivedBad: string[];
  naive: string[];
  clocks: string[];
};

/**
 * What casesSelect flags on a case: the last event's fields that cannot be
 * read, derived times that cannot be, and which of its times were naive or
 * fell in a clock change. A bound field is the last event's own; else it is
 * derived from the events (p).
 */
function caseFlags(
  f: RequestFieldsSql,
  {
    openedBound,
    resolvedBound,
    hasStatus,
  }: { openedBound: boolean; resolvedBound: boolean; hasStatus: boolean },
): CaseFlags {
  // The last event's own fields; a derived time taken from an event whose time is missing but not blank (`?`) is unreadable for the engine.
  const rowBad = [
    f.department,
    f.requestType,
    f.channel,
    f.opened,
    f.first,
    f.resolved,
    f.resolution,
    f.sla,
    f.reopened,
    f.minutes,
  ]
    .filter((x, i) => !(i === 3 && !openedBound))
    .map((x) => x.bad)
    .concat(
      [f.department, f.requestType, f.channel].map((x) => `${x.value} IS NULL`),
    );
  const derivedBad = [
    openedBound ? null : '(p.first_time IS NULL AND NOT p.first_blank)',
    resolvedBound || !hasStatus
      ? null
      : '(p.last_resolved AND p.run_time IS NULL AND NOT p.run_blank)',
  ].filter((part): part is string => part !== null);
  const naive = [
    openedBound ? f.opened.naive : 'p.first_naive',
    f.first.naive,
    resolvedBound
      ? f.resolved.naive
      : hasStatus
        ? '(p.last_resolved AND p.run_naive)'
        : 'false',
  ];
  const clocks = [
    openedBound ? f.opened.clock : 'p.first_clock',
    f.first.clock,
    resolvedBound
      ? f.resolved.clock
      : hasStatus
        ? '(CASE WHEN p.last_resolved THEN p.run_clock END)'
        : 'NULL::text',
  ];
  return { rowBad, derivedBad, naive, clocks };
}
