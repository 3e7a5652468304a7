import { requiredText } from '../cell-values';
import { ImportError, reportedValue } from '../import-error';
import { MAX_EXTERNAL_ID_LENGTH } from '../request-row';
import { MAX_CELL_LENGTH } from '../row-reader';
import { LocalTimeKind } from '@esm-planner/shared-util-dates';
import { EventLog } from './column-mapping';
import { MappingPlan } from './field-plan';
import {
  CellSource,
  mapRecord,
  MappedRecord,
  REQUEST_INDEX,
} from './mapped-record';
import { valueKey } from './value-map';

/**
 * Where an event sorts within its case: `rank` (the sequence column, null
 * when missing or not configured) first, then `updatedAt` (the event time,
 * null when missing), then the file line. A null sorts before any number.
 */
export type RowVersion = { rank: number | null; updatedAt: number | null };

/** One event of an event log, read and mapped but not yet part of a case. */
export type MappedEvent = {
  line: number;
  /** The case id (external_id), trimmed. */
  caseId: string;
  version: RowVersion;
  /** Whether the event's status is one of the resolved statuses (false without a status column). */
  resolved: boolean;
  /** The event time's cell and its source, for a derived opened_at or resolved_at. */
  time: { text: string; source: CellSource; localTime: LocalTimeKind | null };
  cells: readonly string[];
  record: MappedRecord;
};

/** The event-log columns of a plan, found in the file. */
export type EventLogPlan = {
  eventTime: { column: number | null; name: string };
  status: {
    column: number | null;
    name: string;
    resolved: ReadonlySet<string>;
  } | null;
  sequence: { column: number | null; name: string } | null;
};

/** Finds an event log's columns (event time, status, sequence) in the file. */
export function planEventLog(plan: MappingPlan, log: EventLog): EventLogPlan {
  const at = (name: string) => {
    const column = plan.lookup.indexOf(name) ?? null;
    return {
      column,
      name: column === null ? name.trim() : plan.columnNames[column],
    };
  };
  return {
    eventTime: at(log.eventTime),
    status: log.status
      ? {
          ...at(log.status),
          resolved: new Set((log.resolvedStatuses ?? []).map(valueKey)),
        }
      : null,
    sequence: log.sequence ? at(log.sequence) : null,
  };
}

/** Reports a bad cell of an event at its line and column. */
type EventProblem = (
  column: number | null,
  name: string,
  message: string,
  raw: string,
) => void;

/**
 * Reads one event (the record's width is checked before): its case id, its
 * time (required unless the log has a sequence column), its sequence number
 * and whether its status is resolved. An event without a readable case id,
 * time or sequence is an invalid row, reported at its line.
 */
export function readEvent(
  plan: MappingPlan,
  log: EventLogPlan,
  cells: readonly string[],
  line: number,
): { ok: true; event: MappedEvent } | { ok: false; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const fail: EventProblem = (column, name, message, raw) => {
    errors.push({
      line,
      column: column === null ? null : column + 1,
      field: name,
      message: `${name} ${message}`,
      ...(raw === '' ? {} : { value: reportedValue(raw) }),
    });
  };
  const record = mapRecord(plan, cells);
  const idSource = record.sources[REQUEST_INDEX.externalId];
  const id = requiredText({ maxLength: MAX_EXTERNAL_ID_LENGTH })(
    record.texts[REQUEST_INDEX.externalId],
  );
  if (!id.ok) fail(idSource.column, idSource.name, id.message, idSource.raw);
  const timeRaw =
    log.eventTime.column === null ? '' : (cells[log.eventTime.column] ?? '');
  const time = readEventTime(plan, log, timeRaw, fail);
  const rank = readSequence(plan, log, cells, fail);
  if (errors.length > 0) return { ok: false, errors };
  const statusRaw =
    log.status === null || log.status.column === null
      ? ''
      : (cells[log.status.column] ?? '');
  const resolved =
    log.status !== null &&
    !plan.isMissing(statusRaw) &&
    log.status.resolved.has(valueKey(statusRaw));
  return {
    ok: true,
    event: {
      line,
      caseId: id.ok ? id.value : '',
      version: { rank, updatedAt: time.updatedAt },
      resolved,
      time: {
        text: timeRaw,
        source: {
          column: log.eventTime.column,
          raw: timeRaw,
          name: log.eventTime.name,
        },
        localTime: time.localTime,
      },
      cells,
      record,
    },
  };
}

/** An event's time (null when missing or unreadable, reported to `fail`). */
function readEventTime(
  plan: MappingPlan,
  log: EventLogPlan,
  timeRaw: string,
  fail: EventProblem,
): { updatedAt: number | null; localTime: LocalTimeKind | null } {
  const { column, name } = log.eventTime;
  if (timeRaw.length > MAX_CELL_LENGTH)
    fail(
      column,
      name,
      `is longer than ${MAX_CELL_LENGTH.toLocaleString('en')} characters`,
      timeRaw,
    );
  else if (plan.isMissing(timeRaw)) {
    if (log.sequence === null)
      fail(column, name, 'is empty: every event needs its time', timeRaw);
  } else {
    const read = plan.dates.readInstant(timeRaw);
    if (read.ok)
      return { updatedAt: read.value.epochMs, localTime: read.value.localTime };
    fail(column, name, read.message, timeRaw);
  }
  return { updatedAt: null, localTime: null };
}

const SEQUENCE = /^\d{1,15}$/;

/** An event's sequence number (null when missing or not configured). */
function readSequence(
  plan: MappingPlan,
  log: EventLogPlan,
  cells: readonly string[],
  fail: EventProblem,
): number | null {
  if (log.sequence === null || log.sequence.column === null) return null;
  const raw = cells[log.sequence.column] ?? '';
  if (plan.isMissing(raw)) return null;
  if (SEQUENCE.test(raw.trim())) return Number(raw.trim());
  fail(
    log.sequence.column,
    log.sequence.name,
    'must be a whole number (the order of the events)',
    raw,
  );
  return null;
}

/** Whether version `a` sorts after version `b` of the same case: higher rank, then later time (nulls first). */
export function isLaterVersion(a: RowVersion, b: RowVersion): boolean {
  const rankA = a.rank ?? -1;
  const rankB = b.rank ?? -1;
  if (rankA !== rankB) return rankA > rankB;
  return (a.updatedAt ?? -Infinity) > (b.updatedAt ?? -Infinity);
}

/** Events in case order: rank, then time, then line (file order). */
export function compareEvents(a: MappedEvent, b: MappedEvent): number {
  if (isLaterVersion(a.version, b.version)) return 1;
  if (isLaterVersion(b.version, a.version)) return -1;
  return a.line - b.line;
}
