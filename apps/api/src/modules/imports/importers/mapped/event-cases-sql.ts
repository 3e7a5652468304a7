import {
  CompiledMapping,
  RequestRow,
  valueKey,
} from '@esm-planner/domain-imports';
import { caseEventsSelect } from './case-events-sql';
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
    // Without a fallback column the id's value is NULL whenever its cell is refused (bad) or missing:
    // its lookup (a binary search in a map of as many keys as cases) is then read once, not three times.
    const idPlan = fields.field('external_id');
    const single = !idPlan.fallback || idPlan.fallback.column === null;
    const idOk = single
      ? null
      : `(NOT (${id.bad}) AND ${id.value} IS NOT NULL)`;
    const eventOk = `(${idOk ? `${idOk} AND ` : ''}${time.ok} AND ${rank.ok}${log.sequence === null ? ` AND ${time.value} IS NOT NULL` : ''})`;
    return [
      `${idOk ? `(CASE WHEN ${idOk} THEN ${id.value} END)` : id.value} AS case_id`,
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
 * The cases of an event log (data-formats §5; the engine's buildCase is the
 * reference, compared in mapped-equivalence tests), in two statements over
 * `events` (the events table, or eventsSelect's SQL inline): `cases`, each
 * case's last event (its line), count, and what its first and run-starting
 * events give — with one row of NULL case_id counting the events SQL could
 * not read (caseEventsSelect) — then `stage`, the requests. A case's
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
  cases: string,
): { cases: string; stage: string } {
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
  const casesSql = caseEventsSelect(events, {
    status: hasStatus,
    first: !openedBound,
    run: hasStatus && !resolvedBound,
  });
  const stageSql = `SELECT p.line, p.case_id AS external_id, ${f.department.value} AS department_id, ${f.requestType.value} AS request_type, ${f.channel.value} AS channel,
           ${opened} AS opened_at, ${f.first.value} AS first_response_at, ${resolved} AS resolved_at, ${resolution} AS resolution,
           ${f.sla.value} AS sla_met, ${reopened} AS reopened, ${f.minutes.value} AS handling_minutes,
           (${[...rowBad, `${opened} IS NULL`, ...derivedBad, `${resolved} < ${opened}`, `${f.first.value} < ${opened}`].join(' OR ')}) AS bad,
           (${naive.join(' OR ')}) AS naive, ${clockCount(clocks, 'SKIPPED')} AS skipped_times, ${clockCount(clocks, 'REPEATED')} AS repeated_times,
           ${f.otherChannel} AS other_channel, p.n AS events
      FROM ${cases} p JOIN ${raw} r ON r.line = p.line AND p.case_id IS NOT NULL ${joins}`;
  return { cases: casesSql, stage: stageSql };
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
