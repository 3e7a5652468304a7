import type { QueryRunner } from 'typeorm';
import { departmentNameKey } from '@esm-planner/domain-departments';
import {
  compareEvents,
  CompiledMapping,
  ImportError,
  isBlankRecord,
  MappedEvent,
  MappedRowResult,
  RequestRow,
} from '@esm-planner/domain-imports';
import { DepartmentResolver } from '../../import-departments';
import { SkippedRows } from '../skipped-rows';

const CHUNK = 5_000;
const MAX_KEPT_ERRORS = 1_000;

/** The stage columns a re-read row fills (the rest default). */
const STAGE_INSERT = [
  'line',
  'external_id',
  'department_id',
  'request_type',
  'channel',
  'opened_at',
  'first_response_at',
  'resolved_at',
  'resolution',
  'sla_met',
  'reopened',
  'handling_minutes',
  'naive',
  'skipped_times',
  'repeated_times',
  'other_channel',
  'bad',
] as const;
const TYPES = [
  'int',
  'text',
  'uuid',
  'text',
  'text',
  'timestamptz',
  'timestamptz',
  'timestamptz',
  'text',
  'boolean',
  'boolean',
  'numeric',
  'boolean',
  'int',
  'int',
  'text',
  'boolean',
];

/** What the re-read found: problems (FAIL: the import fails with them), rows it read as blank. */
export type Reread = {
  errors: ImportError[];
  errorCount: number;
  blank: number;
  staged: number;
};

type Context = {
  runner: QueryRunner;
  raw: string;
  stage: string;
  width: number;
  mapping: CompiledMapping<RequestRow>;
  resolver: DepartmentResolver;
  /** invalidRows: SKIP — problems go here, else they fail the import. */
  skipped: SkippedRows | null;
  departmentColumn: number | null;
};

/**
 * The rows SQL marked bad, read again by the engine's JavaScript reader —
 * for the exact problem (line, column, message, value) or, where SQL was
 * stricter than the engine, to stage the row after all. Under FAIL the
 * problems are returned; under SKIP they go to the skipped list. A
 * department is reported once under FAIL (at its first row), on every row
 * under SKIP, as the JavaScript path does.
 */
export class BadRowReread {
  readonly result: Reread = { errors: [], errorCount: 0, blank: 0, staged: 0 };
  private readonly failedDepartments = new Set<string>();
  private pending: unknown[][] = STAGE_INSERT.map(() => []);

  constructor(private readonly context: Context) {}

  /** Re-reads the bad rows of a one-row-per-request stage. */
  async rows(): Promise<void> {
    const { runner, raw, stage, width, mapping } = this.context;
    await this.eachChunk(
      `SELECT r.* FROM ${raw} r JOIN ${stage} s ON s.line = r.line WHERE s.bad ORDER BY r.line`,
      async (rows) => {
        for (const row of rows) {
          const cells = cellsOf(row, width);
          if (isBlankRecord(cells)) {
            this.result.blank += 1;
            continue;
          }
          this.accept(mapping.readRow({ cells, line: row.line }), row.line);
        }
      },
    );
    await this.finish(runner);
  }

  /**
   * An event log: first the events SQL could not read (an invalid row each,
   * or — where SQL was stricter than the engine — an event after all, whose
   * case is then built again); then the bad cases and those, with all their
   * events, one case at a time.
   */
  async cases(events: string): Promise<void> {
    const { runner, raw, stage, width, mapping } = this.context;
    // Events SQL could not read that the engine reads: their line and case (in the import's schema).
    const extraTable = `${stage}_reread`;
    await runner.query(
      `CREATE UNLOGGED TABLE ${extraTable} (line integer, case_id text)`,
    );
    await this.eachChunk(
      `SELECT r.*, e.case_id AS sql_case FROM ${raw} r JOIN ${events} e ON e.line = r.line WHERE NOT (e.case_id IS NOT NULL AND e.event_ok) ORDER BY r.line`,
      async (rows) => {
        const found: { line: number; caseId: string }[] = [];
        for (const row of rows) {
          const cells = cellsOf(row, width);
          if (isBlankRecord(cells)) {
            this.result.blank += 1;
            continue;
          }
          const read = mapping.readEvent({ cells, line: row.line });
          if (!read.ok) this.reject(read.errors);
          else found.push({ line: row.line, caseId: read.event.caseId });
        }
        if (found.length > 0) {
          await runner.query(
            `INSERT INTO ${extraTable} SELECT * FROM unnest($1::int[], $2::text[])`,
            [found.map((f) => f.line), found.map((f) => f.caseId)],
          );
        }
      },
    );
    // The cases built from events SQL left out are built again, whole.
    await runner.query(
      `UPDATE ${stage} SET bad = true WHERE external_id IN (SELECT case_id FROM ${extraTable})`,
    );
    let current: {
      id: string;
      rows: { line: number; cells: string[] }[];
    } | null = null;
    const flushCase = () => {
      if (current) this.rereadCase(current.rows);
      current = null;
    };
    await this.eachChunk(
      `SELECT e.case_id AS case_key, r.* FROM ${raw} r
         JOIN (SELECT line, case_id FROM ${events} WHERE case_id IS NOT NULL AND event_ok
               UNION ALL SELECT line, case_id FROM ${extraTable}) e ON e.line = r.line
        WHERE e.case_id IN (SELECT external_id FROM ${stage} WHERE bad UNION SELECT case_id FROM ${extraTable})
        ORDER BY e.case_id, r.line`,
      async (rows) => {
        for (const row of rows) {
          if (current?.id !== row.case_key) {
            flushCase();
            current = { id: row.case_key, rows: [] };
          }
          current!.rows.push({ line: row.line, cells: cellsOf(row, width) });
        }
      },
    );
    flushCase();
    await this.finish(runner);
  }

