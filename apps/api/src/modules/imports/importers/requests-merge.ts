import { Logger } from '@nestjs/common';
import { QueryRunner } from 'typeorm';
import {
  CREATE_ROLLUP_KEYS,
  rebuildRequestRollups,
} from '@esm-planner/api-data-access-db';
import { ImportError } from '@esm-planner/domain-imports';
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
  // A first import under FAIL finds repeated ids through the unique index
  // (insertFirst), which costs nothing when there are none.
  if (any || policy.skipped) {
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
  }
  if (any && policy.allowedDepartmentIds !== 'ALL') {
    const foreign = `SELECT s.line, $4::int AS column_number,
         'external_id ' || s.external_id || ' is a request of a department you may not import into: you may import only your own departments'' requests' AS message,
         s.external_id AS value
       FROM ${stage.table} s JOIN request_fact f ON f.organization_id = $1 AND f.source = $2 AND f.external_id = s.external_id
      WHERE f.department_id <> ALL($3::uuid[])`;
    const parameters = [
      organizationId,
      source,
      policy.allowedDepartmentIds,
      policy.externalIdColumn,
    ];
    if (policy.skipped) {
      await policy.skipped.addFromSql(
        (sql, p) => runner.query(sql, p),
        foreign,
        parameters,
      );
      await runner.query(
        `DELETE FROM ${stage.table} s USING request_fact f
          WHERE f.organization_id = $1 AND f.source = $2 AND f.external_id = s.external_id AND f.department_id <> ALL($3::uuid[])`,
        parameters.slice(0, 3),
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

/**
 * Merges the staged rows (the temp table request_stage of the JavaScript
 * path, or the fast path's table) into request_fact (idempotent on organisation,
 * source and external id: unchanged rows are not written) and rebuilds the
 * rollups of exactly the (department, local day) keys whose facts changed:
 * the days of the new or changed rows and, for changed rows, the days they
 * were in before. Runs after checkRequestStage (same transaction, its lock
 * held). Returns how many facts were inserted or changed, or the file's
 * duplicate external ids (then nothing is written).
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
    externalIdColumn,
  }: MergeInput & { any: boolean },
): Promise<{ stored: number } | { duplicates: ImportError[] }> {
  const started = Date.now();
  await runner.query(CREATE_ROLLUP_KEYS);
  const input = {
    organizationId,
    source,
    jobId,
    timeZone,
    stage,
    externalIdColumn,
  };
  const stored = any
    ? await mergeChanges(runner, input)
    : await insertFirst(runner, input);
  if (typeof stored !== 'number') return stored;
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
    `Import ${jobId}: ${stored} facts ${any ? 'merged' : 'inserted'} in ${written - started} ms, ${keys} rollup keys rebuilt in ${Date.now() - written} ms`,
  );
  return { stored };
}

/** The staging table to merge; `sortBeforeInsert`: insert its rows in external-id order (the unique index's). */
export type StageTable = { table: string; sortBeforeInsert: boolean };
type MergeInput = {
  organizationId: string;
  source: string;
  jobId: string;
  timeZone: string;
  stage: StageTable;
  externalIdColumn: number;
};

// Inserting in the unique index's order keeps its pages hot.
const inIndexOrder = (stage: StageTable) =>
  stage.sortBeforeInsert ? 'ORDER BY external_id' : '';

// New facts' ids in insertion order (ordered-ids.ts); a changed fact keeps its id.
const newId = (stage: StageTable, prefix: string) =>
  orderedIdSql(prefix, `row_number() OVER (${inIndexOrder(stage)})`);

/**
 * Nothing of this source yet: a plain INSERT, every stage day a key. A
 * duplicate external id trips the unique index; only then is the stage
 * searched for the lines to report.
 */
async function insertFirst(
  runner: QueryRunner,
  {
    organizationId,
    source,
    jobId,
    timeZone,
    stage,
    externalIdColumn,
  }: MergeInput,
): Promise<number | { duplicates: ImportError[] }> {
  await runner.query('SAVEPOINT request_insert');
  try {
    await runner.query(
      `INSERT INTO request_fact (id, organization_id, source, import_job_id, ${FACT_COLUMNS.join(', ')})
       SELECT ${newId(stage, '$4')}, $1, $2, $3, ${FACT_COLUMNS.join(', ')} FROM ${stage.table} ${inIndexOrder(stage)}`,
      [organizationId, source, jobId, orderedIdPrefix()],
    );
    await runner.query('RELEASE SAVEPOINT request_insert');
    await runner.query(
      `INSERT INTO rollup_keys (department_id, day) SELECT DISTINCT department_id, (opened_at AT TIME ZONE $1)::date FROM ${stage.table}`,
      [timeZone],
    );
    const [{ stored }] = await runner.query(
      `SELECT count(*)::int AS stored FROM ${stage.table}`,
    );
    return stored;
  } catch (error) {
    if ((error as { code?: string }).code !== '23505') throw error;
    await runner.query('ROLLBACK TO SAVEPOINT request_insert');
    return {
      duplicates: await duplicateExternalIds(
        runner,
        stage.table,
        externalIdColumn,
      ),
    };
  }
}

/** A re-import: only new or changed rows are written; the days they leave and enter are the keys. */
async function mergeChanges(
  runner: QueryRunner,
  { organizationId, source, jobId, timeZone, stage }: MergeInput,
): Promise<number> {
  await runner.query(
    `INSERT INTO rollup_keys (department_id, day)
     SELECT DISTINCT f.department_id, ${LOCAL_DAY('f')} FROM ${stage.table} s
       JOIN request_fact f ON f.organization_id = $1 AND f.source = $3 AND f.external_id = s.external_id
      WHERE (${CHANGING.map((c) => `f.${c}`).join(', ')}) IS DISTINCT FROM (${CHANGING.map((c) => `s.${c}`).join(', ')})
     ON CONFLICT DO NOTHING`,
    [organizationId, timeZone, source],
  );
  const [{ stored }] = await runner.query(
    `WITH merged AS (
       INSERT INTO request_fact (id, organization_id, source, import_job_id, ${FACT_COLUMNS.join(', ')})
       SELECT ${newId(stage, '$5')}, $1, $3, $4, ${FACT_COLUMNS.join(', ')} FROM ${stage.table} ${inIndexOrder(stage)}
       ON CONFLICT (organization_id, source, external_id) DO UPDATE SET
         ${CHANGING.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, import_job_id = EXCLUDED.import_job_id
         WHERE (${CHANGING.map((c) => `request_fact.${c}`).join(', ')}) IS DISTINCT FROM (${CHANGING.map((c) => `EXCLUDED.${c}`).join(', ')})
       RETURNING department_id, opened_at),
     keys AS (INSERT INTO rollup_keys (department_id, day) SELECT DISTINCT department_id, ${LOCAL_DAY('merged')} FROM merged ON CONFLICT DO NOTHING)
     SELECT count(*)::int AS stored FROM merged`,
    [organizationId, timeZone, source, jobId, orderedIdPrefix()],
  );
  return stored;
}
