import { requiredText } from '../cell-values';
import { ImportError, reportedValue } from '../import-error';
import { MAX_EXTERNAL_ID_LENGTH, RequestRow } from '../request-row';
import { MAX_CELL_LENGTH } from '../row-reader';
import { LocalTimeKind } from '@esm-planner/shared-util-dates';
import { EventLog } from './column-mapping';
import { MappingPlan } from './field-plan';
import {
  CellSource,
  mapRecord,
  MappedRecord,
  REQUEST_INDEX,
  ruleResolution,
} from './mapped-record';
import { MappedRowReader, MappedRowResult } from './mapped-row';
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

const SEQUENCE = /^\d{1,15}$/;

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
  const fail = (
    column: number | null,
    name: string,
    message: string,
    raw: string,
  ) => {
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
  let updatedAt: number | null = null;
  let localTime: LocalTimeKind | null = null;
  if (timeRaw.length > MAX_CELL_LENGTH)
    fail(
      log.eventTime.column,
      log.eventTime.name,
      `is longer than ${MAX_CELL_LENGTH.toLocaleString('en')} characters`,
      timeRaw,
    );
  else if (plan.isMissing(timeRaw)) {
    if (log.sequence === null)
      fail(
        log.eventTime.column,
        log.eventTime.name,
        'is empty: every event needs its time',
        timeRaw,
      );
  } else {
    const read = plan.dates.readInstant(timeRaw);
    if (read.ok) {
      updatedAt = read.value.epochMs;
      localTime = read.value.localTime;
    } else
      fail(log.eventTime.column, log.eventTime.name, read.message, timeRaw);
  }
  let rank: number | null = null;
  if (log.sequence !== null && log.sequence.column !== null) {
    const raw = cells[log.sequence.column] ?? '';
    if (!plan.isMissing(raw)) {
      if (SEQUENCE.test(raw.trim())) rank = Number(raw.trim());
      else
        fail(
          log.sequence.column,
          log.sequence.name,
          'must be a whole number (the order of the events)',
          raw,
        );
    }
  }
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
      version: { rank, updatedAt },
      resolved,
      time: {
        text: timeRaw,
        source: {
          column: log.eventTime.column,
          raw: timeRaw,
          name: log.eventTime.name,
        },
        localTime,
      },
      cells,
      record,
    },
  };
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

/** One case built from its events: its request (or why it is invalid), at the line of its last event. */
export type CaseResult = {
  caseId: string;
  /** The line of the case's last event (where its errors are reported). */
  line: number;
  events: number;
  /** The last event's version (sequence number and time). */
  version: RowVersion;
  result: MappedRowResult<RequestRow>;
};

const bound = (plan: MappingPlan, index: number) =>
  plan.fields[index].source !== 'NONE';

/**
 * Builds one case from its events (data-formats §5, docs/domain/imports.md
 * "Event logs"). Events are sorted here: by sequence, event time, line.
 */
export function buildCase(
  plan: MappingPlan,
  log: EventLogPlan,
  read: MappedRowReader,
  caseEvents: readonly MappedEvent[],
): CaseResult {
  const events = [...caseEvents].sort(compareEvents);
  const last = events[events.length - 1];
  const texts = [...last.record.texts];
  const sources = [...last.record.sources];
  const derived = new Set<number>();
  const derive = (index: number, text: string, source: CellSource) => {
    texts[index] = text;
    sources[index] = source;
    derived.add(index);
  };
  if (!bound(plan, REQUEST_INDEX.openedAt))
    derive(REQUEST_INDEX.openedAt, events[0].time.text, events[0].time.source);
  if (!bound(plan, REQUEST_INDEX.resolvedAt)) {
    if (log.status !== null && last.resolved) {
      let first = events.length - 1;
      while (first > 0 && events[first - 1].resolved) first -= 1;
      derive(
        REQUEST_INDEX.resolvedAt,
        events[first].time.text,
        events[first].time.source,
      );
    } else {
      derive(REQUEST_INDEX.resolvedAt, '', {
        column: null,
        raw: '',
        name: 'resolved_at',
      });
    }
  }
  if (!bound(plan, REQUEST_INDEX.reopened)) {
    // Without a status column nothing is known about reopening: missing.
    let wasResolved = false;
    let reopened = false;
    for (const event of events) {
      if (event.resolved) wasResolved = true;
      else if (wasResolved) reopened = true;
    }
    derive(
      REQUEST_INDEX.reopened,
      log.status === null ? '' : String(reopened),
      { column: null, raw: '', name: 'reopened' },
    );
  }
  const resolved = texts[REQUEST_INDEX.resolvedAt].trim() !== '';
  if (plan.resolutionRule !== null) {
    derive(
      REQUEST_INDEX.resolution,
      ruleResolution(plan, { texts, sources }, last.cells, resolved),
      { column: null, raw: '', name: 'resolution' },
    );
  } else if (!bound(plan, REQUEST_INDEX.resolution)) {
    derive(REQUEST_INDEX.resolution, resolved ? 'AGENT' : 'UNRESOLVED', {
      column: null,
      raw: '',
      name: 'resolution',
    });
  }
  const result = read(
    { texts, sources },
    last.line,
    derived,
  ) as MappedRowResult<RequestRow>;
  return {
    caseId: last.caseId,
    line: last.line,
    events: events.length,
    version: last.version,
    result,
  };
}

/**
 * The cases of an event log: events grouped by case id (exact, after
 * trimming), each case built by buildCase, in the order of each case's
 * first event in the file. Holds every event in memory: the reference the
 * SQL path is tested against, and the reader of small files.
 */
export function buildCases(
  plan: MappingPlan,
  log: EventLogPlan,
  read: MappedRowReader,
  events: readonly MappedEvent[],
): CaseResult[] {
  const byCase = new Map<string, MappedEvent[]>();
  for (const event of events) {
    const list = byCase.get(event.caseId);
    if (list) list.push(event);
    else byCase.set(event.caseId, [event]);
  }
  return [...byCase.values()].map((caseEvents) =>
    buildCase(plan, log, read, caseEvents),
  );
}