  private rereadCase(rows: { line: number; cells: string[] }[]): void {
    const { mapping } = this.context;
    const events: MappedEvent[] = [];
    for (const { line, cells } of rows) {
      const read = mapping.readEvent({ cells, line });
      // Every event here was read by SQL or, in the first pass, by the engine.
      if (!read.ok)
        throw new Error(
          `line ${line}: an event read before cannot be read again`,
        );
      events.push(read.event);
    }
    const [built] = mapping.buildCases(events);
    if (!built.result.ok) return this.accept(built.result, built.line);
    // The engine counts the clock changes of the times a row reads, not of the
    // event times a case's opened_at and resolved_at are derived from: count those here.
    const derived = derivedClockChanges(mapping, events);
    this.accept(
      {
        ...built.result,
        skippedLocalTimes: built.result.skippedLocalTimes + derived.skipped,
        repeatedLocalTimes: built.result.repeatedLocalTimes + derived.repeated,
      },
      built.line,
    );
  }

  private accept(read: MappedRowResult<RequestRow>, line: number): void {
    if (!read.ok) return this.reject(read.errors);
    const { row } = read;
    const resolved = this.context.resolver.resolve({
      name: row.department,
      line,
      column: this.context.departmentColumn,
    });
    if ('error' in resolved) {
      const key = departmentNameKey(row.department);
      const error = { ...resolved.error, line, value: row.department };
      if (this.context.skipped) return this.reject([error]);
      if (this.failedDepartments.has(key)) return;
      this.failedDepartments.add(key);
      return this.reject([error]);
    }
    if (this.result.errorCount > 0 && !this.context.skipped) return; // failing anyway: only keep checking
    const iso = (ms: number | null) =>
      ms === null ? null : new Date(ms).toISOString();
    const values = [
      line,
      row.externalId,
      resolved.id,
      row.requestType,
      row.channel,
      iso(row.openedAt),
      iso(row.firstResponseAt),
      iso(row.resolvedAt),
      row.resolution,
      row.slaMet,
      row.reopened,
      row.handlingMinutes === null ? null : String(row.handlingMinutes),
      row.readInTimeZone,
      read.skippedLocalTimes,
      read.repeatedLocalTimes,
      row.mappedToOther?.value ?? null,
      false,
    ];
    values.forEach((value, i) => this.pending[i].push(value));
    this.result.staged += 1;
  }

  private reject(errors: ImportError[]): void {
    const plain = errors.map(({ line, column, message, value }) => ({
      line,
      column,
      message,
      value,
    }));
    if (this.context.skipped) {
      this.context.skipped.add(plain);
      return;
    }
    this.result.errorCount += plain.length;
    for (const error of plain)
      if (this.result.errors.length < MAX_KEPT_ERRORS)
        this.result.errors.push(error);
  }

  private async eachChunk(
    select: string,
    handle: (rows: any[]) => Promise<void>,
  ): Promise<void> {
    const { runner } = this.context;
    await runner.query(`DECLARE bad_rows NO SCROLL CURSOR FOR ${select}`);
    for (;;) {
      const rows = await runner.query(`FETCH ${CHUNK} FROM bad_rows`);
      if (rows.length === 0) break;
      await handle(rows);
      if (this.context.skipped?.full)
        await this.context.skipped.flush((sql, p) => runner.query(sql, p));
      await this.insertPending(runner);
      if (rows.length < CHUNK) break;
    }
    await runner.query('CLOSE bad_rows');
  }

  private async insertPending(runner: QueryRunner): Promise<void> {
    if (this.pending[0].length === 0) return;
    const columns = this.pending;
    this.pending = STAGE_INSERT.map(() => []);
    await runner.query(
      `INSERT INTO ${this.context.stage} (${STAGE_INSERT.join(', ')}) SELECT * FROM unnest(${TYPES.map((type, i) => `$${i + 1}::${type}[]`).join(', ')})`,
      columns,
    );
  }

  /** The rows SQL marked bad leave the stage (the good ones among them were staged again). */
  private async finish(runner: QueryRunner): Promise<void> {
    await this.insertPending(runner);
    await runner.query(`DELETE FROM ${this.context.stage} WHERE bad`);
  }
}

/** SKIPPED / REPEATED among the event times a case's unbound opened_at and resolved_at come from (the engine's buildCase rules). */
function derivedClockChanges(
  mapping: CompiledMapping<RequestRow>,
  caseEvents: readonly MappedEvent[],
): { skipped: number; repeated: number } {
  const events = [...caseEvents].sort(compareEvents);
  const unbound = (name: string) =>
    mapping.plan.fields.find((f) => f.field.name === name)!.source === 'NONE';
  const used: MappedEvent[] = [];
  if (unbound('opened_at')) used.push(events[0]);
  const last = events[events.length - 1];
  if (unbound('resolved_at') && mapping.eventLog?.status && last.resolved) {
    let first = events.length - 1;
    while (first > 0 && events[first - 1].resolved) first -= 1;
    used.push(events[first]);
  }
  return {
    skipped: used.filter((event) => event.time.localTime === 'SKIPPED').length,
    repeated: used.filter((event) => event.time.localTime === 'REPEATED')
      .length,
  };
}

function cellsOf(row: Record<string, unknown>, width: number): string[] {
  return Array.from(
    { length: width },
    (_, i) => (row[`c${i + 1}`] as string | null) ?? '',
  );
}
