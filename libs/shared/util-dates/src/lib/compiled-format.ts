import { UTCDate } from '@date-fns/utc';
import { isValid, parse } from 'date-fns';
import { MAX_OFFSET_MS } from './iso-8601';
import {
  dateFieldsProblem,
  FormatPart,
  tokenizeDateFormat,
} from './format-tokens';
import { FormatResult, LAST_YEAR, FIRST_YEAR, wallClockMs } from './wall-clock';

/** Reads one trimmed text with one date-fns format. */
export type FormatReader = (text: string) => FormatResult;

type Field =
  | 'year'
  | 'year2'
  | 'month'
  | 'monthName'
  | 'day'
  | 'hour'
  | 'hour12'
  | 'minute'
  | 'second'
  | 'fraction'
  | 'period'
  | 'offset';

/** One step of a compiled format: digits (min..max), letters, a day period, an offset, or literal text. */
type Step =
  | { kind: 'digits'; field: Field; min: number; max: number }
  | { kind: 'letters'; field: 'monthName' }
  | { kind: 'period' }
  | { kind: 'offset'; z: boolean; colon: 'no' | 'yes' | 'optional-minutes' }
  | { kind: 'literal'; text: string };

// The tokens read by a scanner of our own: every common date and time
// field. Any other token (weekday names, quarters, ordinals, epoch
// seconds…) sends the whole format to date-fns' own parse, which is far
// slower. Variable-width numbers are read greedily, without backtracking,
// as date-fns does ("Hmm" cannot read "930").
const TOKENS: Readonly<Record<string, Exclude<Step, { kind: 'literal' }>>> = {
  y: { kind: 'digits', field: 'year', min: 1, max: 4 },
  yyy: { kind: 'digits', field: 'year', min: 1, max: 4 },
  yyyy: { kind: 'digits', field: 'year', min: 1, max: 4 },
  yy: { kind: 'digits', field: 'year2', min: 2, max: 2 },
  M: { kind: 'digits', field: 'month', min: 1, max: 2 },
  MM: { kind: 'digits', field: 'month', min: 2, max: 2 },
  MMM: { kind: 'letters', field: 'monthName' },
  MMMM: { kind: 'letters', field: 'monthName' },
  L: { kind: 'digits', field: 'month', min: 1, max: 2 },
  LL: { kind: 'digits', field: 'month', min: 2, max: 2 },
  LLL: { kind: 'letters', field: 'monthName' },
  LLLL: { kind: 'letters', field: 'monthName' },
  d: { kind: 'digits', field: 'day', min: 1, max: 2 },
  dd: { kind: 'digits', field: 'day', min: 2, max: 2 },
  H: { kind: 'digits', field: 'hour', min: 1, max: 2 },
  HH: { kind: 'digits', field: 'hour', min: 2, max: 2 },
  h: { kind: 'digits', field: 'hour12', min: 1, max: 2 },
  hh: { kind: 'digits', field: 'hour12', min: 2, max: 2 },
  m: { kind: 'digits', field: 'minute', min: 1, max: 2 },
  mm: { kind: 'digits', field: 'minute', min: 2, max: 2 },
  s: { kind: 'digits', field: 'second', min: 1, max: 2 },
  ss: { kind: 'digits', field: 'second', min: 2, max: 2 },
  S: { kind: 'digits', field: 'fraction', min: 1, max: 1 },
  SS: { kind: 'digits', field: 'fraction', min: 2, max: 2 },
  SSS: { kind: 'digits', field: 'fraction', min: 3, max: 3 },
  a: { kind: 'period' },
  aa: { kind: 'period' },
  aaa: { kind: 'period' },
  X: { kind: 'offset', z: true, colon: 'optional-minutes' },
  XX: { kind: 'offset', z: true, colon: 'no' },
  XXX: { kind: 'offset', z: true, colon: 'yes' },
  x: { kind: 'offset', z: false, colon: 'optional-minutes' },
  xx: { kind: 'offset', z: false, colon: 'no' },
  xxx: { kind: 'offset', z: false, colon: 'yes' },
};

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_NUMBERS = new Map<string, number>(
  MONTHS.flatMap(
    (name, index) =>
      [
        [name, index + 1],
        [name.slice(0, 3), index + 1],
      ] as [string, number][],
  ).concat([['sept', 9]]),
);

