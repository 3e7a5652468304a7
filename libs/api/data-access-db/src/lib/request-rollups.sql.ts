/**
 * The SQL that keeps the request rollups (request_day_rollup,
 * request_day_channel, request_day_type, request_period_resolution) equal
 * to what request_fact says. Everything is recomputed from request_fact for
 * a set of (department, local day) keys held in the temp table
 * `rollup_keys`, so it is right whatever changed and whichever source
 * system the facts came from. $1 = organization_id, $2 = its time zone.
 */

import { requestFactPartitionBounds } from './request-fact-partitions';
import {
  factsOfKeys,
  factsOfPeriods,
  LOCAL_DAY,
  stageRows,
  type FactSources,
} from './request-rollup-facts.sql';
import { monthStartSql, weekStartSql } from './rollup-periods.sql';

/** The keys to rebuild: filled by the caller, dropped with the transaction. */
export const CREATE_ROLLUP_KEYS = `CREATE TEMP TABLE IF NOT EXISTS rollup_keys (department_id uuid NOT NULL, day date NOT NULL, PRIMARY KEY (department_id, day)) ON COMMIT DROP`;

// Exact: timestamps are stored to the millisecond by the importer.
const RESOLUTION_MS = `CASE WHEN f.resolved_at IS NOT NULL THEN (extract(epoch FROM f.resolved_at - f.opened_at) * 1000)::bigint END`;

/**
 * Where a rebuild reads the facts of an import from instead of
 * request_fact: its staging table — read from the table just written, not
 * from request_fact's heap and indexes. Without `months`, the stage holds
 * every fact of `source` (its first import); with them, every fact of those
 * months (`YYYY-MM-01`), which the import made (FactSources).
 */
export type RollupStage = {
  table: string;
  source: string;
  months?: readonly string[];
};

const DELETE_DAYS = [
  'request_day_rollup',
  'request_day_channel',
  'request_day_type',
].map(
  (table) =>
    `DELETE FROM ${table} r USING rollup_keys k WHERE r.organization_id = $1 AND r.department_id = k.department_id AND r.day = k.day`,
);

// Every count is additive, so the facts are counted at the finest grain
// (department, day, channel, request type) into rollup_fine — which may
// hold several rows of one key, summed afterwards — and the three rollups
// are sums of it. Counting a stage is a statement of its own, a plain
// GROUP BY over one table, so that PostgreSQL can run it with parallel
// workers (never for a statement that writes, nor one reading temp tables).
const fineCounts = (from: string) => `
  SELECT department_id, day, channel, request_type,
         count(*)::int AS total,
         count(*) FILTER (WHERE resolution IN ('DEFLECTED', 'NO_TOUCH'))::int AS deflected,
         count(*) FILTER (WHERE resolution = 'NO_TOUCH')::int AS no_touch,
         count(ms)::int AS resolved,
         count(*) FILTER (WHERE sla_met)::int AS sla_met,
         count(sla_met)::int AS sla_tracked,
         count(*) FILTER (WHERE reopened AND ms IS NOT NULL)::int AS reopened,
         coalesce(sum(ms), 0)::bigint AS resolution_ms_sum
    FROM (SELECT f.department_id, ${LOCAL_DAY} AS day, f.channel, f.request_type, f.resolution, f.sla_met, f.reopened, ${RESOLUTION_MS} AS ms
          ${from}) facts
   GROUP BY department_id, day, channel, request_type`;

function countFacts(sources: FactSources): string[] {
  const ofOthers = fineCounts(factsOfKeys(sources));
  if (!sources.stage)
    return [`CREATE TEMP TABLE rollup_fine ON COMMIT DROP AS ${ofOthers}`];
  return [
    `CREATE TEMP TABLE rollup_fine ON COMMIT DROP AS ${fineCounts(stageRows(sources))}`,
    ...(sources.others ? [`INSERT INTO rollup_fine ${ofOthers}`] : []),
  ];
}

