import {
  AUDIT_COLUMNS,
  AuditRow,
  parseAuditRow,
  RowResult,
} from '../audit-row';
import { CellResult, parseMonday } from '../cell-values';
import { ImportError, reportedValue } from '../import-error';
import { METRICS_COLUMNS, MetricsRow, parseMetricsRow } from '../metrics-row';
import { parseRequestRow, REQUEST_COLUMNS, RequestRow } from '../request-row';
import { ReadTimestamp } from '../timestamp';
import { MappingPlan } from './field-plan';
import { MappedRecord, REQUEST_INDEX } from './mapped-record';

/** A row read through a mapping, with how many local times a clock change skipped or repeated. */
export type MappedRowResult<Row> =
  | {
      ok: true;
      row: Row;
      skippedLocalTimes: number;
      repeatedLocalTimes: number;
    }
  | { ok: false; errors: ImportError[] };

/** The row type of each kind. */
export type RowOfKind = {
  AUDIT: AuditRow;
  REQUESTS: RequestRow;
  METRICS: MetricsRow;
};

const identity = (specs: readonly { field: string }[]) =>
  Object.fromEntries(specs.map((spec, index) => [spec.field, index]));
const AUDIT_AT = identity(AUDIT_COLUMNS) as never;
const REQUEST_AT = identity(REQUEST_COLUMNS) as never;
const METRICS_AT = identity(METRICS_COLUMNS) as never;
const MAX_LISTED_VALUES = 8;
const TIMESTAMP_FIELDS = [
  REQUEST_INDEX.openedAt,
  REQUEST_INDEX.firstResponseAt,
  REQUEST_INDEX.resolvedAt,
];

/** Reads mapped records of one plan (see mappedRowReader). */
export type MappedRowReader = (
  record: MappedRecord,
  line: number,
  derived?: ReadonlySet<number>,
) => MappedRowResult<AuditRow | RequestRow | MetricsRow>;

const NOTHING_DERIVED: ReadonlySet<number> = new Set();

/**
 * The reader of a plan's mapped records: runs the format's own row reader
 * (parseAuditRow, parseRequestRow, parseMetricsRow) on a mapped record and
 * points every error back at the source: its line, its 1-based source column
 * (null for a constant or a derived value), the column's header as the field
 * and in the message, and the source cell as the value. Built once per file.
 *
 * `derived`: format indexes whose text was derived (event logs) — their
 * local times are not counted again.
 */
export function mappedRowReader(plan: MappingPlan): MappedRowReader {
  // Skipped or repeated local times of the row being read, by their text.
  const unusual: { text: string; kind: 'SKIPPED' | 'REPEATED' }[] = [];
  const readTimestamp = (text: string): CellResult<ReadTimestamp> => {
    const read = plan.dates.readInstant(text);
    if (!read.ok) return read;
    const { epochMs, hadOffset, localTime } = read.value;
    if (localTime === 'EXACT')
      return { ok: true, value: { epochMs, hadOffset } };
    unusual.push({ text, kind: localTime });
    return { ok: true, value: { epochMs, hadOffset, localTime } };
  };
  const readWeekStart = plan.customDates
    ? (text: string) => weekStart(plan, text)
    : parseMonday;
  const parse = (
    texts: string[],
    line: number,
  ): RowResult<AuditRow | RequestRow | MetricsRow> => {
    const headerWidth = texts.length;
    if (plan.kind === 'AUDIT')
      return parseAuditRow({
        record: texts,
        line,
        headerWidth,
        columns: AUDIT_AT,
      });
    if (plan.kind === 'METRICS')
      return parseMetricsRow({
        record: texts,
        line,
        headerWidth,
        columns: METRICS_AT,
        readWeekStart,
      });
    return parseRequestRow({
      record: texts,
      line,
      headerWidth,
      columns: REQUEST_AT,
      timeZone: plan.timeZone,
      readTimestamp,
    });
  };

  return (record, line, derived = NOTHING_DERIVED) => {
    unusual.length = 0;
    const result = parse(record.texts, line);
    if (!result.ok)
      return {
        ok: false,
        errors: result.errors.map((error) => pointBack(plan, record, error)),
      };
    let skippedLocalTimes = 0;
    let repeatedLocalTimes = 0;
    if (unusual.length > 0) {
      for (const index of TIMESTAMP_FIELDS) {
        if (derived.has(index)) continue;
        const found = unusual.find(
          (entry) => entry.text === record.texts[index],
        );
        if (found?.kind === 'SKIPPED') skippedLocalTimes += 1;
        if (found?.kind === 'REPEATED') repeatedLocalTimes += 1;
      }
    }
    return { ok: true, row: result.row, skippedLocalTimes, repeatedLocalTimes };
  };
}

function weekStart(plan: MappingPlan, text: string): CellResult<string> {
  if (text.trim() === '') return { ok: false, message: 'is empty' };
  const date = plan.dates.readPlainDate(text);
  return date.ok ? parseMonday(date.value) : date;
}

/** An error of the format's reader, said about the source file. */
function pointBack(
  plan: MappingPlan,
  record: MappedRecord,
  error: ImportError,
): ImportError {
  if (error.column === null) return error;
  const index = error.column - 1;
  const source = record.sources[index];
  const field = plan.fields[index];
  const formatName = field.field.name;
  let message = error.message.startsWith(`${formatName} `)
    ? `${source.name}${error.message.slice(formatName.length)}`
    : error.message;
  const mustBe = `${source.name} must be `;
  if (
    field.values !== null &&
    record.texts[index] === source.raw &&
    message.startsWith(mustBe)
  ) {
    // A value no entry maps, refused by the format: say what the mapping reads too.
    const listed =
      field.values.froms.slice(0, MAX_LISTED_VALUES).join(', ') +
      (field.values.froms.length > MAX_LISTED_VALUES ? ', …' : '');
    message = `${mustBe}${listed} or ${message.slice(mustBe.length)}`;
  }
  if (message.endsWith(' is before opened_at')) {
    const opened = plan.fields[REQUEST_INDEX.openedAt];
    const label =
      opened.source === 'NONE'
        ? record.sources[REQUEST_INDEX.openedAt].name
        : opened.label;
    message = `${message.slice(0, -' opened_at'.length)} ${label}`;
  }
  const pointed: ImportError = {
    line: error.line,
    column: source.column === null ? null : source.column + 1,
    field: source.name,
    message,
  };
  if (error.value !== undefined) {
    // The source cell, unless it was mapped to the text the reader saw.
    pointed.value =
      record.texts[index] === source.raw || source.raw === ''
        ? error.value
        : reportedValue(source.raw);
  } else if (source.raw.trim() !== '' && record.texts[index] !== source.raw) {
    // A missing-value marker ("?") read as empty: show what was there.
    pointed.value = reportedValue(source.raw);
  }
  return pointed;
}
