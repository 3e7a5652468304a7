import { FormatPart } from './format-tokens';

/** A field a digits step reads. */
export type DigitsField =
  | 'year'
  | 'year2'
  | 'month'
  | 'day'
  | 'hour'
  | 'hour12'
  | 'minute'
  | 'second'
  | 'fraction';

/** One step of a compiled format: digits (min..max), letters, a day period, an offset, or literal text. */
export type Step =
  | { kind: 'digits'; field: DigitsField; min: number; max: number }
  | { kind: 'letters'; field: 'monthName' }
  | { kind: 'period' }
  | { kind: 'offset'; z: boolean; colon: 'no' | 'yes' | 'optional-minutes' }
  | { kind: 'literal'; text: string };

/** The steps of a format and the factor from its fraction digits to milliseconds. */
export type CompiledSteps = { steps: Step[]; fractionScale: number };

const digits = (field: DigitsField, min: number, max: number): Step => ({
  kind: 'digits',
  field,
  min,
  max,
});
// A month's name: a field of its own, as a format may also give the month's
// number (date-fns reads both).
const MONTH_NAME: Step = { kind: 'letters', field: 'monthName' };
const PERIOD: Step = { kind: 'period' };
const offset = (
  z: boolean,
  colon: 'no' | 'yes' | 'optional-minutes',
): Step => ({
  kind: 'offset',
  z,
  colon,
});

// The tokens read by a scanner of our own: every common date and time
// field. Any other token (weekday names, quarters, ordinals, epoch
// seconds…) sends the whole format to date-fns' own parse, which is far
// slower. Variable-width numbers are read greedily, without backtracking,
// as date-fns does ("Hmm" cannot read "930").
const TOKENS: Readonly<Record<string, Step>> = {
  y: digits('year', 1, 4),
  yyy: digits('year', 1, 4),
  yyyy: digits('year', 1, 4),
  yy: digits('year2', 2, 2),
  M: digits('month', 1, 2),
  MM: digits('month', 2, 2),
  MMM: MONTH_NAME,
  MMMM: MONTH_NAME,
  L: digits('month', 1, 2),
  LL: digits('month', 2, 2),
  LLL: MONTH_NAME,
  LLLL: MONTH_NAME,
  d: digits('day', 1, 2),
  dd: digits('day', 2, 2),
  H: digits('hour', 1, 2),
  HH: digits('hour', 2, 2),
  h: digits('hour12', 1, 2),
  hh: digits('hour12', 2, 2),
  m: digits('minute', 1, 2),
  mm: digits('minute', 2, 2),
  s: digits('second', 1, 2),
  ss: digits('second', 2, 2),
  S: digits('fraction', 1, 1),
  SS: digits('fraction', 2, 2),
  SSS: digits('fraction', 3, 3),
  a: PERIOD,
  aa: PERIOD,
  aaa: PERIOD,
  X: offset(true, 'optional-minutes'),
  XX: offset(true, 'no'),
  XXX: offset(true, 'yes'),
  x: offset(false, 'optional-minutes'),
  xx: offset(false, 'no'),
  xxx: offset(false, 'yes'),
};

/** What a step reads: its field, or its kind (a period, an offset). */
function stepField(step: Step): string {
  return 'field' in step ? step.field : step.kind;
}

/**
 * The scanner's steps for a tokenized format, or null when a token is not
 * one the scanner reads or a field is named twice (date-fns parse reads it).
 */
export function compileSteps(
  parts: readonly FormatPart[],
): CompiledSteps | null {
  const steps: Step[] = [];
  const fields = new Set<string>();
  for (const part of parts) {
    if ('literal' in part) {
      steps.push({ kind: 'literal', text: part.literal });
      continue;
    }
    const step = TOKENS[part.token];
    if (!step) return null;
    const field = stepField(step);
    if (fields.has(field)) return null;
    fields.add(field);
    steps.push(step);
  }
  const fraction = steps.find(
    (step) => step.kind === 'digits' && step.field === 'fraction',
  );
  const fractionScale =
    fraction && fraction.kind === 'digits' ? 10 ** (3 - fraction.max) : 0;
  return { steps, fractionScale };
}