// Letters of tokens that carry an offset or a whole instant (date-fns parse
// then returns an absolute time).
const ABSOLUTE_LETTERS = new Set(['X', 'x', 'O', 'z', 't', 'T']);

/**
 * Compiles a date-fns format string once into a reader of texts: a scanner
 * for the common tokens, else date-fns `parse` (in UTC, so the machine's zone
 * never matters). Two-digit years (`yy`) are 1969–2068.
 * @throws RangeError for a format dateFormatProblem refuses.
 */
export function compileDateFormat(format: string): FormatReader {
  const tokenized = tokenizeDateFormat(format);
  if (!tokenized.ok)
    throw new RangeError(`date format "${format}" ${tokenized.problem}`);
  return (
    compileParts(tokenized.parts) ?? fallbackReader(format, tokenized.parts)
  );
}

const ZERO = 48;
const isDigit = (code: number) => code >= ZERO && code <= ZERO + 9;
const isLetter = (code: number) => (code | 32) >= 97 && (code | 32) <= 122;

function compileParts(parts: readonly FormatPart[]): FormatReader | null {
  const steps: Step[] = [];
  const fields = new Set<string>();
  for (const part of parts) {
    if ('literal' in part) {
      steps.push({ kind: 'literal', text: part.literal });
      continue;
    }
    const step = TOKENS[part.token];
    if (!step) return null;
    const field = 'field' in step ? step.field : step.kind;
    if (fields.has(field)) return null;
    fields.add(field);
    steps.push(step);
  }
  const fractionStep = steps.find(
    (step) => step.kind === 'digits' && step.field === 'fraction',
  );
  const fractionScale =
    fractionStep && fractionStep.kind === 'digits'
      ? 10 ** (3 - fractionStep.max)
      : 0;

  return (text) => {
    let year = 1970;
    let year2 = -1;
    let month = 1;
    let day = 1;
    let hour = 0;
    let hour12 = -1;
    let minute = 0;
    let second = 0;
    let fraction = 0;
    let pm = false;
    let offsetMs: number | null = null;
    let at = 0;
    for (const step of steps) {
      switch (step.kind) {
        case 'literal':
          if (!text.startsWith(step.text, at)) return NO_SHAPE;
          at += step.text.length;
          break;
        case 'digits': {
          let value = 0;
          let count = 0;
          while (
            count < step.max &&
            at < text.length &&
            isDigit(text.charCodeAt(at))
          ) {
            value = value * 10 + text.charCodeAt(at) - ZERO;
            at += 1;
            count += 1;
          }
          if (count < step.min) return NO_SHAPE;
          switch (step.field) {
            case 'year':
              year = value;
              break;
            case 'year2':
              year2 = value;
              break;
            case 'month':
              month = value;
              break;
            case 'day':
              day = value;
              break;
            case 'hour':
              hour = value;
              break;
            case 'hour12':
              hour12 = value;
              break;
            case 'minute':
              minute = value;
              break;
            case 'second':
              second = value;
              break;
            default:
              fraction = value;
          }
          break;
        }
        case 'letters': {
          const from = at;
          while (at < text.length && isLetter(text.charCodeAt(at))) at += 1;
          if (at === from) return NO_SHAPE;
          const name = text.slice(from, at);
          const named = MONTH_NUMBERS.get(name.toLowerCase());
          if (named === undefined)
            return {
              ok: false,
              shape: true,
              problem: `"${name}" is not a month`,
            };
          month = named;
          break;
        }
        case 'period': {
          const read = readPeriod(text, at);
          if (read === null) return NO_SHAPE;
          pm = read.pm;
          at = read.end;
          break;
        }
        case 'offset': {
          const read = readOffset(text, at, step);
          if (read === null) return NO_SHAPE;
          if (read.ms === null)
            return {
              ok: false,
              shape: true,
              problem: 'has an offset beyond ±14:00',
            };
          offsetMs = read.ms;
          at = read.end;
          break;
        }
      }
    }
    if (at !== text.length) return NO_SHAPE;
    if (hour12 !== -1) {
      if (hour12 < 1 || hour12 > 12) return IMPOSSIBLE;
      hour = (hour12 % 12) + (pm ? 12 : 0);
    }
    const wall = wallClockMs({
      year: year2 === -1 ? year : twoDigitYear(year2),
      month,
      day,
      hour,
      minute,
      second,
      millisecond: fraction * fractionScale,
    });
    if (wall === null) return IMPOSSIBLE;
    return { ok: true, value: { wallClockMs: wall, offsetMs } };
  };
}

