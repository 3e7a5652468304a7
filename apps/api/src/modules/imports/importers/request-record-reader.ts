import {
  ImportError,
  mapHeader,
  parseRequestRow,
  REQUEST_COLUMNS,
  RequestColumns,
  RequestRow,
} from '@esm-planner/domain-imports';

/** A request read from a file. */
export type ReadRequest =
  { ok: true; row: RequestRow } | { ok: false; errors: ImportError[] };

/** How the records of a format-2 file become requests, decided from its header. */
export type RequestRecordReader = {
  /** The 1-based column that holds the external id, for messages about it. */
  externalIdColumn: number;
  /** The column of the department, for messages about unknown ones. */
  departmentColumn: number | null;
  /** The header mapping: what the COPY fast path reads by. */
  format2Header: { columns: RequestColumns; headerWidth: number };
  read(input: {
    cells: readonly string[];
    line: number;
    trailingEmptyCellsDropped?: boolean;
  }): ReadRequest;
};

/**
 * The record → request step of format 2 (GENERIC). A source system's export
 * (data-formats §4) is read by its built-in column mapping instead, on the
 * mapped COPY path (mapped/).
 */
export function requestRecordReader({
  header,
  timeZone,
}: {
  header: readonly string[];
  timeZone: string;
}):
  | { ok: true; reader: RequestRecordReader }
  | { ok: false; errors: ImportError[] } {
  const mapped = mapHeader({ header, columns: REQUEST_COLUMNS });
  if (!mapped.ok) return mapped;
  return {
    ok: true,
    reader: {
      format2Header: {
        columns: mapped.columns,
        headerWidth: mapped.headerWidth,
      },
      externalIdColumn: mapped.columns.externalId + 1,
      departmentColumn: mapped.columns.department + 1,
      read: ({ cells, line, trailingEmptyCellsDropped }) => {
        const result = parseRequestRow({
          record: cells,
          line,
          columns: mapped.columns,
          headerWidth: mapped.headerWidth,
          timeZone,
          trailingEmptyCellsDropped,
        });
        return result.ok ? { ok: true, row: result.row } : result;
      },
    },
  };
}
