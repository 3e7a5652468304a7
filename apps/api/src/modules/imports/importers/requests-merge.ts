import { QueryRunner } from 'typeorm';
import { CREATE_ROLLUP_KEYS, rebuildRequestRollups } from '@esm-planner/api-data-access-db';
import { ImportError } from '@esm-planner/domain-imports';
import { FACT_COLUMNS } from './request-stage';

const CHANGING = FACT_COLUMNS.slice(1);
const LOCAL_DAY = (alias: string) => `(${alias}.opened_at AT TIME ZONE $2)::date`;

/** The same external id twice in one file: an error on each later line. */
export async function duplicateExternalIds(runner: QueryRunner): Promise<ImportError[]> {
  const rows: { external_id: string; lines: number[] }[] = await runner.query(
    `SELECT external_id, array_agg(line ORDER BY line) AS lines FROM request_stage
     GROUP BY external_id HAVING count(*) > 1 ORDER BY min(line) LIMIT 100`,
  );
  return rows.flatMap(({ external_id, lines }) =>
    lines.slice(1).map((line) => ({ line, column: 1, message: `external_id ${external_id} is also on line ${lines[0]}`, value: external_id })),
  );
}

/**
 * Merges request_stage into request_fact (idempotent on organisation,
 * source and external id: unchanged rows are not written) and rebuilds the
 * rollups of exactly the (department, local day) keys whose facts changed:
 * the days of the new or changed rows and, for changed rows, the days they
 * were in before. Returns how many facts were inserted or changed.
 */
export async function mergeRequestStage(
  runner: QueryRunner,
  { organizationId, source, jobId, timeZone }: { organizationId: string; source: string; jobId: string; timeZone: string },
): Promise<number> {
  await runner.query('ANALYZE request_stage');
  await runner.query(CREATE_ROLLUP_KEYS);
  const [{ any }] = await runner.query('SELECT EXISTS (SELECT 1 FROM request_fact WHERE organization_id = $1 AND source = $2) AS any', [organizationId, source]);
  let conflict = '';
  if (any) {
    // Days the changed rows leave (their department or opening may change).
    await runner.query(
      `INSERT INTO rollup_keys (department_id, day)
       SELECT DISTINCT f.department_id, ${LOCAL_DAY('f')} FROM request_stage s
         JOIN request_fact f ON f.organization_id = $1 AND f.source = $3 AND f.external_id = s.external_id
        WHERE (${CHANGING.map((c) => `f.${c}`).join(', ')}) IS DISTINCT FROM (${CHANGING.map((c) => `s.${c}`).join(', ')})
       ON CONFLICT DO NOTHING`,
      [organizationId, timeZone, source],
    );
    conflict = `ON CONFLICT (organization_id, source, external_id) DO UPDATE SET
      ${CHANGING.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, import_job_id = EXCLUDED.import_job_id
      WHERE (${CHANGING.map((c) => `request_fact.${c}`).join(', ')}) IS DISTINCT FROM (${CHANGING.map((c) => `EXCLUDED.${c}`).join(', ')})`;
  }
  // A first import of this source has nothing to conflict with: a plain
  // INSERT (the unique index still guards it).
  const [{ stored }] = await runner.query(
    `WITH merged AS (
       INSERT INTO request_fact (organization_id, source, import_job_id, ${FACT_COLUMNS.join(', ')})
       SELECT $1, $3, $4, ${FACT_COLUMNS.join(', ')} FROM request_stage ORDER BY external_id
       ${conflict}
       RETURNING department_id, opened_at),
     keys AS (INSERT INTO rollup_keys (department_id, day) SELECT DISTINCT department_id, ${LOCAL_DAY('merged')} FROM merged ON CONFLICT DO NOTHING)
     SELECT count(*)::int AS stored FROM merged`,
    [organizationId, timeZone, source, jobId],
  );
  const [{ keys }] = await runner.query('SELECT count(*)::int AS keys FROM rollup_keys');
  if (keys > 0) await rebuildRequestRollups((sql, parameters) => runner.query(sql, parameters), { organizationId, timeZone });
  return stored;
}
