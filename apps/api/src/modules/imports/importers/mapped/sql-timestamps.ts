import { FIRST_YEAR, LAST_YEAR, zoneOffsetMs } from '@esm-planner/shared-util-dates';
import { FieldPlace, SqlDateFormat, sqlDateFormat } from './sql-date-format';

const DAY_MS = 86_400_000;
// Offsets are sampled this often to find the days of a change (changes of
// offset are weeks apart in the tz database since 1970), then each such day
// is searched to the second by the engine's own zone function.
const SAMPLE_DAYS = 3;

/**
 * Where a zone's wall clock reads with one offset, from 1970 to 2100, as the
 * engine reads it (libs/shared/util-dates, Node's own tz data): `thresholds`
 * are wall-clock times (ms, as if UTC) and `offsets[i]` (seconds east of
 * UTC) holds from thresholds[i - 1] to thresholds[i] — null across a change,
 * where the clocks skipped or repeated times (RFC 5545 "compatible" reading
 * is left to the engine: such rows are re-read in JavaScript).
 */
type ZoneIntervals = { thresholds: number[]; offsets: (number | null)[] };

const intervals = new Map<string, ZoneIntervals>();

export function zoneIntervals(timeZone: string): ZoneIntervals {
  const known = intervals.get(timeZone);
  if (known) return known;
  const from = Math.floor(Date.UTC(FIRST_YEAR - 1, 11, 30) / DAY_MS);
  const to = Math.ceil(Date.UTC(LAST_YEAR + 1, 0, 2) / DAY_MS);
  const thresholds: number[] = [];
  const offsets: (number | null)[] = [zoneOffsetMs(from * DAY_MS, timeZone) / 1000];
  let previous = offsets[0]! * 1000;
  for (let day = from + SAMPLE_DAYS; day <= to + SAMPLE_DAYS; day += SAMPLE_DAYS) {
    const now = zoneOffsetMs(day * DAY_MS, timeZone);
    if (now === previous) continue;
    // The change lies in the last SAMPLE_DAYS days: find it to the second.
    let low = (day - SAMPLE_DAYS) * DAY_MS;
    let high = day * DAY_MS;
    while (high - low > 1_000) {
      const middle = low + Math.floor((high - low) / 2_000) * 1_000;
      if (zoneOffsetMs(middle, timeZone) === previous) low = middle;
      else high = middle;
    }
    const wallBefore = high + previous;
    const wallAfter = high + now;
    thresholds.push(Math.min(wallBefore, wallAfter), Math.max(wallBefore, wallAfter));
    offsets.push(null, now / 1000);
    previous = now;
  }
  const result = { thresholds, offsets };
  if (intervals.size < 100) intervals.set(timeZone, result);
  return result;
}

/** What the SQL reading of one timestamp cell gives. */
export type SqlTimestamp = {
  /** The lateral subquery to join (alias `alias`): columns miss, unsure, at, naive. */
  lateral: string;
  /** Definitely missing (empty, or one of the missing values). */
  miss: string;
  /** Not plain enough for SQL to say whether it is missing (spaces around, not ASCII): read in JavaScript. */
  unsure: string;
  /** The instant, NULL when missing or when SQL cannot read it (then the row is re-read). */
  at: string;
  /** Read without an offset (in the zone). */
  naive: string;
};

/**
 * Timestamps read in SQL exactly as the engine's date reader reads them —
 * the mapping's formats in order, the first that reads a value wins, wall
 * clocks in the zone through the engine's own offsets — for the formats SQL
 * can read exactly (sql-date-format.ts); null otherwise. Formats after the
 * first one SQL cannot read are left out (their values, unread here, go to
 * the JavaScript re-read, which keeps the order).
 *
 * Per column, levels fenced with OFFSET 0 so that PostgreSQL computes each
 * once per row instead of inlining it wherever it is used: the cell's
 * format (the first shape it has); whether it is missing and the fields as
 * integers; the wall-clock time; the instant. A regular expression costs
 * microseconds a cell, the most of any step: a cell of a format whose shape
 * alone proves it plain ASCII, trimmed and not a missing value (`sure`,
 * decided here once for the mapping) is not tested again for those.
 */
