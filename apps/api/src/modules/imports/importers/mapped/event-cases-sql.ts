import { CompiledMapping, MAX_CELL_LENGTH, RequestRow, valueKey } from '@esm-planner/domain-imports';
import { CellOutput } from './cell-lookups';
import { clockCount, RequestFieldsSql, resolutionSql, ruleCaseSql } from './mapped-stage-sql';
import { RequestFieldSql } from './request-field-sql';

const SEQUENCE = /^\d{1,15}$/;

/**
 * The events table of an event log: one row per source row (data-formats
 * §5, the engine's readEvent) with its case id — through the engine's
 * function, so that cases group exactly as the engine groups them — its time
 * (the mapping's formats; missing only when a sequence orders the events),
 * sequence number, whether its status is a resolved one, and every request
 * field as that row says it (the case takes its last event's).
 */
export function eventsSelect(fields: RequestFieldSql, mapping: CompiledMapping<RequestRow>, f: RequestFieldsSql, raw: string, blank: string): string {
  const log = mapping.eventLog!;
  const { plan } = mapping;
  const time = { value: 'NULL::timestamptz', ok: 'true', blank: 'true', naive: 'false', clock: 'NULL::text' };
  const inSql = log.eventTime.column === null ? null : fields.sqlTimestamp(log.eventTime.column);
  if (inSql) {
    const cell = `r.c${log.eventTime.column! + 1}`;
    Object.assign(time, {
      value: inSql.at,
      ok: `(NOT ${inSql.unsure} AND (${inSql.miss} OR ${inSql.at} IS NOT NULL))`,
      blank: `(${cell} IS NULL OR ${cell} = '')`,
      naive: `coalesce(${inSql.at} IS NOT NULL AND ${inSql.naive}, false)`,
      clock: 'NULL::text',
    });
  } else if (log.eventTime.column !== null) {
    const column = log.eventTime.column;
    const lookup = fields.timestamps;
    // The functions of one cell run in turn: read it once.
    let last: { raw: string; read: ReturnType<typeof plan.dates.readInstant> | null | 'TOO_LONG' } | null = null;
    const read = (raw: string) => {
      if (last?.raw !== raw) last = { raw, read: raw.length > MAX_CELL_LENGTH ? 'TOO_LONG' : plan.isMissing(raw) ? null : plan.dates.readInstant(raw) };
      return last.read;
    };
    const fn = (name: string, type: 'timestamptz' | 'boolean' | 'text', compute: (raw: string) => CellOutput) => lookup.add({ name, type, compute });
    const at = fn('e_time', 'timestamptz', (raw) => {
      const r = read(raw);
      if (r === null) return { ok: true, value: null };
      return r !== 'TOO_LONG' && r.ok ? { ok: true, value: new Date(r.value.epochMs).toISOString() } : { ok: false };
    });
    const naive = fn('e_naive', 'boolean', (raw) => {
      const r = read(raw);
      return { ok: true, value: String(r !== null && r !== 'TOO_LONG' && r.ok && !r.value.hadOffset) };
    });
    const clock = fn('e_clock', 'text', (raw) => {
      const r = read(raw);
      return { ok: true, value: r !== null && r !== 'TOO_LONG' && r.ok && r.value.localTime !== 'EXACT' ? r.value.localTime : null };
    });
    const blankTime = fn('e_blank', 'boolean', (raw) => ({ ok: true, value: String(raw.trim() === '') }));
    Object.assign(time, {
      value: lookup.value(at, column),
      ok: lookup.ok(at, column),
      blank: `coalesce(${lookup.value(blankTime, column)}, true)`,
      naive: `coalesce(${lookup.value(naive, column)}, false)`,
      clock: lookup.value(clock, column),
    });
  }
  const rank = { value: 'NULL::bigint', ok: 'true' };
  const sequence = log.sequence?.column;
  if (sequence !== null && sequence !== undefined) {
    const lookup = fields.lookup(sequence);
    const name = lookup.add({
      name: 'e_rank',
      type: 'bigint',
      compute: (raw) => (plan.isMissing(raw) ? { ok: true, value: null } : SEQUENCE.test(raw.trim()) ? { ok: true, value: String(Number(raw.trim())) } : { ok: false }),
    });
    Object.assign(rank, { value: lookup.value(name, sequence), ok: lookup.ok(name, sequence) });
  }
  let resolved = 'false';
  const status = log.status;
  if (status !== null && status.column !== null) {
    const lookup = fields.lookup(status.column);
    const name = lookup.add({ name: 'e_resolved', type: 'boolean', compute: (raw) => ({ ok: true, value: String(!plan.isMissing(raw) && status.resolved.has(valueKey(raw))) }) });
    resolved = `coalesce(${lookup.value(name, status.column)}, false)`;
  }
  const idOk = `(NOT (${f.id.bad}) AND ${f.id.value} IS NOT NULL)`;
  const eventOk = `(${idOk} AND ${time.ok} AND ${rank.ok}${log.sequence === null ? ` AND ${time.value} IS NOT NULL` : ''})`;
  // The last event's own fields (derived ones are checked per case).
  const rowBad = [f.department, f.requestType, f.channel, f.opened, f.first, f.resolved, f.resolution, f.sla, f.reopened, f.minutes]
    .map((x) => x.bad)
    .concat([f.department, f.requestType, f.channel].map((x) => `${x.value} IS NULL`));
  return `SELECT r.line, (CASE WHEN ${idOk} THEN ${f.id.value} END) AS case_id, ${eventOk} AS event_ok,
      ${time.value} AS event_time, ${time.blank} AS time_blank, ${time.naive} AS time_naive, ${time.clock} AS time_clock,
      ${rank.value} AS rank, ${resolved} AS resolved, ${ruleCaseSql(fields, mapping)} AS rule_case,
      ${f.department.value} AS department_id, ${f.requestType.value} AS request_type, ${f.channel.value} AS channel,
      ${f.opened.value} AS opened_at, ${f.first.value} AS first_response_at, ${f.resolved.value} AS resolved_at, ${f.resolution.value} AS resolution,
      ${f.sla.value} AS sla_met, ${f.reopened.value} AS reopened, ${f.minutes.value} AS handling_minutes,
      (${rowBad.join(' OR ')}) AS row_bad, ${f.otherChannel} AS other_channel,
      ${f.opened.naive} AS naive_opened, ${f.first.naive} AS naive_first, ${f.resolved.naive} AS naive_resolved,
      ${f.opened.clock} AS clock_opened, ${f.first.clock} AS clock_first, ${f.resolved.clock} AS clock_resolved
    FROM ${raw} r ${fields.joins()} WHERE NOT (${blank})`;
}

