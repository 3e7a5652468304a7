import { Logger } from '@nestjs/common';
import { QueryRunner } from 'typeorm';
import {
  CREATE_ROLLUP_KEYS,
  outsideMonths,
  requestFactPartitionBounds,
  type RollupStage,
  DetachedMonthError,
  prepareRequestFactMonths,
  rebuildRequestRollups,
} from '@esm-planner/api-data-access-db';
import { ImportFileError } from '../readers/source-record';
import { fillNewMonths, monthStarts } from './new-months';
import { orderedIdPrefix, orderedIdSql } from './ordered-ids';
import { externalIdRange, IN_RANGE } from './requests-check';
import { FACT_COLUMNS } from './request-stage';

const logger = new Logger('RequestMerge');
const CHANGING = FACT_COLUMNS.slice(1);
const LOCAL_DAY = (alias: string) =>
  `(${alias}.opened_at AT TIME ZONE $2)::date`;

/**
 * Merges the staged rows (the temp table request_stage of the JavaScript
 * path, or the fast path's table) into request_fact (idempotent on organisation,
 * source and external id: unchanged rows are not written) and rebuilds the
 * rollups of exactly the (department, local day) keys whose facts changed:
 * the days of the new or changed rows and, for changed rows, the days they
 * were in before. Runs after checkRequestStage (same transaction, its lock
 * held, the stage free of repeated ids). First makes the months the stage
 * needs (request-fact-partitions.ts). Returns how many facts were inserted
 * or changed.
 */
export async function mergeRequestStage(
  runner: QueryRunner,
  {
    organizationId,
    source,
    jobId,
    timeZone,
    stage,
    any,
  }: MergeInput & { any: boolean },
): Promise<{ stored: number }> {
  const started = Date.now();
  const query = (sql: string, parameters?: unknown[]) =>
    runner.query(sql, parameters);
  const months = await prepareRequestFactMonths(query, stage.table).catch(
    (error: unknown) => {
      if (error instanceof DetachedMonthError)
        throw new ImportFileError(error.message);
      throw error;
    },
  );
  await runner.query(CREATE_ROLLUP_KEYS);
  const input = { organizationId, source, jobId, timeZone, stage };
  const stored = any
    ? await mergeChanges(runner, input, months.made)
    : await insertFirst(runner, input, months);
  const written = Date.now();
  const [{ keys }] = await runner.query(
    'SELECT count(*)::int AS keys FROM rollup_keys',
  );
  // A first import of this source: its facts are the stage's rows, read
  // from the temp table rather than from request_fact's heap.
  if (keys > 0)
    await rebuildRequestRollups(
      (sql, parameters) => runner.query(sql, parameters),
      {
        organizationId,
        timeZone,
        stage: rollupStage(any, stage.table, source, months.made),
      },
    );
  logger.log(
    `Import ${jobId}: ${stored} facts ${any ? 'merged' : 'inserted'} in ${written - started} ms (${months.made.length} months created), ${keys} rollup keys rebuilt in ${Date.now() - written} ms`,
  );
  return { stored };
}

/**
 * What the stage holds exactly, for the rollups to read there instead of in
 * request_fact: a first import's every fact of its source; a re-import's
 * every fact of the months it made (nothing was in them before).
 */
function rollupStage(
  any: boolean,
  table: string,
  source: string,
  made: readonly string[],
): RollupStage | undefined {
  if (!any) return { table, source };
  return made.length > 0 ? { table, source, months: made } : undefined;
}

/** The staging table to merge; `sortBeforeInsert`: insert its rows in external-id order (the lookup index's). */
export type StageTable = { table: string; sortBeforeInsert: boolean };
type MergeInput = {
  organizationId: string;
  source: string;
  jobId: string;
  timeZone: string;
  stage: StageTable;
};

// Inserting in the lookup index's order keeps its pages hot.
const inIndexOrder = (stage: StageTable) =>
  stage.sortBeforeInsert ? 'ORDER BY external_id' : '';