export function sqlTimestampReader({ dateFormat, otherDateFormats, timeZone, missingKeys, missingParameter, parameter }: {
  dateFormat: string | null;
  otherDateFormats: readonly string[];
  timeZone: string;
  /** The mapping's missing values as the engine compares them (trimmed, lower case): missingParameter's value. */
  missingKeys: readonly string[];
  missingParameter: () => string;
  parameter: (value: unknown, type: string) => string;
}): { read(cell: string, alias: string): SqlTimestamp } | null {
  const formats: FormatSql[] = [];
  for (const format of [dateFormat, ...otherDateFormats]) {
    const compiled = format === null ? ISO : sqlDateFormat(format);
    if (!compiled) break;
    formats.push(compiled === ISO ? ISO : customSql(compiled as SqlDateFormat));
  }
  if (formats.length === 0) return null;
  const sure = formats.flatMap((f, i) => (shapeIsSure(f, missingKeys) ? [i] : []));
  const withFraction = formats.some((f) => f.fields.ms !== '0');
  const zone = zoneIntervals(timeZone);
  let zoneSql: { thresholds: string; offsets: string } | null = null;
  const offsetOf = (local: string) => {
    if (zone.thresholds.length === 0) return String(zone.offsets[0]);
    zoneSql ??= {
      thresholds: parameter(zone.thresholds.map((ms) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '')), 'timestamp[]'),
      offsets: parameter(zone.offsets, 'int[]'),
    };
    return `(${zoneSql.offsets}::int[])[width_bucket(${local}, ${zoneSql.thresholds}::timestamp[]) + 1]`;
  };
  return {
    read(cell, alias) {
      const missing = missingParameter();
      // The first format whose shape the cell has reads it (the engine goes on
      // to the next format when a shape fits but the date is impossible: SQL
      // leaves such a cell unread, and the re-read follows the engine).
      const which = `CASE ${formats.map((f, i) => `WHEN ${f.prefilter ? `${f.prefilter} AND ` : ''}v ~ ${quoteText(f.shape)} THEN ${i}`).join(' ')} END`;
      const isSure = sure.length === 0 ? 'false' : `coalesce(fmt IN (${sure.join(', ')}), false)`;
      const miss = `CASE WHEN ${isSure} THEN false ELSE v IS NULL OR v = '' OR (lower(v) = ANY(${missing}::text[]) AND v ~ '^[ -~]*$') END`;
      const present = `CASE WHEN ${isSure} THEN true ELSE coalesce(v ~ '^[!-~]([ -~]*[!-~])?$' AND lower(v) <> ALL(${missing}::text[]), false) END`;
      const field = (name: (typeof FIELDS)[number]) =>
        `CASE fmt ${formats.map((f, i) => `WHEN ${i} THEN ${f.split ? f.fields[name].replace(/\bt\b/g, `(${f.split})`) : f.fields[name]}`).join(' ')} END AS ${name}`;
      const hourOk = `CASE fmt ${formats.map((f, i) => `WHEN ${i} THEN ${f.hourOk}`).join(' ')} END`;
      const offsetOk = `CASE fmt ${formats.map((f, i) => `WHEN ${i} THEN ${f.offsetOk}`).join(' ')} END`;
      const local = `make_timestamp(y, mo, d, h, mi, s)${withFraction ? ` + ms * interval '1 millisecond'` : ''}`;
      const lateral = `CROSS JOIN LATERAL (
        SELECT miss, NOT (miss OR present) AS unsure,
               (local - make_interval(secs => coalesce(given, ${offsetOf('local')}))) AT TIME ZONE 'UTC' AS at,
               given IS NULL AS naive
          FROM (SELECT miss, present, given,
                       CASE WHEN present AND fmt IS NOT NULL AND ${VALID} AND ${hourOk} AND ${offsetOk} THEN ${local} END AS local
                  FROM (SELECT ${miss} AS miss, ${present} AS present, fmt, ${FIELDS.map(field).join(', ')}
                          FROM (SELECT v, ${which} AS fmt FROM (SELECT ${cell} AS v) c OFFSET 0) l1 OFFSET 0) l2
                OFFSET 0) l3
        OFFSET 0) ${alias}`;
      return { lateral, miss: `${alias}.miss`, unsure: `${alias}.unsure`, at: `${alias}.at`, naive: `coalesce(${alias}.naive, false)` };
    },
  };
}

