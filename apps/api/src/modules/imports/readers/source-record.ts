/** One record of an import file: its 1-based line (row) number and its cells as text. */
export type SourceRecord = { line: number; cells: string[] };

/**
 * A problem with the file as a whole (not UTF-8, a broken quote, not a
 * workbook): reading stops, and the report says where.
 */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly line: number | null = null,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}

/** Longest record accepted; a larger one is hostile or broken input. */
export const MAX_RECORD_CHARS = 1_000_000;
