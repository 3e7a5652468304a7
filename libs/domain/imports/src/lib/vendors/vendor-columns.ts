import { SourceColumn } from '../mapping/column-mapping';

/**
 * Dates as service-desk tools export them (data-formats §4), after ISO-8601
 * (with or without an offset, `T` or a space): day-first numeric dates —
 * ServiceNow's `d/M/yyyy HH:mm`, `dd-MM-yyyy HH:mm:ss` — with `/`, `-` or
 * `.`, 24- or 12-hour; and Jira's month names (`12/Mar/24 9:05 AM`). Numeric
 * dates are always day first, so 3/4/2016 is the 3rd of April and a month
 * above 12 is an error, never a silent month-first reading.
 */
export const VENDOR_DATE_FORMATS: readonly string[] = [
  ...['/', '-', '.'].flatMap((s) => [
    `d${s}M${s}yyyy H:mm`,
    `d${s}M${s}yyyy H:mm:ss`,
    `d${s}M${s}yyyy h:mm a`,
    `d${s}M${s}yyyy h:mm:ss a`,
  ]),
  ...['/', '-', ' '].flatMap((s) =>
    ['yy', 'yyyy'].flatMap((year) => [
      `d${s}MMM${s}${year} h:mm a`,
      `d${s}MMM${s}${year} h:mm:ss a`,
      `d${s}MMM${s}${year} H:mm`,
      `d${s}MMM${s}${year} H:mm:ss`,
    ]),
  ),
];

/**
 * A vendor's column: its header and the other headers it goes by, each also
 * in snake case (`Assignment group` / `assignment_group`), as exports of the
 * same tool differ.
 */
export function vendorColumn(
  name: string,
  aliases: readonly string[] = [],
  optional = false,
): SourceColumn {
  const snake = (text: string) =>
    text
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
  const spellings = [
    ...new Set([...aliases, ...[name, ...aliases].map(snake)]),
  ].filter((alias) => alias.toLowerCase() !== name.toLowerCase());
  return optional
    ? { name, aliases: spellings, optional }
    : { name, aliases: spellings };
}

/** Department of a ticket without a group (data-formats §4). */
export const UNASSIGNED_DEPARTMENT = 'Unassigned';

/**
 * Request type of a ticket without a category. Real exports have them (the
 * ServiceNow sample has `?` categories): they are kept and counted rather
 * than failing the whole file.
 */
export const UNCATEGORISED_REQUEST_TYPE = 'Uncategorised';
