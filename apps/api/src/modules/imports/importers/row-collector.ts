import type { ImportError } from '@esm-planner/domain-imports';
import { isBlankRecord } from '@esm-planner/domain-imports';
import { departmentNameKey } from '@esm-planner/domain-departments';
import { DepartmentMention } from '../import-departments';
import { RecordSource } from '../readers/record-source';
import { MappedValue } from './importer';

type HeaderResult<Columns> =
  | { ok: true; columns: Columns; headerWidth: number }
  | { ok: false; errors: ImportError[] };
type RowResult<Row> =
  { ok: true; row: Row } | { ok: false; errors: ImportError[] };
type ParsedRow = {
  department: string;
  mappedToOther?: { field: string; value: string };
};

/** How a file's header and rows are read: a format's own rules, or a column mapping. */
export type FileReader<Row> = {
  mapHeader: (header: string[]) => HeaderResult<{ department: number | null }>;
  parseRow: (input: {
    record: string[];
    line: number;
    columns: { department: number | null };
    headerWidth: number;
    trailingEmptyCellsDropped: boolean;
  }) => RowResult<Row>;
};

/**
 * What an importer gathered from a file: valid rows, every error (or, when
 * invalid rows are skipped, every skipped row's problems), mapped values,
 * departments.
 */
export type CollectedRows<Row> = {
  rows: (Row & { line: number })[];
  errors: ImportError[];
  /** invalidRows: SKIP — the problems of each row left out, one entry per row. */
  skipped: ImportError[][];
  rowsRead: number;
  mappedToOther: MappedValue[];
  departments: Map<string, DepartmentMention>;
};

function countMapped(rows: readonly ParsedRow[]): MappedValue[] {
  const counts = new Map<string, MappedValue>();
  for (const { mappedToOther } of rows) {
    if (!mappedToOther) continue;
    const key = `${mappedToOther.field}\u0000${mappedToOther.value}`;
    const entry = counts.get(key) ?? { ...mappedToOther, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || a.value.localeCompare(b.value),
  );
}

/**
 * Aggregated formats (audit rows, weekly metrics) are small by nature, and
 * their rows are kept until the transaction: a bigger file is refused, which
 * also bounds the memory one import can take.
 */
export const MAX_AGGREGATED_ROWS = 100_000;

/** collectRows' input: the file and its format's rules. */
type CollectRowsInput<Columns, Row> = {
  source: RecordSource;
  /** invalidRows: SKIP — a row with a problem is left out (and listed) instead of failing the file. */
  skipInvalid?: boolean;
  onRows: (rowsRead: number) => void;
  mapHeader: (header: string[]) => HeaderResult<Columns>;
  parseRow: (input: {
    record: string[];
    line: number;
    columns: Columns;
    headerWidth: number;
    trailingEmptyCellsDropped: boolean;
  }) => RowResult<Row>;
  findDuplicates: (rows: (Row & { line: number })[]) => ImportError[];
};

function nothingCollected<Row>(): CollectedRows<Row> {
  return {
    rows: [],
    errors: [],
    skipped: [],
    rowsRead: 0,
    mappedToOther: [],
    departments: new Map(),
  };
}

/**
 * Streams a file through a format's header and row rules (libs/domain/imports),
 * keeping every valid row and every error; nothing is stored here.
 */
export async function collectRows<
  Columns extends { department: number | null },
  Row extends ParsedRow,
>({
  source,
  onRows,
  mapHeader,
  parseRow,
  findDuplicates,
  skipInvalid = false,
}: CollectRowsInput<Columns, Row>): Promise<CollectedRows<Row>> {
  const collected = nothingCollected<Row>();
  const iterator = source.records[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) {
    collected.errors.push({
      line: 1,
      column: null,
      message: 'the file is empty',
    });
    return collected;
  }
  const header = mapHeader(first.value.cells);
  if (!header.ok) {
    collected.errors.push(...header.errors);
    return collected;
  }
  for (
    let next = await iterator.next();
    !next.done;
    next = await iterator.next()
  ) {
    const { line, cells } = next.value;
    if (isBlankRecord(cells)) continue;
    if (collected.rowsRead === MAX_AGGREGATED_ROWS) {
      collected.errors.push({
        line,
        column: null,
        message: `the file has more than ${MAX_AGGREGATED_ROWS.toLocaleString('en')} rows; aggregate it (one row per department, request type and channel, or per department and week)`,
      });
      break;
    }
    collected.rowsRead += 1;
    onRows(collected.rowsRead);
    const parsed = parseRow({
      record: cells,
      line,
      columns: header.columns,
      headerWidth: header.headerWidth,
      trailingEmptyCellsDropped: source.trailingEmptyCellsDropped,
    });
    if (!parsed.ok) {
      if (skipInvalid) collected.skipped.push(parsed.errors);
      else collected.errors.push(...parsed.errors);
      continue;
    }
    const key = departmentNameKey(parsed.row.department);
    if (!collected.departments.has(key)) {
      collected.departments.set(key, {
        name: parsed.row.department,
        line,
        column:
          header.columns.department === null
            ? null
            : header.columns.department + 1,
      });
    }
    collected.rows.push({ ...parsed.row, line });
  }
  settleDuplicates(collected, findDuplicates(collected.rows), skipInvalid);
  collected.mappedToOther = countMapped(collected.rows);
  refuseHeaderOnly(collected, first.value.line);
  return collected;
}

/** A header and blank lines only (no row valid or invalid) is an error of its own. */
function refuseHeaderOnly<Row>(
  collected: CollectedRows<Row>,
  headerLine: number,
): void {
  if (
    collected.errors.length === 0 &&
    collected.rows.length === 0 &&
    collected.skipped.length === 0
  ) {
    collected.errors.push({
      line: headerLine,
      column: null,
      message: 'the file has a header but no rows',
    });
  }
}

/**
 * Rows the same as an earlier one: errors, or under invalidRows: SKIP the
 * later ones left out and listed (the first of them is kept).
 */
function settleDuplicates<Row>(
  collected: CollectedRows<Row>,
  duplicates: ImportError[],
  skipInvalid: boolean,
): void {
  if (skipInvalid && duplicates.length > 0) {
    const later = new Set(duplicates.map((error) => error.line));
    collected.rows = collected.rows.filter((row) => !later.has(row.line));
    collected.skipped.push(...duplicates.map((error) => [error]));
    collected.skipped.sort((a, b) => a[0].line - b[0].line);
  } else {
    collected.errors.push(...duplicates);
  }
}
