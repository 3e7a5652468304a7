import { FormatPart, tokenizeDateFormat } from '@esm-planner/shared-util-dates';

type Field = 'year' | 'year2' | 'month' | 'day' | 'hour' | 'hour12' | 'minute' | 'second' | 'fraction';

/** Where a field's digits are once the separators are commas: element `element` of the split, from `offset`, `width` digits (null: to the element's end). */
export type FieldPlace = { element: number; offset: number; width: number | null; absolute: number | null };

/**
 * A date-fns format as PostgreSQL reads it exactly as the engine's scanner
 * does (libs/shared/util-dates compiled-format.ts), for the shapes where
 * that can be guaranteed: runs of digits (a variable run only right before
 * a literal), AM/PM as two letters, literal text without digits. `shape` is
 * a regular expression without groups (PostgreSQL's matching with capture
 * groups costs a millisecond a value; without, microseconds); once a cell
 * has the shape, translating its literal characters to commas and dropping
 * the AM/PM letters splits it into the fields' digit runs.
 */
export type SqlDateFormat = {
  shape: string;
  /** The literal characters (each becomes a comma) followed by the AM/PM letters (dropped): translate()'s `from`. */
  from: string;
  /** As many commas as literal characters: translate()'s `to`. */
  to: string;
  fields: Partial<Record<Field, FieldPlace>>;
  /** Whether an AM/PM token is present (PM when the cell has a P). */
  period: boolean;
  /** The 1-based position of the AM/PM letters when everything before them has a fixed width, else null. */
  periodAbsolute: number | null;
  /** Whether the cell begins or ends with a literal space (a cell of the shape could then be unplain). */
  spaceAtEdge: boolean;
  /** Milliseconds per unit of the fraction (S: 100, SS: 10, SSS: 1). */
  fractionScale: number;
};

type Step = { field: Field; min: number; max: number } | { field: 'period' };

const TOKENS: Readonly<Record<string, Step>> = {
  // The scanner reads 1 to 4 digits of a year, but only 4 can make a year
  // from 1970 to 2100: SQL takes exactly 4 (others are re-read, and refused).
  y: { field: 'year', min: 4, max: 4 }, yyy: { field: 'year', min: 4, max: 4 }, yyyy: { field: 'year', min: 4, max: 4 },
  yy: { field: 'year2', min: 2, max: 2 },
  M: { field: 'month', min: 1, max: 2 }, MM: { field: 'month', min: 2, max: 2 }, L: { field: 'month', min: 1, max: 2 }, LL: { field: 'month', min: 2, max: 2 },
  d: { field: 'day', min: 1, max: 2 }, dd: { field: 'day', min: 2, max: 2 },
  H: { field: 'hour', min: 1, max: 2 }, HH: { field: 'hour', min: 2, max: 2 },
  h: { field: 'hour12', min: 1, max: 2 }, hh: { field: 'hour12', min: 2, max: 2 },
  m: { field: 'minute', min: 1, max: 2 }, mm: { field: 'minute', min: 2, max: 2 },
  s: { field: 'second', min: 1, max: 2 }, ss: { field: 'second', min: 2, max: 2 },
  S: { field: 'fraction', min: 1, max: 1 }, SS: { field: 'fraction', min: 2, max: 2 }, SSS: { field: 'fraction', min: 3, max: 3 },
  a: { field: 'period' }, aa: { field: 'period' }, aaa: { field: 'period' },
};

const PERIOD_LETTERS = 'AaPpMm';
const escape = (text: string) => text.replace(/[\\^$.*+?()[\]{}|-]/g, (char) => `\\${char}`);

/** The SQL form of a date-fns format, or null when SQL cannot read it exactly as the engine does (then JavaScript does). */
export function sqlDateFormat(format: string): SqlDateFormat | null {
  const tokenized = tokenizeDateFormat(format);
  if (!tokenized.ok) return null;
  const parts: readonly FormatPart[] = tokenized.parts;
  const hasPeriod = parts.some((part) => 'token' in part && TOKENS[part.token]?.field === 'period');
  const fields: SqlDateFormat['fields'] = {};
  const separators: string[] = [];
  let shape = '^';
  let element = 1;
  let offset = 1;
  let fractionScale = 1;
  let period = false;
  let periodAbsolute: number | null = null;
  // The 1-based character position while everything before has a fixed width.
  let position: number | null = 1;
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i];
    const next = parts[i + 1];
    const nextLiteral = next && 'literal' in next ? next.literal : null;
    if ('literal' in part) {
      // Printable ASCII without digits; no AM/PM letters beside an AM/PM token.
      if (!/^[ -/:-~]+$/.test(part.literal)) return null;
      if (hasPeriod && [...part.literal].some((char) => PERIOD_LETTERS.includes(char))) return null;
      shape += escape(part.literal);
      if (position !== null) position += part.literal.length;
      for (const char of part.literal) {
        if (!separators.includes(char)) separators.push(char);
        element += 1;
        offset = 1;
      }
      continue;
    }
    const step = TOKENS[part.token];
    if (!step) return null;
    if (step.field === 'period') {
      // The scanner also reads `A`, `a.m.`, `p.m`: only AM/PM in any case here, and only before a literal (or the end) it cannot take for more of the period.
      if (period || (next && (nextLiteral === null || /^[.mM]/.test(nextLiteral)))) return null;
      period = true;
      periodAbsolute = position;
      shape += '[AaPp][Mm]';
      if (position !== null) position += 2;
      continue;
    }
    if (fields[step.field] !== undefined) return null;
    const { min, max } = step;
    // A variable run reads greedily without going back: it must end at a literal.
    if (min !== max && nextLiteral === null && next !== undefined) return null;
    fields[step.field] = { element, offset, width: min === max ? max : null, absolute: position };
    if (min === max) offset += max;
    position = position !== null && min === max ? position + max : null;
    if (step.field === 'fraction') fractionScale = 10 ** (3 - max);
    shape += min === max ? `[0-9]{${min}}` : `[0-9]{${min},${max}}`;
  }
  if ((fields.year === undefined && fields.year2 === undefined) || fields.month === undefined || fields.day === undefined) return null;
  if (fields.hour !== undefined && fields.hour12 !== undefined) return null;
  const literalChars = separators.join('');
  const first = parts[0];
  const last = parts[parts.length - 1];
  const spaceAtEdge = ('literal' in first && first.literal.startsWith(' ')) || ('literal' in last && last.literal.endsWith(' '));
  return {
    shape: `${shape}$`,
    from: literalChars + (period ? PERIOD_LETTERS : ''),
    to: ','.repeat(literalChars.length),
    fields,
    period,
    periodAbsolute,
    spaceAtEdge,
    fractionScale,
  };
}
