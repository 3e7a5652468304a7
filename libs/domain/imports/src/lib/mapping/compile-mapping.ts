import { ImportError } from '../import-error';
import { recordWidthError } from '../row-reader';
import { CellResult } from '../cell-values';
import { ReadTimestamp } from '../timestamp';
import { ColumnMappingInput, ImportKind } from './column-mapping';
import { buildCase, buildCases, CaseResult } from './event-cases';
import {
  EventLogPlan,
  MappedEvent,
  planEventLog,
  readEvent,
  RowVersion,
} from './event-log';
import { FieldPlan, MappingPlan, planMapping } from './field-plan';
import {
  mapFieldText,
  readFieldValue,
  readMappedTimestamp,
} from './mapped-field-value';
import { mapRecord, REQUEST_INDEX, ruleResolution } from './mapped-record';
import {
  MappedRowReader,
  mappedRowReader,
  MappedRowResult,
  RowOfKind,
} from './mapped-row';
import { validateColumnMapping } from './validate-mapping';

/** One record of the source file, as a reader gives it. */
export type SourceRecord = {
  cells: readonly string[];
  /** 1-based line (row) of the file. */
  line: number;
  /** The XLSX reader drops empty cells at the end of a row. */
  trailingEmptyCellsDropped?: boolean;
};

/** A row read through a mapping; for an event log, the record read as a case of one event, with its version. */
export type ReadRowResult<Row> = MappedRowResult<Row> & {
  version?: RowVersion;
};

/** A mapping compiled against one file's header: what the importers read with. */
export type CompiledMapping<Row> = {
  readonly kind: ImportKind;
  readonly name: string;
  /** The plan: per target field, its source column or constant, default, fallback, value map (for the SQL path). */
  readonly plan: MappingPlan;
  /** The event-log columns found in the file; null for one row per record. */
  readonly eventLog: EventLogPlan | null;
  /**
   * For an event log: true when opened_at, resolved_at and reopened are all
   * bound, so that a case is its last event's row (keeping each case's
   * latest event, as the ServiceNow importer does, is then enough).
   */
  readonly caseIsLastEvent: boolean;
  /**
   * One record to the format's row, every error pointed at the source's
   * line, column and value. For an event log: the record as a case of one
   * event (its version says where it sorts) — buildCases is the real thing.
   */
  readRow(record: SourceRecord): ReadRowResult<Row>;
  /** One event of an event log (throws for a mapping without one). */
  readEvent(
    record: SourceRecord,
  ): { ok: true; event: MappedEvent } | { ok: false; errors: ImportError[] };
  /** The cases of an event log's events (data-formats §5; docs/domain/imports.md "Event logs"). */
  buildCases(events: readonly MappedEvent[]): CaseResult[];
  /**
   * The text the format reader gets for one source value of a field's bound
   * column: missing → the default (or empty), else through the value map.
   * For the SQL path, once per distinct value (fallback columns aside).
   */
  mapText(field: string, raw: string): string;
  /** mapText, then the format's reading of that field: a channel, a yes/no, a resolution, a trimmed text… (null for missing). */
  readValue(field: string, raw: string): CellResult<unknown>;
  /** One timestamp with the mapping's formats and zone; null for a missing value. */
  readTimestamp(raw: string): CellResult<ReadTimestamp | null>;
};

/**
 * Compiles a column mapping against a file's header (data-formats §5). Fails
 * with errors on line 1 when the mapping is not valid (each problem as
 * `path: message`) or the file lacks columns it names ("this is not a … export:
 * missing columns …; the header has …").
 */
export function compileColumnMapping<K extends ImportKind>({
  mapping,
  header,
  timeZone,
}: {
  mapping: ColumnMappingInput & { kind: K };
  header: readonly string[];
  /** The organisation's zone: naive timestamps are read in it unless the mapping names one. */
  timeZone: string;
}):
  | { ok: true; mapping: CompiledMapping<RowOfKind[K]> }
  | { ok: false; errors: ImportError[] } {
  const problems = validateColumnMapping(mapping);
  if (problems.length > 0) {
    return {
      ok: false,
      errors: problems.map((problem) => ({
        line: 1,
        column: null,
        message: `the mapping's ${problem.field} ${problem.message}`,
      })),
    };
  }
  const planned = planMapping({ mapping, header, timeZone });
  if (!planned.ok) return planned;
  const plan = planned.plan;
  const log = mapping.eventLog ? planEventLog(plan, mapping.eventLog) : null;
  return {
    ok: true,
    mapping: compiledMapping<RowOfKind[K]>(plan, log),
  };
}

/** The compiled mapping of a plan (and its event log's columns). */
function compiledMapping<Row>(
  plan: MappingPlan,
  log: EventLogPlan | null,
): CompiledMapping<Row> {
  const readMapped = mappedRowReader(plan);
  const fieldByName = new Map(
    plan.fields.map((field) => [field.field.name, field]),
  );
  const fieldNamed = (name: string): FieldPlan => {
    const field = fieldByName.get(name);
    if (!field) throw new RangeError(`${name} is not a field of ${plan.kind}`);
    return field;
  };
  const widthProblem = (record: SourceRecord) =>
    recordWidthError({
      record: record.cells,
      line: record.line,
      headerWidth: plan.headerWidth,
      trailingEmptyCellsDropped: record.trailingEmptyCellsDropped,
    });
  const withLog = (): EventLogPlan => {
    if (!log) throw new Error(`mapping ${plan.name} has no event log`);
    return log;
  };
  return {
    kind: plan.kind,
    name: plan.name,
    plan,
    eventLog: log,
    caseIsLastEvent:
      log !== null &&
      [
        REQUEST_INDEX.openedAt,
        REQUEST_INDEX.resolvedAt,
        REQUEST_INDEX.reopened,
      ].every((i) => plan.fields[i].source !== 'NONE'),
    readRow(record) {
      const width = widthProblem(record);
      if (width) return { ok: false, errors: [width] };
      return readRecord<Row>(plan, log, readMapped, record);
    },
    readEvent(record) {
      const eventLog = withLog();
      const width = widthProblem(record);
      if (width) return { ok: false, errors: [width] };
      return readEvent(plan, eventLog, record.cells, record.line);
    },
    buildCases: (events) => buildCases(plan, withLog(), readMapped, events),
    mapText: (field, raw) => mapFieldText(plan, fieldNamed(field), raw),
    readValue: (field, raw) => readFieldValue(plan, fieldNamed(field), raw),
    readTimestamp: (raw) => readMappedTimestamp(plan, raw),
  };
}

/** One record of a file that fits the header: a row, or a case of one event. */
function readRecord<Row>(
  plan: MappingPlan,
  log: EventLogPlan | null,
  readMapped: MappedRowReader,
  record: SourceRecord,
): ReadRowResult<Row> {
  if (log) {
    const read = readEvent(plan, log, record.cells, record.line);
    if (!read.ok) return read;
    const built = buildCase(plan, log, readMapped, [read.event]);
    return {
      ...(built.result as MappedRowResult<Row>),
      version: read.event.version,
    };
  }
  const mapped = mapRecord(plan, record.cells);
  if (plan.resolutionRule !== null) {
    const resolved = mapped.texts[REQUEST_INDEX.resolvedAt].trim() !== '';
    mapped.texts[REQUEST_INDEX.resolution] = ruleResolution(
      plan,
      mapped,
      record.cells,
      resolved,
    );
    mapped.sources[REQUEST_INDEX.resolution] = {
      column: null,
      raw: '',
      name: 'resolution',
    };
  }
  return readMapped(mapped, record.line) as MappedRowResult<Row>;
}
