import { Logger } from '@nestjs/common';
import { QueryRunner } from 'typeorm';
import {
  CREATE_ROLLUP_KEYS,
  DetachedMonthError,
  ensureRequestFactPartitions,
  rebuildRequestRollups,
} from '@esm-planner/api-data-access-db';
import { ImportError } from '@esm-planner/domain-imports';
import { ImportFileError } from '../readers/source-record';
import { orderedIdPrefix, orderedIdSql } from './ordered-ids';
import { FACT_COLUMNS } from './request-stage';
import { SkippedRows } from './skipped-rows';

const logger = new Logger('RequestMerge');
const CHANGING = FACT_COLUMNS.slice(1);
const LOCAL_DAY = (alias: string) =>
  `(${alias}.opened_at AT TIME ZONE $2)::date`;

/** The same external id twice in one file: an error on each later line. */
export async function duplicateExternalIds(
  runner: QueryRunner,
  stage: string,
  column: number,
): Promise<ImportError[]> {
  // Hashing the ids is cheaper than the sort that lists the lines: only a
  // file that has a repeated id pays for the list.
  const [{ repeated }] = await runner.query(
    `SELECT EXISTS (SELECT 1 FROM ${stage} GROUP BY external_id HAVING count(*) > 1) AS repeated`,
  );
  if (!repeated) return [];
  const rows: { external_id: string; lines: number[] }[] = await runner.query(
    `SELECT external_id, array_agg(line ORDER BY line) AS lines FROM ${stage}
     GROUP BY external_id HAVING count(*) > 1 ORDER BY min(line) LIMIT 100`,
  );
  return rows.flatMap(({ external_id, lines }) =>
    lines.slice(1).map((line) => ({
      line,
      column,
      message: `external_id ${external_id} is also on line ${lines[0]}`,
      value: external_id,
    })),
  );
}

/** Who may change what, and how invalid rows are handled, for one merge. */
export type MergePolicy = {
  /** 'ALL', or a department head's own departments: other departments' requests may not be changed. */
  allowedDepartmentIds: 'ALL' | string[];
  /** The 1-based column of the external id, for messages. */
  externalIdColumn: number;
  /** invalidRows: SKIP — rows refused here are moved to this list instead of failing the import. */
  skipped: SkippedRows | null;
};

/**
 * The checks before any fact is written, in the import's transaction, under
 * the organisation's merge lock: the same external id twice in the file, and
 * (for a department head) external ids that are another department's
 * requests — an import may never move or change those (quality.md, scoped
 * writes). Under FAIL the problems are returned; under SKIP those rows leave
 * the stage for the skipped list (the first of a repeated id stays).
 * Returns whether the source already has facts in the organisation.
 */
