import { Channel } from '@esm-planner/domain-audit';
import { MAX_DEPARTMENT_NAME_LENGTH } from '@esm-planner/domain-departments';
import { RowResult } from '../audit-row';
import { CellResult, requiredText } from '../cell-values';
import { headerKey } from '../header';
import { ImportError, reportedValue } from '../import-error';
import { RequestRow } from '../request-row';
import { ColumnRef, MAX_CELL_LENGTH, RecordInput, recordWidthError, rowReader } from '../row-reader';
import { ReadTimestamp } from '../timestamp';
import { parseVendorTimestamp } from './vendor-timestamp';

/** The source systems whose exports map onto request records (data-formats §4). */
export type VendorFormat = 'SERVICENOW' | 'JSM' | 'FRESHSERVICE';

/** One column of a vendor export: the header names it goes by, as headerKey writes them. */
export type VendorColumn<F extends string = string> = {
  readonly field: F;
  /** What the vendor's export calls it, for messages. */
  readonly label: string;
  readonly names: readonly string[];
  readonly required: boolean;
};

/**
 * Which of several rows of one ticket is the latest (ServiceNow event logs
 * repeat an incident once per update): the higher `rank` wins, ties go to
 * the later `updatedAt`.
 */
export type { RowVersion } from '../mapping/event-log';
import type { RowVersion } from '../mapping/event-log';

/** A request read from a vendor export, with its version when the export has one. */
export type VendorRequestRow = RequestRow & { version: RowVersion | null };

/** Where each field's column is, named as the file names it (for messages). */
export type VendorColumns<F extends string> = Record<F, ColumnRef>;

export type VendorHeader<F extends string> =
  | { ok: true; columns: VendorColumns<F>; headerWidth: number }
  | { ok: false; errors: ImportError[] };

/** Department of a ticket without a group (data-formats §4). */
export const UNASSIGNED_DEPARTMENT = 'Unassigned';

/**
 * Request type of a ticket without a category. Real exports have them (the
 * ServiceNow sample has `?` categories): they are kept and counted rather
 * than failing the whole file.
 */
export const UNCATEGORISED_REQUEST_TYPE = 'Uncategorised';

/** Values that mean "nothing here": empty, and ServiceNow's `?`. */
export function isMissing(text: string): boolean {
  const value = text.trim();
  return value === '' || value === '?';
}

/**
 * Finds the vendor's columns in a header, by any of their names (so
 * `opened_at` and the display label `Opened` both work). Unknown columns are
 * ignored; missing required ones are one error naming them and the columns
 * the file has.
 */
export function mapVendorHeader<F extends string>({
  header,
  columns,
  label,
}: {
  header: readonly string[];
  columns: readonly VendorColumn<F>[];
  label: string;
}): VendorHeader<F> {
  const keys = header.map(headerKey);
  const refs = {} as Record<F, ColumnRef>;
  const missing: string[] = [];
  for (const column of columns) {
    const index = keys.findIndex((key) => column.names.includes(key));
    refs[column.field] = { name: index === -1 ? column.label : header[index].replace(/^\uFEFF/, '').trim(), index: index === -1 ? null : index };
    if (index === -1 && column.required) missing.push(column.label);
  }
  if (missing.length > 0) {
    const found = header.map((cell) => cell.replace(/^\uFEFF/, '').trim()).filter(Boolean);
    const shown = found.slice(0, 30).join(', ') + (found.length > 30 ? ` and ${found.length - 30} more` : '');
    return {
      ok: false,
      errors: [{
        line: 1,
        column: null,
        message: `this is not a ${label} export: missing ${missing.length === 1 ? 'column' : 'columns'} ${missing.join(', ')}; the header has ${shown || 'no column names'}`,
      }],
    };
  }
  return { ok: true, columns: refs, headerWidth: header.length };
}

