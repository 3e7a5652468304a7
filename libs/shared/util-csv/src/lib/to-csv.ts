/**
 * A cell's value. The JS type decides how it is written:
 * - `number`: a number, as is (`-12.5` stays `-12.5`, never neutralised);
 *   `NaN` and ±Infinity have no spreadsheet form and become an empty cell.
 * - `string`: text, always; text that a spreadsheet would run as a formula
 *   is neutralised, so the string `"-5"` becomes `'-5` (see neutraliseFormula).
 * - `boolean`: `true` / `false`.
 * - `null` / `undefined`: an empty cell.
 * Format dates and anything else to a string (or a number) before passing it.
 */
export type CsvValue = string | number | boolean | null | undefined;

/** One column of a CSV file: its header and how to read it from a row. */
export type CsvColumn<Row> = {
  header: string;
  value: (row: Row) => CsvValue;
};

export type CsvOptions = {
  /**
   * Starts the file with a UTF-8 byte order mark (U+FEFF), which Excel needs
   * to read accented names correctly. Off by default (RFC 4180 has none).
   */
  bom?: boolean;
};

/** RFC 4180 line break, also after the last record. */
export const CSV_LINE_END = '\r\n';

const BOM = '\uFEFF';

// OWASP "CSV Injection": a spreadsheet treats a cell that begins with one of
// these as a formula (tab and carriage return can hide one from the eye).
const FORMULA_START = /^[=+\-@\t\r]/;

// RFC 4180 §2.6: fields containing a separator, a quote or a line break are
// enclosed in double quotes.
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Text that a spreadsheet would run as a formula gets a leading `'`, which
 * spreadsheets show as text and do not evaluate: `=SUM(A1)` → `'=SUM(A1)`.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180 quoting: `a,b` → `"a,b"`, `say "hi"` → `"say ""hi"""`. */
export function quoteField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One cell as it appears in the file, quoted when needed. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    // -0 would print as "0" anyway; String() keeps full precision.
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return quoteField(neutraliseFormula(value));
}

/**
 * A CSV document (RFC 4180: `,` separator, CRLF line ends, a header record)
 * with formula cells neutralised (data-formats §6). Headers are text cells
 * like any other, so a hostile department name cannot slip through there.
 */
export function toCsv<Row>(
  columns: readonly CsvColumn<Row>[],
  rows: readonly Row[],
  options: CsvOptions = {},
): string {
  const records = [
    columns.map((column) => csvCell(column.header)).join(','),
    ...rows.map((row) =>
      columns.map((column) => csvCell(column.value(row))).join(','),
    ),
  ];
  return (options.bom ? BOM : '') + records.join(CSV_LINE_END) + CSV_LINE_END;
}

/**
 * A safe download name: "HR baseline 2026-03-02" → "hr-baseline-2026-03-02.csv".
 * Letters and digits of any script are kept; everything else becomes `-`.
 */
export function csvFileName(
  ...parts: Array<string | null | undefined>
): string {
  const stem = parts
    .filter((part): part is string => Boolean(part?.trim()))
    .join(' ')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return `${stem || 'export'}.csv`;
}
