import { CellResult } from './cell-values';
import { ImportError, reportedValue } from './import-error';

/** Longest cell accepted in a column the format reads (hostile input). */
export const MAX_CELL_LENGTH = 1_000;

/** A column of the format and where it is in the records. */
export type ColumnRef = { name: string; index: number | null };

/** Where a record comes from and the header it must match. */
export type RecordInput = {
  /** The record's cells as text, as the reader gives them. */
  record: readonly string[];
  /** Its 1-based line (row) number in the file. */
  line: number;
  /** The header's cell count (mapHeader's headerWidth). */
  headerWidth: number;
  /**
   * True when the reader drops empty cells at the end of a row (the XLSX
   * reader does): a shorter record is then read with those cells empty.
   */
  trailingEmptyCellsDropped?: boolean;
};

/**
 * A record with more cells than the header, or fewer (unless the reader
 * drops trailing empty cells), is misaligned: no cell can be trusted to be
 * in its column, so this is the only error reported for it.
 */
export function recordWidthError({
  record,
  line,
  headerWidth,
  trailingEmptyCellsDropped = false,
}: RecordInput): ImportError | null {
  const width = record.length;
  if (width === headerWidth) return null;
  if (width < headerWidth && trailingEmptyCellsDropped) return null;
  const hint =
    width > headerWidth
      ? ': a separator too many, or a value with a separator not in quotes'
      : '';
  return {
    line,
    column: null,
    message: `the row has ${width} cell${width === 1 ? '' : 's'} but the header has ${headerWidth}${hint}`,
  };
}

/** True for a record whose cells are all empty (a blank spreadsheet row). */
export function isBlankRecord(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

/**
 * Reads cells of one record, collecting every problem with its 1-based
 * column, so that a row reports all that is wrong with it at once.
 */
export function rowReader({
  record,
  line,
}: {
  record: readonly string[];
  line: number;
}) {
  const errors: ImportError[] = [];

  function fail(column: ColumnRef, message: string, raw?: string): void {
    errors.push({
      line,
      column: column.index === null ? null : column.index + 1,
      field: column.name,
      message: `${column.name} ${message}`,
      ...(raw === undefined || raw === '' ? {} : { value: reportedValue(raw) }),
    });
  }

  function read<T>(
    column: ColumnRef,
    parse: (text: string) => CellResult<T>,
  ): T | undefined {
    // A column the file lacks (optional) reads as an empty cell.
    const raw = column.index === null ? '' : (record[column.index] ?? '');
    if (raw.length > MAX_CELL_LENGTH) {
      fail(
        column,
        `is longer than ${MAX_CELL_LENGTH.toLocaleString('en')} characters`,
        raw,
      );
      return undefined;
    }
    const result = parse(raw);
    if (result.ok) return result.value;
    fail(column, result.message, raw);
    return undefined;
  }

  return { errors, read, fail };
}