export async function checkRequestStage(
  runner: QueryRunner,
  {
    organizationId,
    source,
    stage,
    policy,
  }: {
    organizationId: string;
    source: string;
    stage: StageTable;
    policy: MergePolicy;
  },
): Promise<{ ok: true; any: boolean } | { ok: false; errors: ImportError[] }> {
  // Merges into one organisation take turns (staging still runs in
  // parallel): each rebuilds its rollup days from the facts it can see, so
  // two at once would each miss the other's rows. The lock ends with the
  // transaction; after it, this merge sees every earlier import's facts.
  await runner.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
    `esm-planner:request-merge:${organizationId}`,
  ]);
  const [{ any }] = await runner.query(
    'SELECT EXISTS (SELECT 1 FROM request_fact WHERE organization_id = $1 AND source = $2) AS any',
    [organizationId, source],
  );
  // A re-import joins the stage with request_fact: the planner needs its size.
  if (any) await runner.query(`ANALYZE ${stage.table}`);
  // request_fact is partitioned by month and has no unique index on the
  // external id (a partition's unique keys must hold the month): repeated
  // ids are found in the stage, and the merge lock above keeps the ids of
  // request_fact unique (decision 0024).
  if (policy.skipped)
    await skipRepeatedExternalIds(runner, stage.table, policy);
  else {
    const duplicates = await duplicateExternalIds(
      runner,
      stage.table,
      policy.externalIdColumn,
    );
    if (duplicates.length > 0) return { ok: false, errors: duplicates };
  }
  if (any && policy.allowedDepartmentIds !== 'ALL') {
    const range = await externalIdRange(runner, stage.table);
    const foreign = `SELECT s.line, $4::int AS column_number,
         'external_id ' || s.external_id || ' is a request of a department you may not import into: you may import only your own departments'' requests' AS message,
         s.external_id AS value
       FROM ${stage.table} s JOIN request_fact f ON f.organization_id = $1 AND f.source = $2 AND f.external_id = s.external_id
         AND ${IN_RANGE('f', 5)}
      WHERE f.department_id <> ALL($3::uuid[])`;
    const parameters = [
      organizationId,
      source,
      policy.allowedDepartmentIds,
      policy.externalIdColumn,
      range.low,
      range.high,
    ];
    if (policy.skipped) {
      await policy.skipped.addFromSql(
        (sql, p) => runner.query(sql, p),
        foreign,
        parameters,
      );
      await runner.query(
        `DELETE FROM ${stage.table} s USING request_fact f
          WHERE f.organization_id = $1 AND f.source = $2 AND f.external_id = s.external_id AND f.department_id <> ALL($3::uuid[])
            AND ${IN_RANGE('f', 4)}`,
        [...parameters.slice(0, 3), range.low, range.high],
      );
    } else {
      const rows: {
        line: number;
        column_number: number;
        message: string;
        value: string;
      }[] = await runner.query(
        `${foreign} ORDER BY s.line LIMIT 1000`,
        parameters,
      );
      if (rows.length > 0)
        return {
          ok: false,
          errors: rows.map((r) => ({
            line: r.line,
            column: r.column_number,
            message: r.message,
            value: r.value,
          })),
        };
    }
  }
  return { ok: true, any };
}

/** SKIP: every later line of a repeated external id leaves the stage for the skipped list. */
async function skipRepeatedExternalIds(
  runner: QueryRunner,
  stage: string,
  policy: MergePolicy,
): Promise<void> {
  const later = `SELECT line, external_id, first_line FROM (
       SELECT line, external_id, min(line) OVER (PARTITION BY external_id) AS first_line FROM ${stage}) x
     WHERE line > first_line`;
  const found = await policy.skipped!.addFromSql(
    (sql, p) => runner.query(sql, p),
    `SELECT line, $1::int AS column_number, 'external_id ' || external_id || ' is also on line ' || first_line AS message, external_id AS value FROM (${later}) d`,
    [policy.externalIdColumn],
  );
  if (found > 0)
    await runner.query(
      `DELETE FROM ${stage} s USING (${later}) d WHERE s.line = d.line`,
    );
}

/** The smallest and largest external id of the stage (the stage is not empty). */
async function externalIdRange(
  runner: QueryRunner,
  stage: string,
): Promise<{ low: string; high: string }> {
  const [range] = await runner.query(
    `SELECT min(external_id) AS low, max(external_id) AS high FROM ${stage}`,
  );
  return range;
}

// A bound implied by the join on external_id, stated for the planner: each
// month's (organization_id, source, external_id) index is probed only over
// the stage's ids. Ticket numbers grow, so a file of new requests finds the
// range empty in every older month instead of scanning their ids. $n, $n+1.
const IN_RANGE = (alias: string, n: number) =>
  `${alias}.external_id BETWEEN $${n} AND $${n + 1}`;

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
  const months = await ensureRequestFactPartitions(
    (sql, parameters) => runner.query(sql, parameters),
    stage.table,
  ).catch((error: unknown) => {
    if (error instanceof DetachedMonthError)
      throw new ImportFileError(error.message);
    throw error;
  });
  await runner.query(CREATE_ROLLUP_KEYS);
  const input = { organizationId, source, jobId, timeZone, stage };
  const stored = any
    ? await mergeChanges(runner, input)
    : await insertFirst(runner, input);
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
        stage: any ? undefined : { table: stage.table, source },
      },
    );
  logger.log(
    `Import ${jobId}: ${stored} facts ${any ? 'merged' : 'inserted'} in ${written - started} ms (${months.length} months created), ${keys} rollup keys rebuilt in ${Date.now() - written} ms`,
  );
  return { stored };
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

