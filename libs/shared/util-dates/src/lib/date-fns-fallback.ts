import { UTCDate } from '@date-fns/utc';
import { isValid, parse } from 'date-fns';
import { FormatPart } from './format-tokens';
import { FormatReader } from './format-scanner';
import { FIRST_YEAR, LAST_YEAR } from './wall-clock';

// Letters of tokens that carry an offset or a whole instant (date-fns parse
// then returns an absolute time).
const ABSOLUTE_LETTERS = new Set(['X', 'x', 'O', 'z', 't', 'T']);

const REFERENCE = new Date(Date.UTC(2000, 0, 1));
// date-fns works in the zone of its dates: UTCDate keeps it in UTC (and is
// several times faster than a TZDate in 'UTC').
const inUtc = (value: Date | number | string) => new UTCDate(value as number);

/**
 * A reader of a format the scanner does not read (weekday names, quarters,
 * ordinals, epoch seconds…): date-fns `parse` in UTC, so the machine's zone
 * never matters.
 * @throws RangeError when date-fns refuses the format.
 */
export function dateFnsReader(
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
