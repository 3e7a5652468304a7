import { CellResult } from '../cell-values';
import { parseTimestamp, ReadTimestamp, zonedTimeToEpochMs } from '../timestamp';

// Day first, as ServiceNow writes them: d/M/yyyy H:mm[:ss] and dd-MM-yyyy HH:mm[:ss].
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?$/i;
// Jira's default: dd/MMM/yy h:mm AM (12/Mar/24 9:05 AM), also with a four-digit year.
const MONTH_NAME = /^(\d{1,2})[/ -]([A-Za-z]{3,9})[/ -](\d{2}|\d{4})[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const EXPECTED = 'must be a date and time such as 2016-02-29 13:05:00, 29/2/2016 13:05 (day first) or 29/Feb/16 1:05 PM';

function hour24(hour: number, meridiem: string | undefined): number | null {
  if (!meridiem) return hour < 24 ? hour : null;
  if (hour < 1 || hour > 12) return null;
  const pm = meridiem.toUpperCase() === 'PM';
  return (hour % 12) + (pm ? 12 : 0);
}

function wallClock(parts: { year: number; month: number; day: number; hour: number | null; minute: number; second: number }): number | null {
  const { year, month, day, hour, minute, second } = parts;
  if (hour === null || minute > 59 || second > 59 || month < 1 || month > 12 || year < 1970 || year > 2100) return null;
  const epoch = Date.UTC(year, month - 1, day, hour, minute, second);
  const date = new Date(epoch);
  return date.getUTCDate() === day && date.getUTCMonth() === month - 1 ? epoch : null;
}

function zoned(epoch: number | null, timeZone: string, dayFirstHint: boolean): CellResult<ReadTimestamp> {
  if (epoch === null) {
    return { ok: false, message: dayFirstHint ? 'is not a real date and time (dates with / or - are read day first: d/M/yyyy)' : 'is not a real date and time' };
  }
  return { ok: true, value: { epochMs: zonedTimeToEpochMs(epoch, timeZone), hadOffset: false } };
}

/**
 * A timestamp as service-desk tools export it (data-formats §4): ISO-8601
 * (with or without offset, T or space), day-first numeric dates and Jira's
 * month-name dates. A value without an offset is a wall-clock time in the
 * organisation's time zone. Numeric dates are always read day first — the
 * spec's rule for ServiceNow — so 3/4/2016 is the 3rd of April; a month
 * above 12 is an error rather than a silent month-first reading.
 */
export function parseVendorTimestamp(text: string, timeZone: string): CellResult<ReadTimestamp> {
  const value = text.trim();
  if (value === '') return { ok: false, message: 'is empty' };
  if (/^\d{4}-/.test(value)) return parseTimestamp(value, timeZone);
  const dayFirst = DAY_FIRST.exec(value);
  if (dayFirst) {
    const [, day, , month, year, hour, minute, second, meridiem] = dayFirst;
    return zoned(
      wallClock({ year: Number(year), month: Number(month), day: Number(day), hour: hour24(Number(hour), meridiem), minute: Number(minute), second: Number(second ?? 0) }),
      timeZone,
      true,
    );
  }
  const named = MONTH_NAME.exec(value);
  if (named) {
    const [, day, monthName, year, hour, minute, second, meridiem] = named;
    const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
    const fullYear = year.length === 2 ? 2000 + Number(year) : Number(year);
    if (month === 0) return { ok: false, message: `${EXPECTED}; "${monthName}" is not a month` };
    return zoned(
      wallClock({ year: fullYear, month, day: Number(day), hour: hour24(Number(hour), meridiem), minute: Number(minute), second: Number(second ?? 0) }),
      timeZone,
      false,
    );
  }
  return { ok: false, message: EXPECTED };
}
