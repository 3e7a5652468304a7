import { RequestRow } from '../request-row';
import {
  compareEvents,
  EventLogPlan,
  MappedEvent,
  RowVersion,
} from './event-log';
import { MappingPlan } from './field-plan';
import { CellSource, REQUEST_INDEX, ruleResolution } from './mapped-record';
import { MappedRowReader, MappedRowResult } from './mapped-row';

// An event log's events grouped into cases: the fields a case derives from
// its events (opened, resolved, reopened, resolution), then its row.

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
