/**
 * Where a rollup rebuild (request-rollups.sql.ts) reads its facts from:
 * request_fact, and an import's staging table for the facts it holds
 * exactly. $1 = organization_id, $2 = its time zone, $3 = the stage's source.
 */
import { periodEndSql } from './rollup-periods.sql';

// A request belongs to the local day on which it was opened (domain §3).
export const LOCAL_DAY = `(f.opened_at AT TIME ZONE $2)::date`;

/** Half-open UTC instants [from, to): months as requestFactPartitionBounds gives them. */
export type InstantRange = { from: string; to: string };

/**
 * Where a rebuild's facts are. `stage` (a table) holds, exactly:
 * - without `months`, every fact of source $3 (a first import of it);
 *   request_fact is read for the other sources, unless `others` is false
 *   (the caller knows there are none: reading would fetch and discard
 *   every fact of that source);
 * - with `months`, every fact of those months, whatever the source (months
 *   this import made: nothing was in them before); request_fact is read
 *   outside them only.
 */
export type FactSources = {
  stage: string | null;
  others: boolean;
  months?: readonly InstantRange[];
};

// Literals, not parameters: the planner leaves those months' partitions out
// of the plan (partition pruning reads ORs of comparisons, not NOT).
const at = (instant: string) => `'${instant}'::timestamptz`;
const inside = (alias: string, months: readonly InstantRange[]) =>
  `(${months.map(({ from, to }) => `(${alias}opened_at >= ${at(from)} AND ${alias}opened_at < ${at(to)})`).join(' OR ')})`;
/** `alias`opened_at outside every one of `months`, written so that their partitions are pruned. */
export const outsideMonths = (alias: string, months: readonly InstantRange[]) =>
  months
    .map(
      ({ from, to }) =>
        `(${alias}opened_at < ${at(from)} OR ${alias}opened_at >= ${at(to)})`,
    )
    .join(' AND ');

/** The condition on request_fact f that leaves out what the stage holds. */
function besidesStage({ stage, months }: FactSources): string {
  if (!stage) return '';
  return months ? `AND ${outsideMonths('f.', months)}` : 'AND f.source <> $3';
}

/** The stage's rows a rebuild reads (all, or those of `months`). */
export function stageRows({ stage, months }: FactSources): string {
  return `FROM ${stage} f${months ? ` WHERE ${inside('f.', months)}` : ''}`;
}

// Only the facts of the keys' days; the opened_at bounds let the
// (organization_id, department_id, opened_at) index narrow the scan and
// skip the months outside them. The join matches each fact to its key by
// equality (a hash join), and bounds each key's facts to its day widened by
// 12 hours — implied by the equality, as no zone moves its clock by 12
// hours —, which an index probe per key can use. (Matching by `IN` and
// only the outer bounds made PostgreSQL probe each key over all the keys'
// days: a re-import of a month read the month once per day.) The facts the
// stage holds are left out (read apart, see rebuildRollupStatements).
export function factsOfKeys(sources: FactSources): string {
  return `FROM request_fact f JOIN rollup_keys k ON k.department_id = f.department_id AND k.day = ${LOCAL_DAY}
      AND f.opened_at >= (k.day::timestamp - interval '12 hours') AT TIME ZONE $2
      AND f.opened_at < (k.day::timestamp + interval '36 hours') AT TIME ZONE $2
    WHERE f.organization_id = $1 ${besidesStage(sources)}
      AND f.opened_at >= (SELECT min(day)::timestamp AT TIME ZONE $2 FROM rollup_keys)
      AND f.opened_at < (SELECT (max(day) + 1)::timestamp AT TIME ZONE $2 FROM rollup_keys)`;
}

// The facts in the periods of rollup_periods (whole weeks and months).
export function factsOfPeriods(sources: FactSources): string {
  const others = `SELECT f.department_id, f.opened_at, f.resolved_at FROM request_fact f
    WHERE f.organization_id = $1 ${besidesStage(sources)} AND f.resolved_at IS NOT NULL
      AND f.opened_at >= (SELECT min(period_start)::timestamp AT TIME ZONE $2 FROM rollup_periods)
      AND f.opened_at < (SELECT max(${periodEndSql('period_start', 'grain')})::timestamp AT TIME ZONE $2 FROM rollup_periods)
      AND f.department_id IN (SELECT department_id FROM rollup_periods)`;
  if (!sources.stage) return `FROM (${others}) f`;
  const staged = `SELECT f.department_id, f.opened_at, f.resolved_at ${stageRows(sources)}${sources.months ? ' AND' : ' WHERE'} f.resolved_at IS NOT NULL`;
  return `FROM (${sources.others ? `${staged} UNION ALL ${others}` : staged}) f`;
}