/** A cell reader for one vendor record: missing values as null, every problem kept. */
export function vendorReader<F extends string>(input: RecordInput & { columns: VendorColumns<F>; timeZone: string }) {
  const { errors, read, fail } = rowReader(input);
  const at = input.columns;
  const raw = (field: F) => (at[field].index === null ? '' : (input.record[at[field].index!] ?? ''));
  const optional = <T>(field: F, parse: (text: string) => CellResult<T>): T | null =>
    isMissing(raw(field)) ? null : (read(at[field], parse) ?? null);
  return {
    errors,
    fail: (field: F, message: string) => fail(at[field], message, raw(field)),
    raw,
    /** A cell read by `parse`; null when missing, an error with its column when `parse` refuses it. */
    value: optional,
    /** Trimmed text; null when missing. */
    text: (field: F) => optional(field, requiredText({ maxLength: MAX_CELL_LENGTH })),
    required: (field: F, maxLength = MAX_CELL_LENGTH) => {
      if (isMissing(raw(field))) {
        fail(at[field], 'is empty');
        return null;
      }
      return read(at[field], requiredText({ maxLength })) ?? null;
    },
    timestamp: (field: F): ReadTimestamp | null => optional(field, (text) => parseVendorTimestamp(text, input.timeZone)),
    requiredTimestamp: (field: F): ReadTimestamp | null => {
      if (isMissing(raw(field))) {
        fail(at[field], 'is empty');
        return null;
      }
      return read(at[field], (text) => parseVendorTimestamp(text, input.timeZone)) ?? null;
    },
    boolean: (field: F) => optional(field, parseVendorBoolean),
    count: (field: F) => optional(field, parseCount),
    requestType: (field: F) => optional(field, requiredText({ maxLength: MAX_CELL_LENGTH })) ?? UNCATEGORISED_REQUEST_TYPE,
    group: (field: F) => optional(field, requiredText({ maxLength: MAX_DEPARTMENT_NAME_LENGTH })) ?? UNASSIGNED_DEPARTMENT,
  };
}

const TRUTHS: ReadonlyMap<string, boolean> = new Map([
  ['true', true], ['yes', true], ['y', true], ['1', true],
  ['false', false], ['no', false], ['n', false], ['0', false],
]);

export function parseVendorBoolean(text: string): CellResult<boolean> {
  const known = TRUTHS.get(text.trim().toLowerCase());
  return known === undefined ? { ok: false, message: 'must be true/false, yes/no or 1/0' } : { ok: true, value: known };
}

function parseCount(text: string): CellResult<number> {
  const value = text.trim();
  return /^\d{1,9}$/.test(value) ? { ok: true, value: Number(value) } : { ok: false, message: 'must be a whole number' };
}

/** Maps a vendor's channel word, reporting what fell to OTHER. */
export function vendorChannel(
  value: string | null,
  table: ReadonlyMap<string, Channel>,
): { channel: Channel; mappedToOther: string | null } {
  if (value === null) return { channel: 'OTHER', mappedToOther: '(empty)' };
  const key = value.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
  const channel = table.get(key);
  return channel ? { channel, mappedToOther: null } : { channel: 'OTHER', mappedToOther: reportedValue(value) };
}

/** The parts every vendor fills, checked the same way as format 2. */
export function vendorRow(
  parts: Omit<VendorRequestRow, 'readInTimeZone' | 'mappedToOther' | 'openedAt' | 'resolvedAt' | 'firstResponseAt'> & {
    openedAt: ReadTimestamp;
    resolvedAt: ReadTimestamp | null;
    firstResponseAt?: ReadTimestamp | null;
    mappedToOther: string | null;
  },
): VendorRequestRow {
  const { openedAt, resolvedAt, firstResponseAt = null, mappedToOther, ...rest } = parts;
  const row: VendorRequestRow = {
    ...rest,
    openedAt: openedAt.epochMs,
    resolvedAt: resolvedAt?.epochMs ?? null,
    firstResponseAt: firstResponseAt?.epochMs ?? null,
    readInTimeZone: [openedAt, resolvedAt, firstResponseAt].some((stamp) => stamp !== null && !stamp.hadOffset),
  };
  if (mappedToOther !== null) row.mappedToOther = { field: 'channel', value: mappedToOther };
  return row;
}

/** A vendor mapping: its columns and how one record becomes a request. */
export type VendorMapping<F extends string = string> = {
  readonly format: VendorFormat;
  readonly label: string;
  readonly columns: readonly VendorColumn<F>[];
  /** Whether the export may hold several rows per ticket (kept: the latest version). */
  readonly versioned: boolean;
  readonly readRecord: (input: RecordInput & { columns: VendorColumns<F>; timeZone: string }) => RowResult<VendorRequestRow>;
};

/** The width check every vendor record goes through first. */
export function widthProblem(input: RecordInput): RowResult<VendorRequestRow> | null {
  const error = recordWidthError(input);
  return error ? { ok: false, errors: [error] } : null;
}
