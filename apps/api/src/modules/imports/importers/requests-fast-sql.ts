/**
 * SQL checks for the fast request path, each at least as strict as the
 * JavaScript rules of parseRequestRow (libs/domain/imports): a value they
 * accept is read the same way by both; anything else makes the fast path
 * decline, and the JavaScript path reads the file and reports its errors.
 * `cell` is a column of request_raw holding the raw text (NULL when empty).
 */

// What String.prototype.trim removes, as a PostgreSQL regex class.
const JS_SPACE =
  '[\\u0009-\\u000d\\u0020\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]';
const CONTROL = '[\\u0001-\\u001f\\u007f]';
// Only the canonical spelling — Z or ±HH:MM, seconds, at most milliseconds —
// checked by its shape (digits as 9, every - as +; the date dashes are checked
// apart), which its length names: one comparison, cheaper than a regex.
const SHAPE_BY_LENGTH = ['', '.9', '.99', '.999']
  .flatMap((fraction) =>
    ['Z', '+99:99'].map((offset) => `9999+99+99T99:99:99${fraction}${offset}`),
  )
  .map((shape) => `WHEN ${shape.length} THEN '${shape}'`)
  .join(' ');
const DECIMAL = '^(\\d+(\\.\\d*)?|\\.\\d+)$';

export const MAX_CELL_BYTES = 1_000;

/** Required trimmed text: spaces-only trimming is the same as JS trim, no control character, byte length ≤ max. */
export function requiredTextOk(cell: string, maxLength: number): string {
  return `(${cell} IS NOT NULL AND octet_length(${cell}) <= ${MAX_CELL_BYTES} AND btrim(${cell}) <> ''
    AND octet_length(btrim(${cell})) <= ${maxLength} AND btrim(${cell}) !~ '^${JS_SPACE}|${JS_SPACE}$' AND ${cell} !~ '${CONTROL}')`;
}

/**
 * The canonical shape, a year between 1970 and 2100, hour ≤ 23, second ≤ 59
 * and an offset within ±14:00 (parseTimestamp's rules), compared as text.
 * What is left — month 13, 30 February, minute 60 — makes the cast to
 * timestamptz fail, and the fast path declines the file on that error.
 */
export function instantOk(cell: string): string {
  const offset = `right(${cell}, 5)`;
  return `(CASE WHEN translate(${cell}, '-0123456789', '+9999999999') = (CASE length(${cell}) ${SHAPE_BY_LENGTH} END)
      AND substr(${cell}, 5, 1) = '-' AND substr(${cell}, 8, 1) = '-' THEN
      substr(${cell}, 1, 4) BETWEEN '1970' AND '2100' AND substr(${cell}, 12, 2) <= '23' AND substr(${cell}, 18, 2) <= '59'
      AND (right(${cell}, 1) = 'Z' OR (substr(${offset}, 4, 2) <= '59' AND (substr(${offset}, 1, 2) < '14' OR ${offset} = '14:00')))
    ELSE false END)`;
}

export const isEmpty = (cell: string) => `(${cell} IS NULL OR ${cell} = '')`;

export function optionalInstantOk(cell: string): string {
  return `(${isEmpty(cell)} OR ${instantOk(cell)})`;
}

/** A plain non-negative decimal of at most 15 digits (a double holds it exactly as written). */
export function decimalOk(cell: string): string {
  return `(${isEmpty(cell)} OR (octet_length(${cell}) <= 40 AND ${cell} ~ '${DECIMAL}' AND length(replace(${cell}, '.', '')) <= 15))`;
}

// What a typed stage column holds for a cell that failed its check: a
// value no valid cell can have (years are 1970–2100; decimals are digits).
export const BAD_INSTANT = `'-infinity'::timestamptz`;
export const BAD_DECIMAL = `'NaN'::numeric`;

/** The value the JS path stores — Number(text), an exact double for ≤ 15 digits — NULL when empty, BAD_DECIMAL when not a decimal. */
export function optionalDecimalValue(cell: string): string {
  return `(CASE WHEN ${isEmpty(cell)} THEN NULL WHEN ${decimalOk(cell)} THEN ${cell}::float8::numeric ELSE ${BAD_DECIMAL} END)`;
}

/** A required instant: NULL unless it passes instantOk. */
export function requiredInstantValue(cell: string): string {
  return `(CASE WHEN ${instantOk(cell)} THEN ${cell}::timestamptz END)`;
}

/** An optional instant: NULL when empty, BAD_INSTANT when it fails instantOk. */
export function optionalInstantValue(cell: string): string {
  return `(CASE WHEN ${isEmpty(cell)} THEN NULL WHEN ${instantOk(cell)} THEN ${cell}::timestamptz ELSE ${BAD_INSTANT} END)`;
}

/**
 * A typed stage row the JavaScript rules would refuse: a failed check
 * (NULL where a value is required, or a BAD_ marker), or resolved or first
 * answered before it was opened.
 */
export const STAGED_ROW_INVALID = `(external_id IS NULL OR opened_at IS NULL OR department_id IS NULL OR request_type IS NULL OR channel IS NULL
  OR first_response_at = ${BAD_INSTANT} OR resolved_at = ${BAD_INSTANT}
  OR handling_minutes = ${BAD_DECIMAL} OR resolved_at < opened_at OR first_response_at < opened_at)`;
