import { QueryRunner } from 'typeorm';
import { ImportError } from '@esm-planner/domain-imports';
import type { StageTable } from './requests-merge';
import { SkippedRows } from './skipped-rows';

/** The same external id twice in one file: an error on each later line. */
export async function duplicateExternalIds(
  runner: QueryRunner,
  stage: string,
  column: number,
): Promise<ImportError[]> {
  // Hashing the ids is cheaper than the sort that lists the lines: only a
  // file that has a repeated id pays for the list.
  if (!(await hasRepeatedExternalIds(runner, stage))) return [];
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

async function hasRepeatedExternalIds(
  runner: QueryRunner,
  stage: string,
): Promise<boolean> {
  const [{ repeated }] = await runner.query(
    `SELECT EXISTS (SELECT 1 FROM ${stage} GROUP BY external_id HAVING count(*) > 1) AS repeated`,
  );
  return repeated;
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

/** One staged file checked against one organisation's requests of one source. */
type StageCheck = {
  organizationId: string;
  source: string;
  stage: StageTable;
  policy: MergePolicy;
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
  { organizationId, source, stage, policy }: StageCheck,
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
    const errors = await foreignRequests(runner, {
      organizationId,
      source,
      stage,
      policy,
    });
    if (errors.length > 0) return { ok: false, errors };
  }
  return { ok: true, any };
}

/**
 * A department head's re-import: the stage's external ids that are requests
 * of departments not theirs. Under FAIL they are returned as errors; under
 * SKIP they are moved to the skipped list and nothing is returned.
 */
async function foreignRequests(
  runner: QueryRunner,
  { organizationId, source, stage, policy }: StageCheck,
): Promise<ImportError[]> {
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
    return rows.map((r) => ({
      line: r.line,
      column: r.column_number,
      message: r.message,
      value: r.value,
    }));
  }
  return [];
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
export async function externalIdRange(
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
export const IN_RANGE = (alias: string, n: number) =>
  `${alias}.external_id BETWEEN $${n} AND $${n + 1}`;