const bound = (mapping: CompiledMapping<RequestRow>, name: string) => mapping.plan.fields.find((f) => f.field.name === name)!.source !== 'NONE';

/**
 * The cases of an event log from its events table, in one statement
 * (data-formats §5; the engine's buildCase is the reference, compared in
 * mapped-import-equivalence tests): a case's events ordered by sequence,
 * time (missing first), line; every field from the last event; opened_at
 * (unless bound) the first event's time; resolved_at (unless bound), when
 * the last event's status is resolved, the time of the first event of the
 * final run of resolved events; reopened (unless bound) when an unresolved
 * event follows a resolved one; resolution (unless bound or ruled) AGENT
 * when resolved, else UNRESOLVED. An event SQL cannot read is left out (the
 * re-read decides: an invalid row, or an event after all, whose case is then
 * built again in JavaScript); a case is bad when its last event's fields,
 * or what is derived, cannot be read.
 */
export function casesSelect(mapping: CompiledMapping<RequestRow>, fields: RequestFieldSql, events: string): string {
  const hasStatus = mapping.eventLog!.status !== null;
  const openedBound = bound(mapping, 'opened_at');
  const resolvedBound = bound(mapping, 'resolved_at');
  const opened = openedBound ? 'l.opened_at' : 'f.event_time';
  const resolved = resolvedBound ? 'l.resolved_at' : hasStatus ? '(CASE WHEN l.resolved THEN s.event_time END)' : 'NULL::timestamptz';
  const reopened = bound(mapping, 'reopened') ? 'l.reopened' : hasStatus ? 'coalesce(c.first_resolved < c.last_open, false)' : 'NULL::boolean';
  const resolution = bound(mapping, 'resolution')
    ? 'l.resolution'
    : mapping.plan.resolutionRule
      ? resolutionSql(fields, mapping, `${resolved} IS NOT NULL`, 'l.rule_case').value
      : `(CASE WHEN ${resolved} IS NULL THEN 'UNRESOLVED' ELSE 'AGENT' END)`;
  // A derived time taken from an event whose time is missing but not blank (`?`) is unreadable for the engine.
  const derivedBad = [
    openedBound ? null : '(f.event_time IS NULL AND NOT f.time_blank)',
    resolvedBound || !hasStatus ? null : '(l.resolved AND s.event_time IS NULL AND NOT s.time_blank)',
  ].filter((part): part is string => part !== null);
  const resolvedFromRun = resolvedBound || !hasStatus;
  const naive = [openedBound ? 'l.naive_opened' : 'f.time_naive', 'l.naive_first', resolvedBound ? 'l.naive_resolved' : hasStatus ? '(l.resolved AND s.time_naive)' : 'false'];
  const clocks = [openedBound ? 'l.clock_opened' : 'f.time_clock', 'l.clock_first', resolvedBound ? 'l.clock_resolved' : hasStatus ? '(CASE WHEN l.resolved THEN s.time_clock END)' : 'NULL::text'];
  return `WITH e AS (
      SELECT *, row_number() OVER (PARTITION BY case_id ORDER BY coalesce(rank, -1), event_time NULLS FIRST, line) AS k FROM ${events} WHERE case_id IS NOT NULL AND event_ok),
    c AS (
      SELECT case_id, count(*)::int AS n,
             max(k) FILTER (WHERE NOT resolved) AS last_open, min(k) FILTER (WHERE resolved) AS first_resolved
        FROM e GROUP BY case_id)
    SELECT l.line, c.case_id AS external_id, l.department_id, l.request_type, l.channel,
           ${opened} AS opened_at, l.first_response_at, ${resolved} AS resolved_at, ${resolution} AS resolution,
           l.sla_met, ${reopened} AS reopened, l.handling_minutes,
           (l.row_bad OR ${opened} IS NULL${derivedBad.map((d) => ` OR ${d}`).join('')}
             OR ${resolved} < ${opened} OR l.first_response_at < ${opened}) AS bad,
           (${naive.join(' OR ')}) AS naive, ${clockCount(clocks, 'SKIPPED')} AS skipped_times, ${clockCount(clocks, 'REPEATED')} AS repeated_times,
           l.other_channel, c.n AS events
      FROM c JOIN e l ON l.case_id = c.case_id AND l.k = c.n
      ${openedBound ? '' : 'LEFT JOIN e f ON f.case_id = c.case_id AND f.k = 1'}
      ${resolvedFromRun ? '' : 'LEFT JOIN e s ON s.case_id = c.case_id AND s.k = coalesce(c.last_open, 0) + 1'}`;
}
