import { format as formatDate, isValid, parse } from 'date-fns';

/** ISO-8601 is the mapping's default: no dateFormat at all. */
export const ISO_FORMAT = '';

/** Date formats real exports use, offered in the wizard (date-fns tokens), with how they read. */
export const COMMON_DATE_FORMATS: readonly {
  format: string;
  example: string;
}[] = [
  { format: ISO_FORMAT, example: '2026-03-05T17:50:00 (ISO-8601)' },
  { format: 'yyyy-MM-dd HH:mm:ss', example: '2026-03-05 17:50:00' },
  { format: 'yyyy/MM/dd HH:mm:ss.SSS', example: '2026/03/05 17:50:00.000' },
  {
    format: 'MM/dd/yyyy hh:mm:ss a',
    example: '03/05/2026 05:50:00 PM (US, 12-hour)',
  },
  { format: 'MM/dd/yyyy HH:mm', example: '03/05/2026 17:50 (US)' },
  { format: 'M/d/yyyy h:mm a', example: '3/5/2026 5:50 PM (US, 12-hour)' },
  { format: 'dd/MM/yyyy HH:mm:ss', example: '05/03/2026 17:50:00 (day first)' },
  { format: 'd/M/yyyy HH:mm', example: '5/3/2026 17:50 (day first)' },
  { format: 'dd-MM-yyyy HH:mm:ss', example: '05-03-2026 17:50:00 (day first)' },
  { format: 'dd.MM.yyyy HH:mm', example: '05.03.2026 17:50 (day first)' },
];

// ISO-8601 as the format readers take it: a date, a time, an optional offset.
const ISO =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

export type SampleReading =
  | { ok: true; text: string; offset: string | null }
  | { ok: false; text: string };

const SHOWN = 'EEE d MMM yyyy, HH:mm:ss';
// date-fns needs a reference date for fields a format lacks; none of ours lack any that matter.
const REFERENCE = new Date(2000, 0, 1);

/**
 * How one value reads with a date format, for the wizard's live preview: the
 * wall-clock time in words ("Thu 5 Mar 2026, 17:50:00") and the offset the
 * value carries, if any — a value without one is read in the mapping's zone.
 */
export function readSample(value: string, dateFormat: string): SampleReading {
  const text = value.trim();
  if (text === '') return { ok: true, text: 'missing', offset: null };
  if (dateFormat === ISO_FORMAT) {
    const match = ISO.exec(text);
    if (!match) return { ok: false, text: 'not an ISO-8601 date' };
    const wallClock = parse(
      `${match[1]} ${(match[2] ?? '00:00:00').slice(0, 8).padEnd(8, ':00')}`,
      'yyyy-MM-dd HH:mm:ss',
      REFERENCE,
    );
    if (!isValid(wallClock)) return { ok: false, text: 'not a real date' };
    return {
      ok: true,
      text: formatDate(wallClock, SHOWN),
      offset: match[3] ? offsetText(match[3]) : null,
    };
  }
  const read = parse(text, dateFormat, REFERENCE);
  // date-fns reads the whole text or nothing, and refuses dates that do not exist (02/30/2026).
  if (!isValid(read))
    return { ok: false, text: `does not read as ${dateFormat}` };
  return { ok: true, text: formatDate(read, SHOWN), offset: null };
}

function offsetText(offset: string): string {
  if (offset.toUpperCase() === 'Z') return 'UTC';
  const [, sign, hours, minutes = '00'] =
    /^([+-])(\d{2}):?(\d{2})?$/.exec(offset) ?? [];
  return `UTC${sign}${hours}:${minutes}`;
}

/** The common formats that read every non-empty sample: the first is the wizard's guess. */
export function formatsThatRead(samples: readonly string[]): string[] {
  const values = samples.map((sample) => sample.trim()).filter(Boolean);
  if (values.length === 0) return [];
  return COMMON_DATE_FORMATS.map((entry) => entry.format).filter((candidate) =>
    values.every((value) => readSample(value, candidate).ok),
  );
}
