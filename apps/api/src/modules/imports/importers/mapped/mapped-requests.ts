import { Logger } from '@nestjs/common';
import type { PoolClient } from 'pg';
import type { QueryRunner } from 'typeorm';
import {
  ColumnMappingInput,
  CompiledMapping,
  ImportError,
  RequestRow,
} from '@esm-planner/domain-imports';
import { DepartmentResolver } from '../../import-departments';
import { SourceRecord } from '../../readers/source-record';
import { MappedValue } from '../importer';
import { fastPathSchema } from '../requests-fast-path';
import type { StageTable } from '../requests-merge';
import { SkippedRows } from '../skipped-rows';
import { buildLookups, QueryParameters } from './cell-lookups';
import { casesSelect, eventsSelect } from './event-cases-sql';
import { missingKeys, requestFieldsSql, rowsSelect } from './mapped-stage-sql';
import { loadRawTable, rawCells } from './raw-load';
import { BadRowReread } from './reread';
import { RequestFieldSql } from './request-field-sql';
import { StreamedTimestamps } from './streamed-timestamps';

const logger = new Logger('MappedRequests');

export type MappedRequestsResult =
  | {
      ok: true;
      rowsRead: number;
      /** Event logs: the cases built (rowsRead counts events). */
      cases: number | null;
      mappedToOther: MappedValue[];
      localTimes: number;
      clockChanges: { skipped: number; repeated: number };
      stage: StageTable;
      /** The departments the staged rows use: only those of the ones to create are created. */
      usedDepartmentIds: Set<string>;
    }
  | { ok: false; rowsRead: number; errors: ImportError[]; errorCount: number };

type MappedInput = {
  runner: QueryRunner;
  client: PoolClient;
  jobId: string;
  filePath: string;
  delimiter: string;
  header: readonly string[];
  records: () => AsyncIterator<SourceRecord>;
  mapping: CompiledMapping<RequestRow>;
  /** The mapping as given (its missing values and date formats). */
  definition: ColumnMappingInput;
  resolver: DepartmentResolver;
  skipped: SkippedRows | null;
  onRows: (rows: number) => void;
  onBytes: (bytes: number) => void;
};

/** The import's working tables and its phase timings (cumulative), for the log. */
type Tables = {
  raw: string;
  stage: string;
  events: string;
  cases: string;
  schema: string;
};
type Lap = (what: string) => void;

/**
 * A mapped or vendor export of request records on the COPY path
 * (data-formats §5 "Speed", docs/imports.md): the file's bytes COPYed into a
 * text table (or its records, when COPY cannot read it as the JavaScript
 * reader would), every field computed in SQL from values the engine's own
 * functions read once per distinct cell, an event log's cases built with
 * window functions, and only the rows SQL marks bad read again in
 * JavaScript — for their exact problem, or to be staged after all. Nothing
 * is read row by row in JavaScript and nothing is inserted row by row.
 * Working tables live in the import's own schema (dropped with it).
 */