// GROUPING(channel, request_type) is 3 for (department, day), 1 for +
// channel, 2 for + request type.
const INSERT_DAYS = `WITH grouped AS MATERIALIZED (
  SELECT department_id, day, channel, request_type, GROUPING(channel, request_type) AS g,
         sum(total)::int AS total, sum(deflected)::int AS deflected, sum(no_touch)::int AS no_touch, sum(resolved)::int AS resolved,
         sum(sla_met)::int AS sla_met, sum(sla_tracked)::int AS sla_tracked, sum(reopened)::int AS reopened,
         sum(resolution_ms_sum)::bigint AS resolution_ms_sum
    FROM rollup_fine
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
  SELECT department_id, 'WEEK'::text AS grain, ${weekStartSql('day')} AS period_start FROM rollup_keys WHERE false`;
const FILL_PERIODS = [
  'TRUNCATE rollup_periods',
  `INSERT INTO rollup_periods SELECT DISTINCT department_id, 'WEEK', ${weekStartSql('day')} FROM rollup_keys
   UNION SELECT DISTINCT department_id, 'MONTH', ${monthStartSql('day')} FROM rollup_keys`,
];
const DELETE_PERIODS = `DELETE FROM request_period_resolution r USING rollup_periods p
  WHERE r.organization_id = $1 AND r.department_id = p.department_id AND r.grain = p.grain AND r.period_start = p.period_start`;

// Nearest-rank percentiles with integer ranks: ceil(n / 2) and
// ceil(9n / 10), the rule of nearestRankPercentile (domain-audit).
const insertPeriods = (
  sources: FactSources,
) => `INSERT INTO request_period_resolution (organization_id, department_id, grain, period_start, resolved, median_ms, p90_ms)
SELECT $1, s.department_id, s.grain, s.period_start, s.n, s.sorted[(s.n + 1) / 2], s.sorted[(9 * s.n + 9) / 10]
  FROM (SELECT department_id,
               CASE WHEN GROUPING(week) = 0 THEN 'WEEK' ELSE 'MONTH' END AS grain,
               coalesce(week, month) AS period_start,
               count(*)::int AS n,
               array_agg(ms ORDER BY ms) AS sorted
          FROM (SELECT f.department_id, ${weekStartSql(LOCAL_DAY)} AS week, ${monthStartSql(LOCAL_DAY)} AS month,
                       ${RESOLUTION_MS} AS ms
                  ${factsOfPeriods(sources)}) facts
         GROUP BY GROUPING SETS ((department_id, week), (department_id, month))) s
  JOIN rollup_periods p ON p.department_id = s.department_id AND p.grain = s.grain AND p.period_start = s.period_start`;

/**
 * Statements that rebuild every rollup row of the keys in rollup_keys, in
 * order. Sorting and hashing a million facts needs more than the default
 * work_mem; the setting lasts until the transaction ends.
 */
export function rebuildRollupStatements(sources: FactSources): string[] {
  return [
    "SET LOCAL work_mem = '256MB'",
    'ANALYZE rollup_keys',
    ...DELETE_DAYS,
    'DROP TABLE IF EXISTS rollup_fine',
    ...countFacts(sources),
    INSERT_DAYS,
    PERIODS,
    ...FILL_PERIODS,
    DELETE_PERIODS,
    insertPeriods(sources),
  ];
}

/** Every (department, local day) of an organisation's facts: the keys of a full rebuild. */
export const ALL_KEYS_OF_ORGANIZATION = `INSERT INTO rollup_keys (department_id, day)
  SELECT DISTINCT department_id, (opened_at AT TIME ZONE $2)::date FROM request_fact WHERE organization_id = $1
  ON CONFLICT DO NOTHING`;

type Query = (sql: string, parameters?: unknown[]) => Promise<unknown>;