/**
 * Whether every cell of this format's shape is plain (printable ASCII, no
 * space at either end: what the engine reads trimmed) and no missing value:
 * the shape's characters are digits, AM/PM letters and printable literals, so
 * only a literal space at an edge could break the first; a missing value of
 * the shape in any letter case, the second.
 */
export function shapeIsSure(format: FormatSql, missingKeys: readonly string[]): boolean {
  if (!format.plain) return false;
  const shape = new RegExp(format.shape, 'i');
  return !missingKeys.some((key) => shape.test(key));
}

const quoteText = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The integer fields every format gives (h12: the hour of a 12-hour clock, else NULL). */
const FIELDS = ['y', 'mo', 'd', 'h', 'mi', 's', 'ms', 'given', 'h12'] as const;

/** wallClockMs (wall-clock.ts): a year 1970–2100, a real day of the month, hours, minutes and seconds in range. */
const VALID = `y BETWEEN 1970 AND 2100 AND mo BETWEEN 1 AND 12 AND d >= 1
  AND d <= (CASE WHEN mo = 2 THEN CASE WHEN (y % 4 = 0 AND y % 100 <> 0) OR y % 400 = 0 THEN 29 ELSE 28 END WHEN mo IN (4, 6, 9, 11) THEN 30 ELSE 31 END)
  AND h <= 23 AND mi <= 59 AND s <= 59`;

/**
 * One format in SQL: its shape (a regular expression without groups), an
 * optional split of the cell (`t`: literals made commas, AM/PM dropped) for
 * runs of digits of varying width, and each field as an expression of `v`
 * (the cell) and `t`, read only once the shape matched.
 */
export type FormatSql = {
  shape: string;
  split: string | null;
  fields: Record<(typeof FIELDS)[number], string>;
  hourOk: string;
  offsetOk: string;
  /** Whether every cell of the shape is printable ASCII without a space at either end. */
  plain: boolean;
  /** A test every cell of the shape passes, far cheaper than the regular expression: the cells of another format skip it. */
  prefilter: string | null;
};

function customSql(format: SqlDateFormat): FormatSql {
  const f = format.fields;
  // Fixed widths: by position in the cell; else by element of the split.
  const fixed = Object.values(f).every((place) => place.absolute !== null);
  const digits = (place: FieldPlace | undefined, otherwise: string) =>
    place === undefined
      ? otherwise
      : fixed
        ? `substr(v, ${place.absolute}, ${place.width})::int`
        : `substr(split_part(t, ',', ${place.element}), ${place.offset}${place.width === null ? '' : `, ${place.width}`})::int`;
  const hour12 = f.hour12 === undefined ? null : digits(f.hour12, '0');
  // The shape leaves no other AM/PM letter in the cell (literals have none): its P, or p, says PM.
  const pm = !format.period
    ? '0'
    : format.periodAbsolute !== null
      ? `(CASE WHEN substr(v, ${format.periodAbsolute}, 1) IN ('P', 'p') THEN 12 ELSE 0 END)`
      : `(CASE WHEN strpos(v, 'P') > 0 OR strpos(v, 'p') > 0 THEN 12 ELSE 0 END)`;
  return {
    shape: format.shape,
    split: fixed ? null : `translate(v, ${quoteText(format.from)}, ${quoteText(format.to)})`,
    fields: {
      y: f.year2 !== undefined ? `(CASE WHEN ${digits(f.year2, '0')} >= 69 THEN 1900 ELSE 2000 END + ${digits(f.year2, '0')})` : digits(f.year, '1970'),
      mo: digits(f.month, '1'),
      d: digits(f.day, '1'),
      h: hour12 === null ? digits(f.hour, '0') : `(${hour12} % 12 + ${pm})`,
      mi: digits(f.minute, '0'),
      s: digits(f.second, '0'),
      ms: f.fraction === undefined ? '0' : `${digits(f.fraction, '0')} * ${format.fractionScale}`,
      given: 'NULL::int',
      h12: hour12 ?? 'NULL::int',
    },
    hourOk: hour12 === null ? 'true' : 'h12 BETWEEN 1 AND 12',
    offsetOk: 'true',
    plain: !format.spaceAtEdge,
    prefilter: null,
  };
}