export async function loadMappedRequests(
  input: MappedInput,
): Promise<MappedRequestsResult> {
  const { runner, jobId, mapping, skipped } = input;
  const schema = fastPathSchema(jobId);
  await runner.query(`CREATE SCHEMA ${schema}`);
  // These statements are long but each runs once: compiling them with JIT costs more than it saves
  // (measured: the ServiceNow log's events, 4.8 s with JIT, 3.1 s without).
  await runner.query('SET LOCAL jit = off');
  // The cases' window sort, the per-case aggregate and the rollups' counts spill to disk at the
  // default 4 MB (the ServiceNow log's events: an external merge of 9 MB, hash batches on disk).
  // For the rest of this transaction only; PostgreSQL's memory, not the API's.
  await runner.query(`SET LOCAL work_mem = '64MB'`);
  const tables: Tables = {
    raw: `${schema}.mapped_raw`,
    stage: `${schema}.request_stage`,
    events: `${schema}.request_events`,
    cases: `${schema}.request_cases`,
    schema,
  };
  const started = Date.now();
  const timings: string[] = [];
  const lap: Lap = (what) => timings.push(`${what} ${Date.now() - started} ms`);
  // Timestamps are read in Node on their way to COPY: a regular expression and
  // make_timestamp per cell in SQL cost 6-8 µs of CPU each (docs/benchmarks.md).
  const timestamps = new StreamedTimestamps(mapping);
  const derived = timestamps.columns.length > 0 ? timestamps : undefined;
  const loaded = await loadRawTable({
    ...input,
    table: tables.raw,
    unlogged: true,
    derived,
  });
  // The planner needs the raw table's size (to read it with parallel workers) and the
  // statistics of \`line\`, by which cases and re-reads join raw rows. Statistics of every
  // text column cost more than the COPY itself (a 36-column event log: 4.9 s of ANALYZE
  // against 3.6 s of COPY, bench of 2026-12-03) and change no plan: the cells are read in
  // whole-table passes, and a many-valued lookup table is joined by hash either way.
  // An event log's raw rows are joined only to its counted cases (hashed, the raw table scanned
  // once), its size read from the file's pages: the sample (~0.2 s for the ServiceNow log) is skipped.
  if (!mapping.eventLog) await runner.query(`ANALYZE ${tables.raw} (line)`);
  lap(`raw (${loaded.path})`);
  const problems: ImportError[] = [];
  if (loaded.ragged.length > 0) {
    if (skipped) for (const error of loaded.ragged) skipped.add([error]);
    else problems.push(...loaded.ragged);
  }
  const makeEvents = await buildStage(input, tables, derived ?? null, lap);
  const { rows, reread } = await rereadBad(input, tables, makeEvents, lap);
  const rowsRead = rows + loaded.ragged.length - reread.result.blank;
  input.onRows(rowsRead);
  problems.push(...reread.result.errors);
  const errorCount =
    (skipped ? 0 : loaded.ragged.length) + reread.result.errorCount;
  if (problems.length > 0)
    return { ok: false, rowsRead, errors: problems, errorCount };
  const summary = await summarise(runner, tables, mapping);
  lap('summary');
  logger.log(
    `Import ${jobId}: ${rowsRead} rows, ${summary.stored} staged — ${timings.join(', ')}`,
  );
  return { ok: true, rowsRead, ...summary.result };
}

/**
 * The stage (and an event log's events) from the raw table: every field
 * computed in SQL, the per-value functions' lookups built first.
 */
async function buildStage(
  { runner, mapping, header, definition, resolver }: MappedInput,
  { raw, schema, stage, events, cases }: Tables,
  derived: StreamedTimestamps | null,
  lap: Lap,
): Promise<(() => Promise<unknown>) | null> {
  const blank = rawCells(header.length)
    .map((c) => `coalesce(btrim(r.${c}), '') = ''`)
    .join(' AND ');
  const parameters = new QueryParameters();
  // The missing values as a parameter, added the first time the SQL needs them.
  let missingIndex = 0;
  const missingParameter = () => {
    if (missingIndex === 0)
      missingIndex = parameters.add(
        missingKeys(definition.missingValues),
        'text[]',
      );
    return `$${missingIndex}`;
  };
  const fields = new RequestFieldSql(mapping, resolver, derived);
  const render = () => requestFieldsSql(fields, mapping, missingParameter);
  // Rendered once to register every function the SQL uses, then again once the lookups are built.
  // An event log's events are read inline by the cases statement; the events table is made only for a re-read.
  const statements = () => {
    if (!mapping.eventLog)
      return {
        events: null,
        cases: null,
        stage: rowsSelect(fields, render, raw, blank),
      };
    const eventsSql = eventsSelect(fields, mapping, raw, blank).sql;
    const inline = `(${eventsSql}) ev`;
    return {
      events: eventsSql,
      ...casesSelect(mapping, fields, render, inline, raw, cases),
    };
  };
  statements();
  await buildLookups(runner, fields.all, {
    raw,
    schema,
    unlogged: true,
    parameters,
  });
  lap(`lookups (${fields.all.map((l) => `${l.name}:${l.size}`).join(' ')})`);
  const sql = statements();
  // Each statement uses some of the parameters: all are sent, and named (typed) in a condition that always holds.
  const where = (statement: string) =>
    `SELECT * FROM (${statement}) s WHERE ${parameters.touchAll()}`;
  if (sql.cases) {
    await runner.query(
      `CREATE UNLOGGED TABLE ${cases} AS ${where(sql.cases)}`,
      parameters.values,
    );
    // Counted, the cases' last events are hashed and the raw table scanned once past them; estimated
    // from the window's filter (a few hundred), the whole raw table was hashed instead.
    await runner.query(`ANALYZE ${cases}`);
    lap('events');
  }
  await runner.query(
    `CREATE UNLOGGED TABLE ${stage} AS ${where(sql.stage)}`,
    parameters.values,
  );
  lap(mapping.eventLog ? 'cases' : 'stage');
  const eventsSql = sql.events;
  return eventsSql
    ? () =>
        runner.query(
          `CREATE UNLOGGED TABLE ${events} AS ${where(eventsSql)}`,
          parameters.values,
        )
    : null;
}

