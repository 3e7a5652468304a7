/**
 * One problem found in an import file (data-formats.md: "line N, column C:
 * what is wrong (value seen)").
 */
export type ImportError = {
  /** 1-based line (record) number in the file; the header is line 1. */
  line: number;
  /** 1-based column in the file; null when the whole row or a missing column is meant. */
  column: number | null;
  /** The column's name in the format (`request_type`), when one is meant. */
  field?: string;
  message: string;
  /** The value seen, shortened to MAX_REPORTED_VALUE_LENGTH characters. */
  value?: string;
};

/** Longer values are cut in reports: a hostile 1 MB cell stays out of them. */
export const MAX_REPORTED_VALUE_LENGTH = 100;

/** The value as a report shows it: cut to 100 characters with an ellipsis. */
export function reportedValue(value: string): string {
  return value.length > MAX_REPORTED_VALUE_LENGTH
    ? `${value.slice(0, MAX_REPORTED_VALUE_LENGTH)}…`
    : value;
}

/** "line 4, column 3: count must not be negative (-3)" */
export function formatImportError(error: ImportError): string {
  const where =
    error.column === null
      ? `line ${error.line}`
      : `line ${error.line}, column ${error.column}`;
  const seen =
    error.value === undefined ? '' : ` (${JSON.stringify(error.value)})`;
  return `${where}: ${error.message}${seen}`;
}