const NO_SHAPE: FormatResult = { ok: false, shape: false };
const IMPOSSIBLE: FormatResult = { ok: false, shape: true };

/** AM/PM as `AM`, `am`, `a.m.`, `A`, `p.m.`… */
function readPeriod(
  text: string,
  at: number,
): { pm: boolean; end: number } | null {
  const first = text.charCodeAt(at) | 32;
  if (first !== 97 && first !== 112) return null;
  let end = at + 1;
  if (text[end] === '.') end += 1;
  if ((text.charCodeAt(end) | 32) === 109) {
    end += 1;
    if (text[end] === '.') end += 1;
  } else if (end !== at + 1) {
    end = at + 1;
  }
  return { pm: first === 112, end };
}

/** `Z` (when allowed), `±HH`, `±HHMM` or `±HH:MM` as the step wants. */
function readOffset(
  text: string,
  at: number,
  step: Extract<Step, { kind: 'offset' }>,
): { ms: number | null; end: number } | null {
  if (step.z && (text[at] === 'Z' || text[at] === 'z'))
    return { ms: 0, end: at + 1 };
  const sign = text[at];
  if (sign !== '+' && sign !== '-') return null;
  const two = (from: number) =>
    isDigit(text.charCodeAt(from)) && isDigit(text.charCodeAt(from + 1))
      ? (text.charCodeAt(from) - ZERO) * 10 + text.charCodeAt(from + 1) - ZERO
      : -1;
  const hours = two(at + 1);
  if (hours < 0) return null;
  let minutes = 0;
  let end = at + 3;
  if (step.colon === 'yes') {
    if (text[end] !== ':') return null;
    minutes = two(end + 1);
    end += 3;
  } else if (step.colon === 'no' || two(end) >= 0) {
    minutes = two(end);
    end += 2;
  }
  if (minutes < 0) return null;
  const ms = (hours * 60 + minutes) * 60_000;
  return {
    ms: minutes > 59 || ms > MAX_OFFSET_MS ? null : sign === '-' ? -ms : ms,
    end,
  };
}

/**
 * What is wrong with a date-fns format string for reading dates, in plain
 * words, or null when it is fine: it must be one date-fns accepts and name
 * the year, the month and the day (or be a whole timestamp such as `t`, `T`
 * or `P`).
 */
export function dateFormatProblem(format: string): string | null {
  if (format.trim() === '') return 'is empty';
  if (format.length > 100) return 'is longer than 100 characters';
  const tokenized = tokenizeDateFormat(format);
  if (!tokenized.ok) return tokenized.problem;
  const fields = dateFieldsProblem(tokenized.parts);
  if (fields) return fields;
  try {
    compileDateFormat(format);
    return null;
  } catch (error) {
    return `is not a format date-fns can read (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** `yy`: 69–99 are 1969–1999, 00–68 are 2000–2068 (as POSIX strptime `%y`). */
function twoDigitYear(yy: number): number {
  return yy >= 69 ? 1900 + yy : 2000 + yy;
}

const REFERENCE = new Date(Date.UTC(2000, 0, 1));
// date-fns works in the zone of its dates: UTCDate keeps it in UTC (and is
// several times faster than a TZDate in 'UTC').
const inUtc = (value: Date | number | string) => new UTCDate(value as number);

function fallbackReader(
  format: string,
  parts: readonly FormatPart[],
): FormatReader {
  // date-fns refuses some formats only when it parses: find out now.
  parse('', format, REFERENCE, { in: inUtc });
  const absolute = parts.some(
    (part) => 'token' in part && ABSOLUTE_LETTERS.has(part.token[0]),
  );
  return (text) => {
    const date = parse(text, format, REFERENCE, { in: inUtc });
    if (!isValid(date)) return { ok: false, shape: false };
    const year = date.getUTCFullYear();
    if (year < FIRST_YEAR || year > LAST_YEAR)
      return { ok: false, shape: true };
    // Without an offset token, the UTC fields are the wall clock as written.
    return {
      ok: true,
      value: absolute
        ? { wallClockMs: date.getTime(), offsetMs: 0 }
        : { wallClockMs: date.getTime(), offsetMs: null },
    };
  };
}
