import { toEpochDay, weekdayOf } from '@esm-planner/shared-util-dates';

/** A cell's text read as a value, or what is wrong with it. */
export type CellResult<T> =
  { ok: true; value: T } | { ok: false; message: string };

/**
 * The largest count accepted: the largest 32-bit integer. A count beyond it
 * in one department's window is a broken file, not a busy department.
 */
export const MAX_COUNT = 2_147_483_647;

// A whole number, also as spreadsheets and pandas write integers ("12.0").
const WHOLE = /^\d+(?:\.0+)?$/;
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
// Control characters (U+0000–U+001F, U+007F): PostgreSQL text cannot hold
// U+0000, and a name with a line break in it is a broken cell. Matching
// control characters is the point here, hence the disabled rule.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/;

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(message: string): CellResult<T> => ({ ok: false, message });

/** Trimmed text that must not be empty. Formulas ("=SUM(…)") are just text. */
export function requiredText({
  maxLength,
}: {
  maxLength: number;
}): (text: string) => CellResult<string> {
  return (text) => {
    const value = text.trim();
    if (value === '') return fail('is empty');
    if (value.length > maxLength) {
      return fail(
        `is longer than ${maxLength.toLocaleString('en')} characters`,
      );
    }
    const control = CONTROL.exec(value);
    if (control) {
      const code = control[0].charCodeAt(0).toString(16).toUpperCase();
      return fail(`contains a control character (U+${code.padStart(4, '0')})`);
    }
    return ok(value);
  };
}

/** Why a number-looking text is not a plain non-negative number. */
function numberProblem(value: string, what: string): string {
  if (/^-\s*[\d.]/.test(value)) return 'must not be negative';
  if (/^[=+@]/.test(value)) {
    return `must be a plain ${what}: signs and formulas are not evaluated`;
  }
  if (/^\d*[.,]?\d+e[+-]?\d+$/i.test(value)) {
    return `must be written out, without an exponent`;
  }
  return `must be a ${what}`;
}

/** A non-negative whole number; surrounding spaces are fine. */
export function parseCount(text: string): CellResult<number> {
  const value = text.trim();
  if (value === '') return fail('is empty');
  if (WHOLE.test(value)) {
    const count = Number(value);
    return count <= MAX_COUNT
      ? ok(count)
      : fail(`is too large (at most ${MAX_COUNT})`);
  }
  if (/^\d{1,3}(?:[,'\u00A0\u202F ]\d{3})+$/.test(value)) {
    return fail('must be written without thousands separators');
  }
  if (/^\d*[.,]\d+$/.test(value)) return fail('must be a whole number');
  return fail(numberProblem(value, 'whole number of 0 or more'));
}

/** As parseCount, but an empty cell is null (not given). */
export function parseOptionalCount(text: string): CellResult<number | null> {
  return text.trim() === '' ? ok(null) : parseCount(text);
}

/**
 * A non-negative decimal with "." as the separator; an empty cell is null.
 * "1,5" is refused, not read as 1.5 or 15: a comma is a thousands separator
 * in one locale and a decimal one in another.
 */
export function parseOptionalDecimal(text: string): CellResult<number | null> {
  const value = text.trim();
  if (value === '') return ok(null);
  if (DECIMAL.test(value)) {
    const number = Number(value);
    return Number.isFinite(number) ? ok(number) : fail('is too large');
  }
  if (/^\d*,\d+$/.test(value)) {
    return fail(
      `must use "." as the decimal separator (${value.replace(',', '.')})`,
    );
  }
  return fail(numberProblem(value, 'number of 0 or more, such as 12.5'));
}

/** An ISO plain date `YYYY-MM-DD` that is a Monday (a week's first day). */
export function parseMonday(text: string): CellResult<string> {
  const value = text.trim();
  if (value === '') return fail('is empty');
  if (toEpochDay(value) === null) {
    return /^\d{4}-\d{2}-\d{2}[T ]/.test(value)
      ? fail('must be a date without a time, written YYYY-MM-DD')
      : fail('must be a date written YYYY-MM-DD');
  }
  const weekday = weekdayOf(value);
  return weekday === 'Monday'
    ? ok(value)
    : fail(`must be a Monday; ${value} is a ${weekday}`);
}
