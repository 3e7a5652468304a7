import {
  CompiledMapping,
  MAX_EXTERNAL_ID_LENGTH,
  RequestRow,
  valueKey,
} from '@esm-planner/domain-imports';
import { FieldSql, RequestFieldSql, TimestampSql } from './request-field-sql';

/** The SQL of each request field of one raw row `r`. */
export type RequestFieldsSql = {
  id: FieldSql;
  department: FieldSql;
  requestType: FieldSql;
  channel: FieldSql;
  opened: TimestampSql;
  first: TimestampSql;
  resolved: TimestampSql;
  resolution: FieldSql;
  sla: FieldSql;
  reopened: FieldSql;
  minutes: FieldSql;
  otherChannel: string;
};

/** SQL of one raw row `r` as a request: every fact column, and what the importer needs besides. */
export type RowSql = {
  columns: Record<string, string>;
  /** True when any field could not be read (the JavaScript re-read says why). */
  bad: string;
  /** True when a stored timestamp had no offset. */
  naive: string;
  /** How many of its timestamps fell in a clock change, as SKIPPED / REPEATED. */
  skipped: string;
  repeated: string;
  otherChannel: string;
};

// A cell of printable ASCII without surrounding spaces: SQL reads it exactly
// as JavaScript's trim and toLowerCase would. Anything else goes to the re-read.
const PLAIN_ASCII = `'^[!-~]([ -~]*[!-~])?$'`;

const or = (parts: string[]) =>
  parts.length === 0 ? 'false' : `(${parts.join(' OR ')})`;

/**
 * The external id. A column read as it is (no fallback, no default) is
 * checked in SQL — plain ASCII, at most 200 characters, not a missing value —
 * since it has about as many values as rows; otherwise (and always for an
 * event log, whose cases must group exactly as the engine groups them) it
 * goes through the engine's function per distinct value.
 */
function externalId(
  fields: RequestFieldSql,
  mapping: CompiledMapping<RequestRow>,
  missingParameter: () => string,
): FieldSql {
  const plan = fields.field('external_id');
  if (
    mapping.eventLog ||
    plan.source !== 'COLUMN' ||
    plan.column === null ||
    plan.fallback ||
    plan.default !== null
  )
    return fields.value('external_id');
  const cell = `r.c${plan.column + 1}`;
  const ok = `(${cell} ~ ${PLAIN_ASCII} AND octet_length(${cell}) <= ${MAX_EXTERNAL_ID_LENGTH} AND lower(${cell}) <> ALL(${missingParameter()}::text[]))`;
  return {
    value: `(CASE WHEN ${ok} THEN ${cell} END)`,
    bad: `NOT coalesce(${ok}, false)`,
  };
}

/** The mapping's missing values as the engine compares them (trimmed, lower case). */
export function missingKeys(
  missingValues: readonly string[] | undefined,
): string[] {
  return [
    ...new Set((missingValues ?? []).map(valueKey).filter((key) => key !== '')),
  ];
}

/** Every field of a request row as SQL (an event log's events too: their resolution is decided per case). */
export function requestFieldsSql(
  fields: RequestFieldSql,
  mapping: CompiledMapping<RequestRow>,
  missingParameter: () => string,
): RequestFieldsSql {
  const resolved = fields.timestamp('resolved_at');
  return {
    id: externalId(fields, mapping, missingParameter),
    department: fields.value('department'),
    requestType: fields.value('request_type'),
    channel: fields.value('channel'),
    opened: fields.timestamp('opened_at'),
    first: fields.timestamp('first_response_at'),
    resolved,
    resolution: mapping.eventLog
      ? fields.value('resolution')
      : resolutionSql(
          fields,
          mapping,
          `${resolved.value} IS NOT NULL`,
          ruleCaseSql(fields, mapping),
        ),
    sla: fields.value('sla_met'),
    reopened: fields.value('reopened'),
    minutes: fields.value('handling_minutes'),
    otherChannel: fields.otherChannel(),
  };
}

