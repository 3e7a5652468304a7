import {
  compileColumnMapping,
  ImportError,
  isVendorFormat,
  mapHeader,
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
    // A built-in mapping of the column-mapping engine. ServiceNow's is an
    // event log whose fields are all bound: each incident is its latest
    // version, which the importer keeps in SQL (keepLatestVersions).
    const compiled = compileColumnMapping({ mapping: VENDOR_MAPPINGS[format].mapping, header, timeZone });
    if (!compiled.ok) return compiled;
    const { plan, eventLog } = compiled.mapping;
    const columnOf = (field: string) => plan.fields.find((candidate) => candidate.field.name === field)?.column ?? null;
    const departmentIndex = columnOf('department');
    return {
      ok: true,
      reader: {
        versioned: eventLog !== null,
        format2Header: null,
        externalIdColumn: (columnOf('external_id') ?? 0) + 1,
        departmentColumn: departmentIndex === null ? null : departmentIndex + 1,
        read: ({ cells, line, trailingEmptyCellsDropped }) => {
          const result = compiled.mapping.readRow({ cells, line, trailingEmptyCellsDropped });
          return result.ok ? { ok: true, row: result.row, version: result.version ?? null } : result;
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