// New facts' ids in insertion order (ordered-ids.ts), numbered from $n + 1; a changed fact keeps its id.
const newId = (stage: StageTable, prefix: string, n: number) =>
  orderedIdSql(
    prefix,
    `$${n}::bigint + row_number() OVER (${inIndexOrder(stage)})`,
  );

// The month of a fact, as monthStarts gives it.
const MONTH = `date_trunc('month', opened_at, 'UTC')`;

/**
 * Nothing of this source yet: a plain INSERT, every stage day a key. The
 * rows of months this import made go into those months before their keys
 * are built (new-months.ts); the others into request_fact. Returns how
 * many facts were stored.
 */
async function insertFirst(
  runner: QueryRunner,
  { organizationId, source, jobId, timeZone, stage }: MergeInput,
  months: { months: string[]; made: string[] },
): Promise<number> {
  const prefix = orderedIdPrefix();
  const insert = async (target: string, where: string, from: number) => {
    const parameters: unknown[] = [organizationId, source, jobId, prefix, from];
    if (where) parameters.push(monthStarts(months.made));
    const [{ stored }] = await runner.query(
      `WITH added AS (
         INSERT INTO ${target} (id, organization_id, source, import_job_id, ${FACT_COLUMNS.join(', ')})
         SELECT ${newId(stage, '$4', 5)}, $1, $2, $3, ${FACT_COLUMNS.join(', ')} FROM ${stage.table} ${where} ${inIndexOrder(stage)}
         RETURNING 1)
       SELECT count(*)::int AS stored FROM added`,
      parameters,
    );
    return stored as number;
  };
  let stored = 0;
  if (months.made.length > 0)
    stored = await fillNewMonths(
      (sql, parameters) => runner.query(sql, parameters),
      {
        jobId,
        months: months.made,
        fill: (table) =>
          insert(
            table,
            months.made.length < months.months.length
              ? `WHERE ${MONTH} = ANY($6::timestamptz[])`
              : '',
            0,
          ),
      },
    );
  if (months.made.length < months.months.length)
    stored += await insert(
      'request_fact',
      months.made.length > 0 ? `WHERE ${MONTH} <> ALL($6::timestamptz[])` : '',
      stored,
    );
  await runner.query(
    `INSERT INTO rollup_keys (department_id, day) SELECT DISTINCT department_id, (opened_at AT TIME ZONE $1)::date FROM ${stage.table}`,
    [timeZone],
  );
  return stored;
}

// A staged row whose id the source already has ($1 organisation, $3 source, $n/$n+1 the stage's id range).
const KNOWN = (n: number) =>
  `f.organization_id = $1 AND f.source = $3 AND f.external_id = s.external_id AND ${IN_RANGE('f', n)}`;

const DIFFERS = (existing: string, staged: string) =>
  `(${CHANGING.map((c) => `${existing}.${c}`).join(', ')}) IS DISTINCT FROM (${CHANGING.map((c) => `${staged}.${c}`).join(', ')})`;

/**
 * A re-import: only new or changed rows are written; the days they leave
 * and enter are the keys. A changed fact keeps its id; when its opened_at
 * moves to another month, PostgreSQL moves the row to that partition.
 * The new facts of months this import made go into those months before
 * their keys are built (fillNewMonths), as a first import's do; the changes
 * and the other new facts follow once the months are attached (a change
 * may move a known fact into one of them).
 */