// New facts' ids in insertion order (ordered-ids.ts); a changed fact keeps its id.
const newId = (stage: StageTable, prefix: string) =>
  orderedIdSql(prefix, `row_number() OVER (${inIndexOrder(stage)})`);

/** Nothing of this source yet: a plain INSERT, every stage day a key. */
async function insertFirst(
  runner: QueryRunner,
  { organizationId, source, jobId, timeZone, stage }: MergeInput,
): Promise<number> {
  await runner.query(
    `INSERT INTO request_fact (id, organization_id, source, import_job_id, ${FACT_COLUMNS.join(', ')})
     SELECT ${newId(stage, '$4')}, $1, $2, $3, ${FACT_COLUMNS.join(', ')} FROM ${stage.table} ${inIndexOrder(stage)}`,
    [organizationId, source, jobId, orderedIdPrefix()],
  );
  await runner.query(
    `INSERT INTO rollup_keys (department_id, day) SELECT DISTINCT department_id, (opened_at AT TIME ZONE $1)::date FROM ${stage.table}`,
    [timeZone],
  );
  const [{ stored }] = await runner.query(
    `SELECT count(*)::int AS stored FROM ${stage.table}`,
  );
  return stored;
}

const DIFFERS = (existing: string, staged: string) =>
  `(${CHANGING.map((c) => `${existing}.${c}`).join(', ')}) IS DISTINCT FROM (${CHANGING.map((c) => `${staged}.${c}`).join(', ')})`;

/**
 * A re-import: only new or changed rows are written; the days they leave
 * and enter are the keys. A changed fact keeps its id; when its opened_at
 * moves to another month, PostgreSQL moves the row to that partition.
 */
async function mergeChanges(
  runner: QueryRunner,
  { organizationId, source, jobId, timeZone, stage }: MergeInput,
): Promise<number> {
  const range = await externalIdRange(runner, stage.table);
  const known = (n: number) =>
    `f.organization_id = $1 AND f.source = $3 AND f.external_id = s.external_id AND ${IN_RANGE('f', n)}`;
  await runner.query(
    `INSERT INTO rollup_keys (department_id, day)
     SELECT DISTINCT f.department_id, ${LOCAL_DAY('f')} FROM ${stage.table} s
       JOIN request_fact f ON ${known(4)}
      WHERE ${DIFFERS('f', 's')}
     ON CONFLICT DO NOTHING`,
    [organizationId, timeZone, source, range.low, range.high],
  );
  // Both writes see the facts as they were before this statement: the
  // UPDATE changes the known ids, the INSERT adds the unknown ones.
  const [{ stored }] = await runner.query(
    `WITH changed AS (
       UPDATE request_fact f SET ${CHANGING.map((c) => `${c} = s.${c}`).join(', ')}, import_job_id = $4
         FROM ${stage.table} s WHERE ${known(5)} AND ${DIFFERS('f', 's')}
       RETURNING f.department_id, f.opened_at),
     added AS (
       INSERT INTO request_fact (id, organization_id, source, import_job_id, ${FACT_COLUMNS.join(', ')})
       SELECT ${newId(stage, '$7')}, $1, $3, $4, ${FACT_COLUMNS.join(', ')} FROM ${stage.table} s
        WHERE NOT EXISTS (SELECT 1 FROM request_fact f WHERE ${known(5)}) ${inIndexOrder(stage)}
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
      orderedIdPrefix(),
    ],
  );
  return stored;
}
