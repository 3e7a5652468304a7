/**
 * The SQL that keeps the request rollups (request_day_rollup,
 * request_day_channel, request_day_type, request_period_resolution) equal
 * to what request_fact says. Everything is recomputed from request_fact for
 * a set of (department, local day) keys held in the temp table
 * `rollup_keys`, so it is right whatever changed and whichever source
 * system the facts came from. $1 = organization_id, $2 = its time zone.
 */

/** The keys to rebuild: filled by the caller, dropped with the transaction. */
export const CREATE_ROLLUP_KEYS = `CREATE TEMP TABLE IF NOT EXISTS rollup_keys (department_id uuid NOT NULL, day date NOT NULL, PRIMARY KEY (department_id, day)) ON COMMIT DROP`;

// A request belongs to the local day on which it was opened (domain §3).
const LOCAL_DAY = `(f.opened_at AT TIME ZONE $2)::date`;
// Exact: timestamps are stored to the millisecond by the importer.
const RESOLUTION_MS = `CASE WHEN f.resolved_at IS NOT NULL THEN (extract(epoch FROM f.resolved_at - f.opened_at) * 1000)::bigint END`;
const FACT_COLUMNS = 'department_id, opened_at, resolved_at, channel, request_type, resolution, sla_met, reopened';

// Only the facts of the keys' days; the opened_at bounds let the
// (organization_id, department_id, opened_at) index narrow the scan. With
// `fromStage`, the facts of the import's own source are the rows of
// request_stage (a first import of that source: the stage is all of them),
// read from the temp table instead of the heap; $3 is that source.
function factsOfKeys(fromStage: boolean): string {
  const others = `SELECT ${FACT_COLUMNS.split(', ').map((c) => `f.${c}`).join(', ')} FROM request_fact f
    WHERE f.organization_id = $1 ${fromStage ? 'AND f.source <> $3' : ''}
      AND f.opened_at >= (SELECT min(day)::timestamp AT TIME ZONE $2 FROM rollup_keys)
      AND f.opened_at < (SELECT (max(day) + 1)::timestamp AT TIME ZONE $2 FROM rollup_keys)
      AND (f.department_id, ${LOCAL_DAY}) IN (SELECT department_id, day FROM rollup_keys)`;
  return fromStage ? `FROM (SELECT ${FACT_COLUMNS} FROM request_stage UNION ALL ${others}) f` : `FROM (${others}) f`;
}

// The facts in the periods of rollup_periods (whole weeks and months).
function factsOfPeriods(fromStage: boolean): string {
  const others = `SELECT f.department_id, f.opened_at, f.resolved_at FROM request_fact f
    WHERE f.organization_id = $1 ${fromStage ? 'AND f.source <> $3' : ''} AND f.resolved_at IS NOT NULL
      AND f.opened_at >= (SELECT min(period_start)::timestamp AT TIME ZONE $2 FROM rollup_periods)
      AND f.opened_at < (SELECT (max(CASE grain WHEN 'WEEK' THEN period_start + 7 ELSE (period_start + interval '1 month')::date END))::timestamp AT TIME ZONE $2 FROM rollup_periods)
      AND f.department_id IN (SELECT department_id FROM rollup_periods)`;
  return fromStage
    ? `FROM (SELECT department_id, opened_at, resolved_at FROM request_stage WHERE resolved_at IS NOT NULL UNION ALL ${others}) f`
    : `FROM (${others}) f`;
}

const DELETE_DAYS = ['request_day_rollup', 'request_day_channel', 'request_day_type'].map(
  (table) => `DELETE FROM ${table} r USING rollup_keys k WHERE r.organization_id = $1 AND r.department_id = k.department_id AND r.day = k.day`,
);

// One scan of the facts, three groupings: GROUPING(channel, request_type)
// is 3 for (department, day), 1 for + channel, 2 for + request type.
const insertDays = (fromStage: boolean) => `WITH grouped AS MATERIALIZED (
  SELECT department_id, day, channel, request_type, GROUPING(channel, request_type) AS g,
         count(*)::int AS total,
         count(*) FILTER (WHERE resolution IN ('DEFLECTED', 'NO_TOUCH'))::int AS deflected,
         count(*) FILTER (WHERE resolution = 'NO_TOUCH')::int AS no_touch,
         count(ms)::int AS resolved,
         count(*) FILTER (WHERE sla_met)::int AS sla_met,
         count(sla_met)::int AS sla_tracked,
         count(*) FILTER (WHERE reopened AND ms IS NOT NULL)::int AS reopened,
         coalesce(sum(ms), 0)::bigint AS resolution_ms_sum
    FROM (SELECT f.department_id, ${LOCAL_DAY} AS day, f.channel, f.request_type, f.resolution, f.sla_met, f.reopened, ${RESOLUTION_MS} AS ms
          ${factsOfKeys(fromStage)}) facts
   GROUP BY GROUPING SETS ((department_id, day), (department_id, day, channel), (department_id, day, request_type))),
days AS (
  INSERT INTO request_day_rollup (organization_id, department_id, day, total, deflected, no_touch, resolved, sla_met, sla_tracked, reopened, resolution_ms_sum)
  SELECT $1, department_id, day, total, deflected, no_touch, resolved, sla_met, sla_tracked, reopened, resolution_ms_sum FROM grouped WHERE g = 3),
channels AS (
  INSERT INTO request_day_channel (organization_id, department_id, day, channel, count)
  SELECT $1, department_id, day, channel, total FROM grouped WHERE g = 1)
INSERT INTO request_day_type (organization_id, department_id, day, request_type, count)
SELECT $1, department_id, day, request_type, total FROM grouped WHERE g = 2`;

