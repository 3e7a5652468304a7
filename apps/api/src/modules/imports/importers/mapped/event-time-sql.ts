import {
  CompiledMapping,
  MAX_CELL_LENGTH,
  RequestRow,
} from '@esm-planner/domain-imports';
import { CellOutput } from './cell-lookups';
import { RequestFieldSql } from './request-field-sql';

/**
 * An event's time in SQL: its instant, whether the cell read (or is
 * missing), whether it is blank, whether it had no offset, and the clock
 * change it fell in (SKIPPED, REPEATED or NULL).
 */
export type EventTimeSql = {
  value: string;
  ok: string;
  blank: string;
  naive: string;
  clock: string;
};

/**
 * The time of an event-log row (data-formats §5): read in SQL when the
 * mapping's formats allow it, else by the engine's readInstant through a
 * lookup (once per distinct cell); none without a time column, where a
 * sequence orders the events.
 */
export function eventTimeSql(
  fields: RequestFieldSql,
  mapping: CompiledMapping<RequestRow>,
): EventTimeSql {
  const log = mapping.eventLog!;
  const time = {
    value: 'NULL::timestamptz',
    ok: 'true',
    blank: 'true',
    naive: 'false',
    clock: 'NULL::text',
  };
  const inSql =
    log.eventTime.column === null
      ? null
      : fields.sqlTimestamp(log.eventTime.column);
  if (inSql) {
    const cell = `r.c${log.eventTime.column! + 1}`;
    Object.assign(time, {
      value: inSql.at,
      ok: `(${inSql.miss} OR ${inSql.known})`,
      blank: `(${cell} IS NULL OR ${cell} = '')`,
      naive: `coalesce(${inSql.known} AND ${inSql.naive}, false)`,
    });
  } else if (log.eventTime.column !== null) {
    Object.assign(
      time,
      eventTimeByLookup(fields, mapping, log.eventTime.column),
    );
  }
  return time;
}

/** The time read in JavaScript, through a lookup of the time column's distinct cells. */
function eventTimeByLookup(
  fields: RequestFieldSql,
  mapping: CompiledMapping<RequestRow>,
  column: number,
): EventTimeSql {
  const { plan } = mapping;
  const lookup = fields.timestampLookup(column);
  // The functions of one cell run in turn: read it once.
  let last: {
    raw: string;
    read: ReturnType<typeof plan.dates.readInstant> | null | 'TOO_LONG';
  } | null = null;
  const read = (raw: string) => {
    if (last?.raw !== raw)
      last = {
        raw,
        read:
          raw.length > MAX_CELL_LENGTH
            ? 'TOO_LONG'
            : plan.isMissing(raw)
              ? null
              : plan.dates.readInstant(raw),
      };
    return last.read;
  };
  const fn = (
    name: string,
    type: 'timestamptz' | 'boolean' | 'text',
    compute: (raw: string) => CellOutput,
  ) => lookup.add({ name, type, compute });
  const at = fn('e_time', 'timestamptz', (raw) => {
    const r = read(raw);
    if (r === null) return { ok: true, value: null };
    return r !== 'TOO_LONG' && r.ok
      ? { ok: true, value: new Date(r.value.epochMs).toISOString() }
      : { ok: false };
  });
  const naive = fn('e_naive', 'boolean', (raw) => {
    const r = read(raw);
    return {
      ok: true,
      value: String(
        r !== null && r !== 'TOO_LONG' && r.ok && !r.value.hadOffset,
      ),
    };
  });
  const clock = fn('e_clock', 'text', (raw) => {
    const r = read(raw);
    return {
      ok: true,
      value:
        r !== null && r !== 'TOO_LONG' && r.ok && r.value.localTime !== 'EXACT'
          ? r.value.localTime
          : null,
    };
  });
  const blankTime = fn('e_blank', 'boolean', (raw) => ({
    ok: true,
    value: String(raw.trim() === ''),
  }));
  return {
    value: lookup.value(at, column),
    ok: lookup.ok(at, column),
    blank: `coalesce(${lookup.value(blankTime, column)}, true)`,
    naive: `coalesce(${lookup.value(naive, column)}, false)`,
    clock: lookup.value(clock, column),
  };
}
