import type { Resolution } from '@esm-planner/domain-metrics';
import { Channel } from '@esm-planner/domain-audit';
import { MAX_DEPARTMENT_NAME_LENGTH } from '@esm-planner/domain-departments';
import { MappedToOther, RowResult } from './audit-row';
import { CellResult, parseOptionalDecimal, requiredText } from './cell-values';
import { channelFromSource } from './channel-value';
import { ColumnIndexes, columnRefs, ColumnSpec } from './header';
import { reportedValue } from './import-error';
import {
  ColumnRef,
  MAX_CELL_LENGTH,
  RecordInput,
  recordWidthError,
  rowReader,
} from './row-reader';
import {
  parseOptionalBoolean,
  parseOptionalResolution,
} from './request-values';
import { parseTimestamp, ReadTimestamp } from './timestamp';

/** Format 2 (data-formats §2): one request per row. */
export const REQUEST_COLUMNS = [
  { field: 'externalId', name: 'external_id', required: true },
  { field: 'department', name: 'department', required: true },
  { field: 'requestType', name: 'request_type', required: true },
  { field: 'channel', name: 'channel', required: true },
  { field: 'openedAt', name: 'opened_at', required: true },
  { field: 'firstResponseAt', name: 'first_response_at', required: false },
  { field: 'resolvedAt', name: 'resolved_at', required: false },
  { field: 'resolution', name: 'resolution', required: false },
  { field: 'slaMet', name: 'sla_met', required: false },
  { field: 'reopened', name: 'reopened', required: false },
  { field: 'handlingMinutes', name: 'handling_minutes', required: false },
] as const satisfies readonly ColumnSpec[];

export type RequestColumns = ColumnIndexes<typeof REQUEST_COLUMNS>;
type RequestField = (typeof REQUEST_COLUMNS)[number]['field'];

export const MAX_EXTERNAL_ID_LENGTH = 200;

/** One valid request; instants as epoch milliseconds (UTC). */
export type RequestRow = {
  externalId: string;
  department: string;
  requestType: string;
  channel: Channel;
  openedAt: number;
  firstResponseAt: number | null;
  resolvedAt: number | null;
  resolution: Resolution | null;
  slaMet: boolean | null;
  reopened: boolean | null;
  handlingMinutes: number | null;
  /** True when a timestamp had no offset and was read in the organisation's time zone. */
  readInTimeZone: boolean;
  mappedToOther?: MappedToOther;
};

const optional =
  (readTimestamp: (text: string) => CellResult<ReadTimestamp>) =>
  (text: string): CellResult<ReadTimestamp | null> =>
    text.trim() === '' ? { ok: true, value: null } : readTimestamp(text);

/**
 * Reads one request record (rules in docs/domain/imports.md): every problem
 * with its column. Timestamps without an offset are read in `timeZone`;
 * a resolution or first response before the request was opened is an error.
 * `readTimestamp` replaces the ISO-8601 reading of a non-empty timestamp
 * cell (a column mapping's date formats).
 */
export function parseRequestRow({
  columns,
  timeZone,
  readTimestamp = (text) => parseTimestamp(text, timeZone),
  ...input
}: RecordInput & {
  columns: RequestColumns;
  timeZone: string;
  readTimestamp?: (text: string) => CellResult<ReadTimestamp>;
}): RowResult<RequestRow> {
  const widthError = recordWidthError(input);
  if (widthError) return { ok: false, errors: [widthError] };
  const at = columnRefs(REQUEST_COLUMNS, columns);
  const reader = rowReader(input);
  const { errors, read } = reader;
  const raw = (index: number | null) =>
    index === null ? '' : input.record[index];
  const externalId = read(
    at.externalId,
    requiredText({ maxLength: MAX_EXTERNAL_ID_LENGTH }),
  );
  const department = read(
    at.department,
    requiredText({ maxLength: MAX_DEPARTMENT_NAME_LENGTH }),
  );
  const requestType = read(
    at.requestType,
    requiredText({ maxLength: MAX_CELL_LENGTH }),
  );
  const channel = read(at.channel, (text) => {
    const mapped = channelFromSource(text);
    return mapped
      ? { ok: true, value: mapped }
      : { ok: false, message: 'is empty' };
  });
  const openedAt = read(at.openedAt, (text) =>
    text.trim() === ''
      ? { ok: false, message: 'is empty' }
      : readTimestamp(text),
  );
  const firstResponseAt = read(at.firstResponseAt, optional(readTimestamp));
  const resolvedAt = read(at.resolvedAt, optional(readTimestamp));
  const resolution = read(at.resolution, parseOptionalResolution);
  const slaMet = read(at.slaMet, parseOptionalBoolean);
  const reopened = read(at.reopened, parseOptionalBoolean);
  const handlingMinutes = read(at.handlingMinutes, parseOptionalDecimal);
  failTimesBeforeOpened(reader.fail, at, raw, {
    openedAt,
    firstResponseAt,
    resolvedAt,
  });
  if (errors.length > 0) return { ok: false, errors };
  const stamps = [openedAt!, firstResponseAt, resolvedAt].filter(
    (stamp): stamp is ReadTimestamp => Boolean(stamp),
  );
  const row: RequestRow = {
    externalId: externalId!,
    department: department!,
    requestType: requestType!,
    channel: channel!.channel,
    openedAt: openedAt!.epochMs,
    firstResponseAt: firstResponseAt?.epochMs ?? null,
    resolvedAt: resolvedAt?.epochMs ?? null,
    resolution: resolution ?? null,
    slaMet: slaMet ?? null,
    reopened: reopened ?? null,
    handlingMinutes: handlingMinutes ?? null,
    readInTimeZone: stamps.some((stamp) => !stamp.hadOffset),
  };
  if (channel!.mappedToOther)
    row.mappedToOther = {
      field: 'channel',
      value: reportedValue(raw(columns.channel).trim()),
    };
  return { ok: true, row };
}

/** A first response or a resolution before the request was opened: an error at its cell. */
function failTimesBeforeOpened(
  fail: ReturnType<typeof rowReader>['fail'],
  at: Record<RequestField, ColumnRef>,
  raw: (index: number | null) => string,
  times: {
    openedAt?: ReadTimestamp;
    firstResponseAt?: ReadTimestamp | null;
    resolvedAt?: ReadTimestamp | null;
  },
): void {
  const { openedAt, firstResponseAt, resolvedAt } = times;
  if (openedAt && resolvedAt && resolvedAt.epochMs < openedAt.epochMs) {
    fail(at.resolvedAt, 'is before opened_at', raw(at.resolvedAt.index));
  }
  if (
    openedAt &&
    firstResponseAt &&
    firstResponseAt.epochMs < openedAt.epochMs
  ) {
    fail(
      at.firstResponseAt,
      'is before opened_at',
      raw(at.firstResponseAt.index),
    );
  }
}