/**
 * A statement and the parameters it uses, renumbered: of (organisation,
 * time zone, source), a statement may use any subset, and PostgreSQL
 * refuses a parameter a statement never mentions.
 */
export function bindUsed(
  sql: string,
  values: unknown[],
): { sql: string; parameters: unknown[] } {
  const used = [
    ...new Set([...sql.matchAll(/\$(\d)/g)].map((m) => Number(m[1]))),
  ].sort((a, b) => a - b);
  const position = new Map(used.map((n, index) => [n, index + 1]));
  return {
    sql: sql.replace(
      /\$(\d)/g,
      (_, n: string) => `$${position.get(Number(n))}`,
    ),
    parameters: used.map((n) => values[n - 1]),
  };
}

/**
 * Rebuilds the rollups of the keys in rollup_keys (create it with
 * CREATE_ROLLUP_KEYS and fill it first), inside the caller's transaction.
 * `stage`: the facts of its source are exactly that table's rows (see
 * RollupStage).
 */
export async function rebuildRequestRollups(
  query: Query,
  {
    organizationId,
    timeZone,
    stage,
  }: { organizationId: string; timeZone: string; stage?: RollupStage },
): Promise<void> {
  // Two index probes on (organization_id, source, …): any other source?
  const others = stage?.months
    ? true
    : stage
      ? (
          (await query(
            `SELECT EXISTS (SELECT 1 FROM request_fact WHERE organization_id = $1 AND source < $2)
             OR EXISTS (SELECT 1 FROM request_fact WHERE organization_id = $1 AND source > $2) AS others`,
            [organizationId, stage.source],
          )) as { others: boolean }[]
        )[0].others
      : true;
  for (const sql of rebuildRollupStatements({
    stage: stage?.table ?? null,
    others,
    months: stage?.months?.map(requestFactPartitionBounds),
  })) {
    const bound = bindUsed(sql, [organizationId, timeZone, stage?.source]);
    await query(bound.sql, bound.parameters);
  }
}

/**
 * Rebuilds every rollup row of an organisation: after its time zone
 * changes (local days move) or to backfill. Rows of days that no longer
 * have facts are removed as well. One local month at a time, so that each
 * step sorts a month of facts, not all of them; `onMonth` hears how many
 * months are done (0 first, once the months are known).
 */
export async function rebuildAllRequestRollups(
  query: Query,
  {
    organizationId,
    timeZone,
    onMonth,
  }: {
    organizationId: string;
    timeZone: string;
    onMonth?: (done: number, total: number) => Promise<void>;
  },
): Promise<void> {
  for (const table of [
    'request_day_rollup',
    'request_day_channel',
    'request_day_type',
    'request_period_resolution',
  ]) {
    await query(`DELETE FROM ${table} WHERE organization_id = $1`, [
      organizationId,
    ]);
  }
  await query(CREATE_ROLLUP_KEYS);
  await query('TRUNCATE rollup_keys');
  await query(ALL_KEYS_OF_ORGANIZATION, [organizationId, timeZone]);
  await query(
    'CREATE TEMP TABLE IF NOT EXISTS rollup_all_keys ON COMMIT DROP AS SELECT * FROM rollup_keys WHERE false',
  );
  await query('TRUNCATE rollup_all_keys');
  await query('INSERT INTO rollup_all_keys SELECT * FROM rollup_keys');
  const months = (await query(
    `SELECT DISTINCT to_char(date_trunc('month', day), 'YYYY-MM-DD') AS month FROM rollup_all_keys ORDER BY 1`,
  )) as { month: string }[];
  await onMonth?.(0, months.length);
  for (const [index, { month }] of months.entries()) {
    await query('TRUNCATE rollup_keys');
    await query(
      `INSERT INTO rollup_keys SELECT * FROM rollup_all_keys WHERE date_trunc('month', day) = $1::date`,
      [month],
    );
    await rebuildRequestRollups(query, { organizationId, timeZone });
    await onMonth?.(index + 1, months.length);
  }
}