/** Counts the rows (events) staged, and reads again in JavaScript those SQL marked bad. */
async function rereadBad(
  { runner, header, mapping, resolver, skipped }: MappedInput,
  { raw, stage, events, cases }: Tables,
  makeEvents: (() => Promise<unknown>) | null,
  lap: Lap,
): Promise<{ rows: number; reread: BadRowReread }> {
  // An event log's events: those of its cases, and those SQL could not read (no case, or a time or
  // sequence refused), counted in the row of no case.
  const [{ rows, unread, bad }] = await runner.query(
    mapping.eventLog
      ? `SELECT coalesce(sum(n), 0)::int AS rows, coalesce(sum(n) FILTER (WHERE case_id IS NULL), 0)::int AS unread,
                (SELECT count(*)::int FROM ${stage} WHERE bad) AS bad FROM ${cases}`
      : `SELECT count(*)::int AS rows, 0 AS unread, count(*) FILTER (WHERE bad)::int AS bad FROM ${stage}`,
  );
  const reread = new BadRowReread({
    runner,
    raw,
    stage,
    width: header.length,
    mapping,
    resolver,
    skipped,
    departmentColumn: departmentColumn(mapping),
  });
  if (mapping.eventLog) {
    if (bad + unread > 0) {
      await makeEvents!();
      await reread.cases(events);
    }
  } else if (bad > 0) await reread.rows();
  lap(`re-read ${bad} ${mapping.eventLog ? 'cases' : 'rows'}`);
  return { rows, reread };
}

/** What the import reports of a good stage; the raw table is dropped. */
async function summarise(
  runner: QueryRunner,
  { raw, stage }: Tables,
  mapping: CompiledMapping<RequestRow>,
) {
  const [summary] = await runner.query(
    `SELECT count(*)::int AS stored, count(*) FILTER (WHERE naive)::int AS naive,
            coalesce(sum(skipped_times), 0)::int AS skipped, coalesce(sum(repeated_times), 0)::int AS repeated
       FROM ${stage}`,
  );
  const others: { value: string; count: number }[] = await runner.query(
    `SELECT other_channel AS value, count(*)::int AS count FROM ${stage} WHERE other_channel IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1`,
  );
  const used: { id: string }[] = await runner.query(
    `SELECT DISTINCT department_id AS id FROM ${stage}`,
  );
  await runner.query(`DROP TABLE ${raw}`);
  return {
    stored: summary.stored as number,
    result: {
      cases: mapping.eventLog ? (summary.stored as number) : null,
      mappedToOther: others.map((o) => ({
        field: 'channel',
        value: o.value,
        count: o.count,
      })),
      localTimes: summary.naive as number,
      clockChanges: { skipped: summary.skipped, repeated: summary.repeated },
      stage: { table: stage, sortBeforeInsert: false },
      usedDepartmentIds: new Set(used.map((u) => u.id)),
    },
  };
}

/** The 1-based source column of the department, for messages; null for a constant. */
export function departmentColumn(
  mapping: CompiledMapping<RequestRow>,
): number | null {
  const field = mapping.plan.fields.find((f) => f.field.name === 'department')!;
  return field.source === 'COLUMN' && field.column !== null
    ? field.column + 1
    : null;
}

/** The 1-based source column of the external id (the case id of an event log), for messages. */
export function externalIdColumn(mapping: CompiledMapping<RequestRow>): number {
  const field = mapping.plan.fields.find(
    (f) => f.field.name === 'external_id',
  )!;
  return field.source === 'COLUMN' && field.column !== null
    ? field.column + 1
    : 1;
}