// ISO-8601 as the engine reads it (iso-8601.ts): YYYY-MM-DD, T or a space,
// HH:mm, optional :ss and a fraction (cut to milliseconds), optional Z or
// ±HH, ±HHMM, ±HH:MM (minutes ≤ 59, at most ±14:00); fields by position.
const ISO_SHAPE = '^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]{1,9})?)? *(?:[Zz]|[+-][0-9]{2}(?::?[0-9]{2})?)?$';
const ISO_SECONDS = `(CASE WHEN substr(v, 17, 1) = ':' THEN substr(v, 18, 2) END)`;
const ISO_FRACTION = `(CASE WHEN substr(v, 17, 1) = ':' AND substr(v, 20, 1) IN ('.', ',') THEN substring(substr(v, 21) FROM 1 FOR length(substr(v, 21)) - length(ltrim(substr(v, 21), '0123456789'))) END)`;
// The offset without its colon ("+0100", "Z"), NULL when none.
const ISO_OFFSET = `nullif(replace(ltrim(CASE WHEN substr(v, 17, 1) = ':' THEN ltrim(substr(v, 20), '.,0123456789') ELSE substr(v, 17) END, ' '), ':', ''), '')`;
const ISO_OFFSET_MINUTES = `coalesce(nullif(substr(${ISO_OFFSET}, 4, 2), '')::int, 0)`;
const ISO: FormatSql = {
  shape: ISO_SHAPE,
  split: null,
  fields: {
    y: 'substr(v, 1, 4)::int',
    mo: 'substr(v, 6, 2)::int',
    d: 'substr(v, 9, 2)::int',
    h: 'substr(v, 12, 2)::int',
    mi: 'substr(v, 15, 2)::int',
    s: `coalesce(${ISO_SECONDS}, '0')::int`,
    ms: `coalesce(rpad(left(${ISO_FRACTION}, 3), 3, '0'), '0')::int`,
    // Seconds east of UTC, or 99999 for an offset beyond ±14:00 or minutes past 59 (refused).
    given: `(CASE WHEN ${ISO_OFFSET} IS NULL THEN NULL WHEN ${ISO_OFFSET} IN ('Z', 'z') THEN 0
              WHEN ${ISO_OFFSET_MINUTES} > 59 OR substr(${ISO_OFFSET}, 2, 2)::int * 60 + ${ISO_OFFSET_MINUTES} > 840 THEN 99999
              ELSE (CASE WHEN left(${ISO_OFFSET}, 1) = '-' THEN -1 ELSE 1 END) * (substr(${ISO_OFFSET}, 2, 2)::int * 3600 + ${ISO_OFFSET_MINUTES} * 60) END)`,
    h12: 'NULL::int',
  },
  hourOk: 'true',
  offsetOk: 'coalesce(given <> 99999, true)',
  // Spaces may come before the offset, and end the cell when it has none.
  plain: false,
  // YYYY-MM-DD: a '-' 5th and 8th (LIKE's _ is any one character).
  prefilter: `v LIKE '____-__-%'`,
};
