import { tz } from '@date-fns/tz';
import { format as formatDate } from 'date-fns';
import { compileDateFormat, FormatReader } from './compiled-format';
import { tokenizeDateFormat } from './format-tokens';
import { ISO_8601_EXPECTED, NOT_A_REAL_TIME, readIso8601 } from './iso-8601';
import { LocalTimeKind, wallClockToInstant } from './time-zone';
import { plainDateOf, WallClockReading } from './wall-clock';

/** An instant read from a text, whether the text gave its offset, and how a local time was read. */
export type ReadInstant = {
  epochMs: number;
  /** True when the text said its offset (`Z`, `+01:00`): the zone played no part. */
  hadOffset: boolean;
  /** EXACT, or SKIPPED / REPEATED for a local time a clock change skipped or repeated. */
  localTime: LocalTimeKind;
};

/** A value read, or what is wrong with the text in plain words ("is not a real date…"). */
export type DateResult<T> =
  { ok: true; value: T } | { ok: false; message: string };

/** Reads texts with a list of formats in a zone; build once per file (createDateReader). */
export type DateReader = {
  /** The instant a text names: with its own offset, else as a wall-clock time in the reader's zone. */
  readInstant(text: string): DateResult<ReadInstant>;
  /** The calendar date a text names as written (`YYYY-MM-DD`), its time and offset ignored. */
  readPlainDate(text: string): DateResult<string>;
};

/** The default format of a mapping: ISO-8601. */
export const ISO_8601 = null;

type Compiled = { name: string; read: FormatReader; hint: string };

// 2 March 2026, 09:15 — a day and month that cannot be swapped unnoticed.
const EXAMPLE = new Date(Date.UTC(2026, 2, 2, 9, 15, 0));

function describe(format: string): Compiled {
  let example = format;
  try {
    example = formatDate(EXAMPLE, format, { in: tz('UTC') });
  } catch {
    // A parse-only token: the format itself is the best example.
  }
  return {
    name: format,
    read: compileDateFormat(format),
    hint: `${format}${orderHint(format)}, such as ${example}`,
  };
}

/** ", day first" / ", month first" when both are numbers: the usual confusion. */
function orderHint(format: string): string {
  const tokenized = tokenizeDateFormat(format);
  if (!tokenized.ok) return '';
  const tokens = tokenized.parts.flatMap((part) =>
    'token' in part ? [part.token] : [],
  );
  const day = tokens.findIndex((token) => token[0] === 'd');
  const month = tokens.findIndex((token) => /^[ML]{1,2}$/.test(token));
  if (day === -1 || month === -1) return '';
  return day < month ? ', day first' : ', month first';
}

const MAX_LISTED_FORMS = 4;

const ISO: Compiled = {
  name: 'ISO-8601',
  read: readIso8601,
  hint: 'ISO-8601, such as 2026-03-02T09:15:00Z',
};

/**
 * A reader of dates and times with `dateFormat` (a date-fns format string;
 * ISO-8601 when absent), then each of `otherDateFormats` in order: the first
 * format a text fits reads it. Formats are compiled once here; reading is a
 * regular expression and, for a time without an offset, a cached zone lookup.
 * A value with an offset keeps it and ignores `timeZone`.
 * @throws RangeError for a bad format or an unknown zone (check them first
 *   with dateFormatProblem and isKnownTimeZone).
 */
export function createDateReader({
  dateFormat,
  otherDateFormats = [],
  timeZone,
}: {
  dateFormat?: string | null;
  otherDateFormats?: readonly string[];
  timeZone: string;
}): DateReader {
  const formats = [
    dateFormat === undefined || dateFormat === null
      ? ISO
      : describe(dateFormat),
    ...otherDateFormats.map(describe),
  ];
  wallClockToInstant(0, timeZone);
  const expected =
    formats.length === 1
      ? formats[0] === ISO
        ? ISO_8601_EXPECTED
        : `must be a date and time written ${formats[0].hint}`
      : `must be a date and time in one of the forms ${formats
          .slice(0, MAX_LISTED_FORMS)
          .map((f) => f.hint.split(', such as ')[0])
          .join(
            '; ',
          )}${formats.length > MAX_LISTED_FORMS ? ` (or ${formats.length - MAX_LISTED_FORMS} more)` : ''}`;

  function read(text: string): DateResult<WallClockReading> {
    const value = text.trim();
    if (value === '') return { ok: false, message: 'is empty' };
    let problem: string | null = null;
    for (const format of formats) {
      const result = format.read(value);
      if (result.ok) return result;
      if (result.shape && problem === null)
        problem = impossible(format, result.problem);
    }
    return { ok: false, message: problem ?? expected };
  }

  return {
    readInstant(text) {
      const result = read(text);
      if (!result.ok) return result;
      const { wallClockMs, offsetMs } = result.value;
      if (offsetMs !== null)
        return {
          ok: true,
          value: {
            epochMs: wallClockMs - offsetMs,
            hadOffset: true,
            localTime: 'EXACT',
          },
        };
      const instant = wallClockToInstant(wallClockMs, timeZone);
      return {
        ok: true,
        value: {
          epochMs: instant.epochMs,
          hadOffset: false,
          localTime: instant.localTime,
        },
      };
    },
    readPlainDate(text) {
      const result = read(text);
      return result.ok
        ? { ok: true, value: plainDateOf(result.value.wallClockMs) }
        : result;
    },
  };
}

function impossible(format: Compiled, problem: string | undefined): string {
  if (format === ISO) return problem ?? NOT_A_REAL_TIME;
  const readAs = `(read as ${format.hint.split(', such as ')[0]})`;
  return problem
    ? `${NOT_A_REAL_TIME}: ${problem} ${readAs}`
    : `${NOT_A_REAL_TIME} ${readAs}`;
}
