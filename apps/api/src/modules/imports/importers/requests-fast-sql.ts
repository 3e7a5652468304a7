/**
 * SQL checks for the fast request path, each at least as strict as the
 * JavaScript rules of parseRequestRow (libs/domain/imports): a value they
 * accept is read the same way by both; anything else makes the fast path
 * decline, and the JavaScript path reads the file and reports its errors.
 * `cell` is a column of request_raw holding the raw text (NULL when empty).
 */

// What String.prototype.trim removes, as a PostgreSQL regex class.
const JS_SPACE = '[\\u0009-\\u000d\\u0020\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]';
const CONTROL = '[\\u0001-\\u001f\\u007f]';
// Only the canonical spelling: Z or ±HH:MM, seconds, at most milliseconds.
const ISO_INSTANT = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$';
const DECIMAL = '^(\\d+(\\.\\d*)?|\\.\\d+)$';

export const MAX_CELL_BYTES = 1_000;

/** Required trimmed text: spaces-only trimming is the same as JS trim, no control character, byte length ≤ max. */
export function requiredTextOk(cell: string, maxLength: number): string {
  return `(${cell} IS NOT NULL AND octet_length(${cell}) <= ${MAX_CELL_BYTES} AND btrim(${cell}) <> ''
    AND octet_length(btrim(${cell})) <= ${maxLength} AND btrim(${cell}) !~ '^${JS_SPACE}|${JS_SPACE}$' AND ${cell} !~ '${CONTROL}')`;
}

function daysInMonth(year: string, month: string): string {
  return `CASE WHEN ${month} IN (4, 6, 9, 11) THEN 30 WHEN ${month} = 2 THEN
    CASE WHEN (${year} % 4 = 0 AND ${year} % 100 <> 0) OR ${year} % 400 = 0 THEN 29 ELSE 28 END ELSE 31 END`;
}

/** A real date and time between 1970 and 2100 with an offset within ±14:00 (parseTimestamp's rules). */
export function instantOk(cell: string): string {
  const part = (from: number, length: number) => `substr(${cell}, ${from}, ${length})::int`;
  const [year, month, day] = [part(1, 4), part(6, 2), part(9, 2)];
  const offsetHours = `substr(right(${cell}, 5), 1, 2)::int`;
  const offsetMinutes = `substr(right(${cell}, 5), 4, 2)::int`;
  return `(CASE WHEN ${cell} ~ '${ISO_INSTANT}' THEN
      ${year} BETWEEN 1970 AND 2100 AND ${month} BETWEEN 1 AND 12
      AND ${day} BETWEEN 1 AND ${daysInMonth(year, month)}
      AND ${part(12, 2)} <= 23 AND ${part(15, 2)} <= 59 AND ${part(18, 2)} <= 59
      AND (right(${cell}, 1) = 'Z' OR (${offsetMinutes} <= 59 AND ${offsetHours} * 60 + ${offsetMinutes} <= 840))
    ELSE false END)`;
}

export const isEmpty = (cell: string) => `(${cell} IS NULL OR ${cell} = '')`;

export function optionalInstantOk(cell: string): string {
  return `(${isEmpty(cell)} OR ${instantOk(cell)})`;
}

/** Not before opened_at, when both are valid instants. */
export function notBefore(cell: string, opened: string): string {
  return `(CASE WHEN ${isEmpty(cell)} THEN true WHEN ${instantOk(cell)} AND ${instantOk(opened)} THEN ${cell}::timestamptz >= ${opened}::timestamptz ELSE false END)`;
}

/** A plain non-negative decimal of at most 15 digits (a double holds it exactly as written). */
export function decimalOk(cell: string): string {
  return `(${isEmpty(cell)} OR (octet_length(${cell}) <= 40 AND ${cell} ~ '${DECIMAL}' AND length(replace(${cell}, '.', '')) <= 15))`;
}

/** The value the JS path stores: Number(text), an exact double for ≤ 15 digits. */
export function decimalValue(cell: string): string {
  return `(CASE WHEN ${isEmpty(cell)} THEN NULL ELSE ${cell}::float8::numeric END)`;
}

export function instantValue(cell: string): string {
  return `(CASE WHEN ${isEmpty(cell)} THEN NULL ELSE ${cell}::timestamptz END)`;
}
