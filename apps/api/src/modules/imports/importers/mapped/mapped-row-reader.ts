import {
  ColumnMappingInput,
  compileColumnMapping,
  CompiledMapping,
  ImportError,
  RowOfKind,
} from '@esm-planner/domain-imports';

type HeaderResult =
  | { ok: true; columns: { department: number | null }; headerWidth: number }
  | { ok: false; errors: ImportError[] };
type RowInput = {
  record: string[];
  line: number;
  trailingEmptyCellsDropped: boolean;
};

/**
 * An audit or weekly-metrics file read through a column mapping: the header
 * compiles the mapping (a missing column fails the file on line 1), then
 * each record goes through the engine's reader, errors pointed back at the
 * source. Those files are small (at most 100,000 rows), so rows are read in
 * JavaScript like the formats' own.
 */
export function mappedRowReader<K extends 'AUDIT' | 'METRICS'>(
  mapping: ColumnMappingInput,
  kind: K,
  timeZone: string,
) {
  let compiled: CompiledMapping<RowOfKind[K]> | null = null;
  return {
    mapHeader(header: string[]): HeaderResult {
      const result = compileColumnMapping({
        mapping: { ...mapping, kind },
        header,
        timeZone,
      });
      if (!result.ok) return result;
      compiled = result.mapping;
      const department = result.mapping.plan.fields.find(
        (field) => field.field.name === 'department',
      )!;
      return {
        ok: true,
        columns: {
          department: department.source === 'COLUMN' ? department.column : null,
        },
        headerWidth: header.length,
      };
    },
    parseRow({
      record,
      line,
      trailingEmptyCellsDropped,
    }: RowInput):
      { ok: true; row: RowOfKind[K] } | { ok: false; errors: ImportError[] } {
      const read = compiled!.readRow({
        cells: record,
        line,
        trailingEmptyCellsDropped,
      });
      return read.ok
        ? { ok: true, row: read.row }
        : {
            ok: false,
            errors: read.errors.map(({ line: l, column, message, value }) => ({
              line: l,
              column,
              message,
              value,
            })),
          };
    },
  };
}