async function mergeChanges(
  runner: QueryRunner,
  { organizationId, source, jobId, timeZone, stage }: MergeInput,
  madeMonths: readonly string[],
): Promise<number> {
  const range = await externalIdRange(runner, stage.table);
  const prefix = orderedIdPrefix();
  const known = KNOWN;
  await runner.query(
    `INSERT INTO rollup_keys (department_id, day)
     SELECT DISTINCT f.department_id, ${LOCAL_DAY('f')} FROM ${stage.table} s
       JOIN request_fact f ON ${known(4)}
      WHERE ${DIFFERS('f', 's')}
     ON CONFLICT DO NOTHING`,
    [organizationId, timeZone, source, range.low, range.high],
  );
  const intoNewMonths =
    madeMonths.length === 0
      ? 0
      : await fillNewMonths(
          (sql, parameters) => runner.query(sql, parameters),
          {
            jobId,
            months: madeMonths,
            fill: (table) =>
              insertUnknown(runner, table, {
                parameters: [organizationId, timeZone, source, jobId],
                range,
                stage,
                prefix,
                months: monthStarts(madeMonths),
              }),
          },
        );
  // Both writes see the facts as they were before this statement: the
  // UPDATE changes the known ids, the INSERT adds the unknown ones. The new
  // months hold only the facts just put there, equal to their rows: both
  // leave them out (their partitions are not read).
  const made = madeMonths.map(requestFactPartitionBounds);
  const notMade = (alias: string) =>
    made.length > 0 ? `AND ${outsideMonths(alias, made)}` : '';
  const [{ stored }] = await runner.query(
    `WITH changed AS (
       UPDATE request_fact f SET ${CHANGING.map((c) => `${c} = s.${c}`).join(', ')}, import_job_id = $4
         FROM ${stage.table} s WHERE ${known(5)} ${notMade('f.')} AND ${DIFFERS('f', 's')}
       RETURNING f.department_id, f.opened_at),
     added AS (
       INSERT INTO request_fact (id, organization_id, source, import_job_id, ${FACT_COLUMNS.join(', ')})
       SELECT ${newId(stage, '$7', 8)}, $1, $3, $4, ${FACT_COLUMNS.join(', ')} FROM ${stage.table} s
        WHERE NOT EXISTS (SELECT 1 FROM request_fact f WHERE ${known(5)} ${notMade('f.')}) ${notMade('s.')} ${inIndexOrder(stage)}
       RETURNING department_id, opened_at),
     merged AS (SELECT * FROM changed UNION ALL SELECT * FROM added),
     keys AS (INSERT INTO rollup_keys (department_id, day) SELECT DISTINCT department_id, ${LOCAL_DAY('merged')} FROM merged ON CONFLICT DO NOTHING)
     SELECT count(*)::int AS stored FROM merged`,
    [
      organizationId,
      timeZone,
      source,
      jobId,
      range.low,
      range.high,
      prefix,
      intoNewMonths,
    ],
  );
  return intoNewMonths + stored;
}

/**
 * The stage's facts of `months` whose ids this source does not know yet,
 * inserted into `table` (the new months, before their keys) with their
 * rollup keys; ids numbered from 0 in the batch `prefix`. How many.
 */
async function insertUnknown(
  runner: QueryRunner,
  table: string,
  {
    parameters,
    range,
    stage,
    prefix,
    months,
  }: {
    parameters: [string, string, string, string];
    range: { low: string; high: string };
    stage: StageTable;
    prefix: string;
    months: string[];
  },
): Promise<number> {
  const [{ stored }] = await runner.query(
    `WITH added AS (
       INSERT INTO ${table} (id, organization_id, source, import_job_id, ${FACT_COLUMNS.join(', ')})
       SELECT ${newId(stage, '$7', 8)}, $1, $3, $4, ${FACT_COLUMNS.join(', ')} FROM ${stage.table} s
        WHERE ${MONTH} = ANY($9::timestamptz[])
          AND NOT EXISTS (SELECT 1 FROM request_fact f WHERE ${KNOWN(5)}) ${inIndexOrder(stage)}
       RETURNING department_id, opened_at),
     keys AS (INSERT INTO rollup_keys (department_id, day) SELECT DISTINCT department_id, ${LOCAL_DAY('added')} FROM added ON CONFLICT DO NOTHING)
     SELECT count(*)::int AS stored FROM added`,
    [...parameters, range.low, range.high, prefix, 0, months],
  );
  return stored as number;
}
