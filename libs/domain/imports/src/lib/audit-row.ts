import { Channel } from '@esm-planner/domain-audit';
import { MAX_DEPARTMENT_NAME_LENGTH } from '@esm-planner/domain-departments';
import {
  CellResult,
  parseCount,
  parseOptionalDecimal,
  requiredText,
} from './cell-values';
import { channelFromSource } from './channel-value';
import { ColumnIndexes, columnRefs, ColumnSpec } from './header';
import { ImportError, reportedValue } from './import-error';
import {
  MAX_CELL_LENGTH,
  RecordInput,
  recordWidthError,
  rowReader,
} from './row-reader';

/** Format 1 (data-formats §1): aggregated audit rows. */
export const AUDIT_COLUMNS = [
  { field: 'department', name: 'department', required: true },
  { field: 'requestType', name: 'request_type', required: true },
  { field: 'channel', name: 'channel', required: true },
  { field: 'count', name: 'count', required: true },
  {
    field: 'avgHandlingMinutes',
    name: 'avg_handling_minutes',
    required: false,
  },
  {
    field: 'avgFirstResponseHours',
    name: 'avg_first_response_hours',
    required: false,
  },
] as const satisfies readonly ColumnSpec[];

export type AuditColumns = ColumnIndexes<typeof AUDIT_COLUMNS>;

/** A source value the importer mapped to OTHER, for the import report. */
export type MappedToOther = { field: 'channel'; value: string };

/** One valid audit row, trimmed and typed. */
export type AuditRow = {
  department: string;
  requestType: string;
  channel: Channel;
  /** A non-negative integer. */
  count: number;
  /** Minutes; null when the cell is empty or the column absent. */
  avgHandlingMinutes: number | null;
  /** Hours; null when the cell is empty or the column absent. */
  avgFirstResponseHours: number | null;
  /** Present when a channel value was not recognised and became OTHER. */
  mappedToOther?: MappedToOther;
};

export type RowResult<Row> =
  { ok: true; row: Row } | { ok: false; errors: ImportError[] };

function parseChannel(
  text: string,
): CellResult<{ channel: Channel; mappedToOther: boolean }> {
  const mapped = channelFromSource(text);
  return mapped
    ? { ok: true, value: mapped }
    : { ok: false, message: 'is empty' };
}

/**
 * Reads one record of an audit file (rules in docs/domain/imports.md): every
 * problem of the row is returned, each with its 1-based column. An
 * unrecognised channel is not an error: it becomes OTHER, reported in
 * `mappedToOther`.
 */
export function parseAuditRow({
  columns,
  ...input
}: RecordInput & { columns: AuditColumns }): RowResult<AuditRow> {
  const widthError = recordWidthError(input);
  if (widthError) return { ok: false, errors: [widthError] };
  const at = columnRefs(AUDIT_COLUMNS, columns);
  const { errors, read } = rowReader(input);
  const department = read(
    at.department,
    requiredText({ maxLength: MAX_DEPARTMENT_NAME_LENGTH }),
  );
  const requestType = read(
    at.requestType,
    requiredText({ maxLength: MAX_CELL_LENGTH }),
  );
  const channel = read(at.channel, parseChannel);
  const count = read(at.count, parseCount);
  const avgHandlingMinutes = read(at.avgHandlingMinutes, parseOptionalDecimal);
  const avgFirstResponseHours = read(
    at.avgFirstResponseHours,
    parseOptionalDecimal,
  );
  if (errors.length > 0) return { ok: false, errors };
  // No error means read returned a value for every cell.
  const row: AuditRow = {
    department: department!,
    requestType: requestType!,
    channel: channel!.channel,
    count: count!,
    avgHandlingMinutes: avgHandlingMinutes ?? null,
    avgFirstResponseHours: avgFirstResponseHours ?? null,
  };
  if (channel!.mappedToOther) {
    const value = reportedValue(input.record[columns.channel].trim());
    row.mappedToOther = { field: 'channel', value };
  }
  return { ok: true, row };
}
