import { MAX_OFFSET_MS } from './iso-8601';
import { CompiledSteps, Step } from './format-steps';
import { FormatResult, WallClockFields, wallClockMs } from './wall-clock';

/** Reads one trimmed text with one date-fns format. */
export type FormatReader = (text: string) => FormatResult;

// The per-row path of every mapped date column lives in this one module: the
// scanner's loop, its field readers and its month names. Keeping them
// together (plain functions, steps of five fixed shapes, no closures made per
// text) keeps the loop inlined and its calls monomorphic.

const ZERO = 48;
const isDigit = (code: number) => code >= ZERO && code <= ZERO + 9;
const isDigitAt = (text: string, at: number) =>
  at < text.length && isDigit(text.charCodeAt(at));
const isLetter = (code: number) => (code | 32) >= 97 && (code | 32) <= 122;

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

const NO_SHAPE: FormatResult = { ok: false, shape: false };
const IMPOSSIBLE: FormatResult = { ok: false, shape: true };

const NOT_A_MONTH = (name: string): FormatResult => ({
  ok: false,
  shape: true,
  problem: `"${name}" is not a month`,
});
const BEYOND_14_HOURS: FormatResult = {
  ok: false,
  shape: true,
  problem: 'has an offset beyond ±14:00',
};

/**
 * The reader of a format's compiled steps: one pass over the text, each
 * field in a local variable (no object or array per text but the result).
 */
export function scanningReader(compiled: CompiledSteps): FormatReader {
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
    for (const step of compiled.steps) {
      switch (step.kind) {
        case 'literal':
          if (!text.startsWith(step.text, at)) return NO_SHAPE;
          at += step.text.length;
          break;
        case 'digits': {
          let value = 0;
          let count = 0;
          while (count < step.max && isDigitAt(text, at)) {
            value = value * 10 + text.charCodeAt(at) - ZERO;
            at += 1;
            count += 1;
          }
          if (count < step.min) return NO_SHAPE;
          if (step.field === 'year') year = value;
          else if (step.field === 'year2') year2 = value;
          else if (step.field === 'month') month = value;
          else if (step.field === 'day') day = value;
          else if (step.field === 'hour') hour = value;
          else if (step.field === 'hour12') hour12 = value;
          else if (step.field === 'minute') minute = value;
          else if (step.field === 'second') second = value;
          else fraction = value;
          break;
        }
        case 'letters': {
          const from = at;
          while (at < text.length && isLetter(text.charCodeAt(at))) at += 1;
          if (at === from) return NO_SHAPE;
          const name = text.slice(from, at);
          const named = MONTH_NUMBERS.get(name.toLowerCase());
          if (named === undefined) return NOT_A_MONTH(name);
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
          if (read.ms === null) return BEYOND_14_HOURS;
          offsetMs = read.ms;
          at = read.end;
          break;
        }
      }
    }
    if (at !== text.length) return NO_SHAPE;
    const fields = {
      year: year2 === -1 ? year : twoDigitYear(year2),
      month,
      day,
      hour,
      minute,
      second,
      millisecond: fraction * compiled.fractionScale,
    };
    return wallClockResult(fields, hour12, pm, offsetMs);
  };
}

/** The fields read from a whole text (`hour12` -1 when not given) as a wall-clock time, or IMPOSSIBLE. */
function wallClockResult(
  fields: WallClockFields,
  hour12: number,
  pm: boolean,
  offsetMs: number | null,
): FormatResult {
  if (hour12 !== -1) {
    if (hour12 < 1 || hour12 > 12) return IMPOSSIBLE;
    fields.hour = (hour12 % 12) + (pm ? 12 : 0);
  }
  const wall = wallClockMs(fields);
  if (wall === null) return IMPOSSIBLE;
  return { ok: true, value: { wallClockMs: wall, offsetMs } };
}

/** `yy`: 69–99 are 1969–1999, 00–68 are 2000–2068 (as POSIX strptime `%y`). */
function twoDigitYear(yy: number): number {
  return yy >= 69 ? 1900 + yy : 2000 + yy;
}

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

/** Two digits at `from` as a number, or -1. */
function twoDigits(text: string, from: number): number {
  return isDigit(text.charCodeAt(from)) && isDigit(text.charCodeAt(from + 1))
    ? (text.charCodeAt(from) - ZERO) * 10 + text.charCodeAt(from + 1) - ZERO
    : -1;
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
  const hours = twoDigits(text, at + 1);
  if (hours < 0) return null;
  let minutes = 0;
  let end = at + 3;
  if (step.colon === 'yes') {
    if (text[end] !== ':') return null;
    minutes = twoDigits(text, end + 1);
    end += 3;
  } else if (step.colon === 'no' || twoDigits(text, end) >= 0) {
    minutes = twoDigits(text, end);
    end += 2;
  }
  if (minutes < 0) return null;
  const ms = (hours * 60 + minutes) * 60_000;
  return {
    ms: minutes > 59 || ms > MAX_OFFSET_MS ? null : sign === '-' ? -ms : ms,
    end,
  };
}
