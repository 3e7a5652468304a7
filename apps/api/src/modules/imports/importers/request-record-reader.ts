import {
  ImportError,
  isVendorFormat,
  mapHeader,
  mapVendorHeader,
  parseRequestRow,
  REQUEST_COLUMNS,
  RequestColumns,
  RequestRow,
  RowVersion,
  VENDOR_MAPPINGS,
} from '@esm-planner/domain-imports';

/** A request read from a file, with its version when the format repeats tickets (event logs). */
export type ReadRequest = { ok: true; row: RequestRow; version: RowVersion | null } | { ok: false; errors: ImportError[] };

/** How the records of one file become requests, decided from its format and header. */
export type RequestRecordReader = {
  /** Whether several rows may describe one ticket (the latest version is kept). */
  versioned: boolean;
  /** The 1-based column that holds the external id, for messages about it. */
  externalIdColumn: number;
  /** The column of the department (group), for messages about unknown ones; null when the file has none. */
  departmentColumn: number | null;
  /** Format 2's header mapping (GENERIC files only): what the COPY fast path reads by. */
  format2Header: { columns: RequestColumns; headerWidth: number } | null;
  read(input: { cells: readonly string[]; line: number; trailingEmptyCellsDropped?: boolean }): ReadRequest;
};

/**
 * The record → request step of the request importer: format 2 (GENERIC)
 * or a source-system export (data-formats §4). The only place the importer
 * learns about vendors.
 */
export function requestRecordReader({
  format,
  header,
  timeZone,
}: {
  format: string;
  header: readonly string[];
  timeZone: string;
}): { ok: true; reader: RequestRecordReader } | { ok: false; errors: ImportError[] } {
  if (isVendorFormat(format)) {
    const mapping = VENDOR_MAPPINGS[format];
    const mapped = mapVendorHeader({ header, columns: mapping.columns, label: mapping.label });
    if (!mapped.ok) return mapped;
    const columns = mapped.columns as Record<string, { index: number | null }>;
    const groupField = mapping.columns.find((column) => ['assignmentGroup', 'project', 'group'].includes(column.field))?.field;
    const groupIndex = groupField ? columns[groupField].index : null;
    return {
      ok: true,
      reader: {
        versioned: mapping.versioned,
        format2Header: null,
        externalIdColumn: (columns[mapping.columns[0].field].index ?? 0) + 1,
        departmentColumn: groupIndex === null ? null : groupIndex + 1,
        read: ({ cells, line, trailingEmptyCellsDropped }) => {
          const result = mapping.readRecord({ record: cells, line, headerWidth: mapped.headerWidth, trailingEmptyCellsDropped, columns: mapped.columns, timeZone });
          if (!result.ok) return result;
          const { version, ...row } = result.row;
          return { ok: true, row, version };
        },
      },
    };
  }
  const mapped = mapHeader({ header, columns: REQUEST_COLUMNS });
  if (!mapped.ok) return mapped;
  return {
    ok: true,
    reader: {
      versioned: false,
      format2Header: { columns: mapped.columns, headerWidth: mapped.headerWidth },
      externalIdColumn: mapped.columns.externalId + 1,
      departmentColumn: mapped.columns.department + 1,
      read: ({ cells, line, trailingEmptyCellsDropped }) => {
        const result = parseRequestRow({ record: cells, line, columns: mapped.columns, headerWidth: mapped.headerWidth, timeZone, trailingEmptyCellsDropped });
        return result.ok ? { ok: true, row: result.row, version: null } : result;
      },
    },
  };
}
