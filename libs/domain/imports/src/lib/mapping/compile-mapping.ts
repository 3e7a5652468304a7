import { MAX_DEPARTMENT_NAME_LENGTH } from '@esm-planner/domain-departments';
import {
  CellResult,
  parseCount,
  parseMonday,
  parseOptionalDecimal,
  requiredText,
} from '../cell-values';
import { channelFromSource } from '../channel-value';
import { ImportError } from '../import-error';
import { parseOptionalBoolean, parseOptionalResolution } from '../request-row';
import { MAX_CELL_LENGTH, recordWidthError } from '../row-reader';
import { ReadTimestamp } from '../timestamp';
import { ColumnMappingInput, ImportKind } from './column-mapping';
import {
  buildCase,
  buildCases,
  CaseResult,
  EventLogPlan,
  MappedEvent,
  planEventLog,
  readEvent,
  RowVersion,
} from './event-log';
import { FieldPlan, MappingPlan, planMapping } from './field-plan';
import {
  mapField,
  mapRecord,
  REQUEST_INDEX,
  ruleResolution,
} from './mapped-record';
import { mappedRowReader, MappedRowResult, RowOfKind } from './mapped-row';
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

  const compiled: CompiledMapping<RowOfKind[K]> = {
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
      if (log) {
        const read = readEvent(plan, log, record.cells, record.line);
        if (!read.ok) return read;
        const built = buildCase(plan, log, readMapped, [read.event]);
        return {
          ...(built.result as MappedRowResult<RowOfKind[K]>),
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
      return readMapped(mapped, record.line) as MappedRowResult<RowOfKind[K]>;
    },
    readEvent(record) {
      if (!log) throw new Error(`mapping ${plan.name} has no event log`);
      const width = widthProblem(record);
      if (width) return { ok: false, errors: [width] };
      return readEvent(plan, log, record.cells, record.line);
    },
    buildCases(events) {
      if (!log) throw new Error(`mapping ${plan.name} has no event log`);
      return buildCases(plan, log, readMapped, events);
    },
    mapText(field, raw) {
      const at = fieldNamed(field);
      const cells: string[] = [];
      if (at.column !== null) cells[at.column] = raw;
      return mapField(plan, { ...at, fallback: null }, cells).text;
    },
    readValue(field, raw) {
      const at = fieldNamed(field);
      const text = compiled.mapText(field, raw);
      if (text.length > MAX_CELL_LENGTH)
        return {
          ok: false,
          message: `is longer than ${MAX_CELL_LENGTH.toLocaleString('en')} characters`,
        };
      return readTyped(plan, at, text);
    },
    readTimestamp(raw) {
      if (plan.isMissing(raw)) return { ok: true, value: null };
      const read = plan.dates.readInstant(raw);
      if (!read.ok) return read;
      const { epochMs, hadOffset, localTime } = read.value;
      return {
        ok: true,
        value:
          localTime === 'EXACT'
            ? { epochMs, hadOffset }
            : { epochMs, hadOffset, localTime },
      };
    },
  };
  return { ok: true, mapping: compiled };
}

/** The format's reading of one field's text (as its row reader does it). */
function readTyped(
  plan: MappingPlan,
  field: FieldPlan,
  text: string,
): CellResult<unknown> {
  const empty = text.trim() === '';
  switch (field.field.type) {
    case 'text':
      return requiredText({
        maxLength:
          field.field.name === 'department'
            ? MAX_DEPARTMENT_NAME_LENGTH
            : (field.field.maxLength ?? MAX_CELL_LENGTH),
      })(text);
    case 'channel': {
      const channel = channelFromSource(text);
      return channel
        ? { ok: true, value: channel }
        : { ok: false, message: 'is empty' };
    }
    case 'resolution':
      return parseOptionalResolution(text);
    case 'boolean':
      return parseOptionalBoolean(text);
    case 'count':
      return field.field.required
        ? parseCount(text)
        : empty
          ? { ok: true, value: null }
          : parseCount(text);
    case 'decimal':
      return parseOptionalDecimal(text);
    case 'timestamp': {
      if (empty)
        return field.field.required
          ? { ok: false, message: 'is empty' }
          : { ok: true, value: null };
      return plan.dates.readInstant(text);
    }
    case 'date': {
      if (!plan.customDates) return parseMonday(text);
      if (empty) return { ok: false, message: 'is empty' };
      const date = plan.dates.readPlainDate(text);
      return date.ok ? parseMonday(date.value) : date;
    }
  }
}