// The weeks (Monday to Sunday) and months holding the keys' days.
const PERIODS = `CREATE TEMP TABLE IF NOT EXISTS rollup_periods ON COMMIT DROP AS
  SELECT department_id, 'WEEK'::text AS grain, date_trunc('week', day)::date AS period_start FROM rollup_keys WHERE false`;
const FILL_PERIODS = [
  'TRUNCATE rollup_periods',
  `INSERT INTO rollup_periods SELECT DISTINCT department_id, 'WEEK', date_trunc('week', day)::date FROM rollup_keys
   UNION SELECT DISTINCT department_id, 'MONTH', date_trunc('month', day)::date FROM rollup_keys`,
];
const DELETE_PERIODS = `DELETE FROM request_period_resolution r USING rollup_periods p
  WHERE r.organization_id = $1 AND r.department_id = p.department_id AND r.grain = p.grain AND r.period_start = p.period_start`;

// Nearest-rank percentiles with integer ranks: ceil(n / 2) and
// ceil(9n / 10), the rule of nearestRankPercentile (domain-audit).
const insertPeriods = (fromStage: boolean) => `INSERT INTO request_period_resolution (organization_id, department_id, grain, period_start, resolved, median_ms, p90_ms)
SELECT $1, s.department_id, s.grain, s.period_start, s.n, s.sorted[(s.n + 1) / 2], s.sorted[(9 * s.n + 9) / 10]
  FROM (SELECT department_id,
               CASE WHEN GROUPING(week) = 0 THEN 'WEEK' ELSE 'MONTH' END AS grain,
               coalesce(week, month) AS period_start,
               count(*)::int AS n,
               array_agg(ms ORDER BY ms) AS sorted
          FROM (SELECT f.department_id, date_trunc('week', ${LOCAL_DAY})::date AS week, date_trunc('month', ${LOCAL_DAY})::date AS month,
                       ${RESOLUTION_MS} AS ms
                  ${factsOfPeriods(fromStage)}) facts
         GROUP BY GROUPING SETS ((department_id, week), (department_id, month))) s
  JOIN rollup_periods p ON p.department_id = s.department_id AND p.grain = s.grain AND p.period_start = s.period_start`;

/**
 * Statements that rebuild every rollup row of the keys in rollup_keys, in
 * order. Sorting and hashing a million facts needs more than the default
 * work_mem; the setting lasts until the transaction ends.
 */
export function rebuildRollupStatements({ fromStage }: { fromStage: boolean }): string[] {
  return [
    "SET LOCAL work_mem = '256MB'",
    'ANALYZE rollup_keys',
    ...DELETE_DAYS,
    insertDays(fromStage),
    PERIODS,
    ...FILL_PERIODS,
    DELETE_PERIODS,
    insertPeriods(fromStage),
  ];
}

/** Every (department, local day) of an organisation's facts: the keys of a full rebuild. */
export const ALL_KEYS_OF_ORGANIZATION = `INSERT INTO rollup_keys (department_id, day)
  SELECT DISTINCT department_id, (opened_at AT TIME ZONE $2)::date FROM request_fact WHERE organization_id = $1
  ON CONFLICT DO NOTHING`;

type Query = (sql: string, parameters?: unknown[]) => Promise<unknown>;

/** The parameters a statement uses: $1 … $n of (organisation, time zone, source). */
function parametersOf(sql: string, values: unknown[]): unknown[] {
  const used = Math.max(0, ...[...sql.matchAll(/\$(\d)/g)].map((m) => Number(m[1])));
  return values.slice(0, used);
}

/**
 * Rebuilds the rollups of the keys in rollup_keys (create it with
 * CREATE_ROLLUP_KEYS and fill it first), inside the caller's transaction.
 * `stageSource`: the facts of that source are exactly request_stage's rows
 * (see factsOfKeys).
 */
export async function rebuildRequestRollups(
  query: Query,
  { organizationId, timeZone, stageSource }: { organizationId: string; timeZone: string; stageSource?: string },
): Promise<void> {
  for (const sql of rebuildRollupStatements({ fromStage: stageSource !== undefined })) {
    await query(sql, parametersOf(sql, [organizationId, timeZone, stageSource]));
  }
}

/**
 * Rebuilds every rollup row of an organisation: after its time zone
 * changes (local days move) or to backfill. Rows of days that no longer
 * have facts are removed as well. One local month at a time, so that each
 * step sorts a month of facts, not all of them.
 */
export async function rebuildAllRequestRollups(query: Query, { organizationId, timeZone }: { organizationId: string; timeZone: string }): Promise<void> {
  for (const table of ['request_day_rollup', 'request_day_channel', 'request_day_type', 'request_period_resolution']) {
    await query(`DELETE FROM ${table} WHERE organization_id = $1`, [organizationId]);
  }
  await query(CREATE_ROLLUP_KEYS);
  await query('TRUNCATE rollup_keys');
  await query(ALL_KEYS_OF_ORGANIZATION, [organizationId, timeZone]);
  await query('CREATE TEMP TABLE IF NOT EXISTS rollup_all_keys ON COMMIT DROP AS SELECT * FROM rollup_keys WHERE false');
  await query('TRUNCATE rollup_all_keys');
  await query('INSERT INTO rollup_all_keys SELECT * FROM rollup_keys');
  const months = (await query(`SELECT DISTINCT to_char(date_trunc('month', day), 'YYYY-MM-DD') AS month FROM rollup_all_keys ORDER BY 1`)) as { month: string }[];
  for (const { month } of months) {
    await query('TRUNCATE rollup_keys');
    await query(`INSERT INTO rollup_keys SELECT * FROM rollup_all_keys WHERE date_trunc('month', day) = $1::date`, [month]);
    await rebuildRequestRollups(query, { organizationId, timeZone });
  }
}