/**
 * One source row as a request (not an event log): each field by the
 * engine's functions, the required ones present, resolved and first
 * response not before opened (parseRequestRow's rules).
 */
export function requestRowSql(f: RequestFieldsSql): RowSql {
  const all = [
    f.id,
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
  ];
  const stamps = [f.opened, f.first, f.resolved];
  return {
    columns: {
      external_id: f.id.value,
      department_id: f.department.value,
      request_type: f.requestType.value,
      channel: f.channel.value,
      opened_at: f.opened.value,
      first_response_at: f.first.value,
      resolved_at: f.resolved.value,
      resolution: f.resolution.value,
      sla_met: f.sla.value,
      reopened: f.reopened.value,
      handling_minutes: f.minutes.value,
    },
    bad: or([
      ...all.map((x) => x.bad),
      ...[f.id, f.department, f.requestType, f.channel, f.opened].map(
        (x) => `${x.value} IS NULL`,
      ),
      `${f.resolved.value} < ${f.opened.value}`,
      `${f.first.value} < ${f.opened.value}`,
    ]),
    naive: or(stamps.map((x) => x.naive)),
    skipped: clockCount(
      stamps.map((x) => x.clock),
      'SKIPPED',
    ),
    repeated: clockCount(
      stamps.map((x) => x.clock),
      'REPEATED',
    ),
    otherChannel: f.otherChannel,
  };
}

/** How many of these clock expressions say `kind`. */
export function clockCount(
  clocks: readonly string[],
  kind: 'SKIPPED' | 'REPEATED',
): string {
  return clocks
    .map((clock) => `(${clock} IS NOT DISTINCT FROM '${kind}')::int`)
    .join(' + ');
}

/**
 * resolution: its column or constant; else, with a resolution rule,
 * UNRESOLVED when not resolved, else the first case whose conditions all
 * hold, else `otherwise`; else missing.
 */
export function resolutionSql(
  fields: RequestFieldSql,
  mapping: CompiledMapping<RequestRow>,
  isResolved: string,
  index: string,
): FieldSql {
  const rule = mapping.plan.resolutionRule;
  if (!rule) return fields.value('resolution');
  const thens = rule.cases
    .map((ruleCase, i) => `WHEN ${i + 1} THEN '${ruleCase.then}'`)
    .join(' ');
  return {
    value: `(CASE WHEN NOT (${isResolved}) THEN 'UNRESOLVED' ELSE (CASE ${index} ${thens} ELSE '${rule.otherwise}' END) END)`,
    bad: 'false',
  };
}

/** The 1-based number of the first rule case whose conditions all hold for row `r`, else 0. */
export function ruleCaseSql(
  fields: RequestFieldSql,
  mapping: CompiledMapping<RequestRow>,
): string {
  const rule = mapping.plan.resolutionRule;
  if (!rule || rule.cases.length === 0) return '0';
  const cases = rule.cases.map((ruleCase, i) => {
    const conditions = ruleCase.when.map((condition, j) =>
      condition.field === null
        ? fields.columnCondition(condition, `rule${i}_${j}`)
        : fields.fieldCondition(condition, `rule${i}_${j}`),
    );
    return `WHEN ${conditions.length === 0 ? 'true' : conditions.join(' AND ')} THEN ${i + 1}`;
  });
  return `(CASE ${cases.join(' ')} ELSE 0 END)`;
}

/** One-row-per-request files: every raw row typed into the stage, with what makes it bad. */
export function rowsSelect(
  fields: RequestFieldSql,
  render: () => ReturnType<typeof requestFieldsSql>,
  raw: string,
  blank: string,
): string {
  const { value: row, joins } = fields.collect(() => requestRowSql(render()));
  const columns = Object.entries(row.columns).map(
    ([name, sql]) => `${sql} AS ${name}`,
  );
  return `SELECT r.line, ${columns.join(', ')}, ${row.bad} AS bad, ${row.naive} AS naive, ${row.skipped} AS skipped_times,
                 ${row.repeated} AS repeated_times, ${row.otherChannel} AS other_channel
            FROM ${raw} r ${joins} WHERE NOT (${blank})`;
}
