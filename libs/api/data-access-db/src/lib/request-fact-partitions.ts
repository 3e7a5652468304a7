/**
 * request_fact is partitioned by calendar month of opened_at in UTC
 * (docs/decisions/0024-request-facts-by-month.md): one partition per month,
 * named request_fact_pYYYY_MM, created by the importer before its rows are
 * written. There is no default partition, so a row of a month without its
 * partition is refused rather than silently stored where no month can be
 * detached.
 */

/** Runs one SQL statement on the caller's connection (inside its transaction). */
export type PartitionQuery = (
  sql: string,
  parameters?: unknown[],
) => Promise<unknown[]>;

/** A month's partition name, from its first day ('YYYY-MM-01'). */
export function requestFactPartitionName(month: string): string {
  const match = /^(\d{4})-(\d{2})-01$/.exec(month);
  if (!match) throw new Error(`not the first day of a month: ${month}`);
  return `request_fact_p${match[1]}_${match[2]}`;
}

/** The range a month's partition takes: from its first instant to the next month's, in UTC. */
export function requestFactPartitionBounds(month: string): {
  from: string;
  to: string;
} {
  const [year, monthNumber] = month.split('-').map(Number);
  const next = new Date(Date.UTC(year, monthNumber, 1));
  return {
    from: `${month} 00:00:00+00`,
    to: `${next.toISOString().slice(0, 10)} 00:00:00+00`,
  };
}

/** A month's partition was detached and its table kept: requests of that month cannot be stored. */
export class DetachedMonthError extends Error {
  constructor(month: string, table: string) {
    super(
      `requests of ${month.slice(0, 7)} cannot be stored: that month was detached from request_fact and its table ${table} is still there (an operator renames or drops it first)`,
    );
  }
}

// Taken only by a transaction that must create a month; held to its end,
// so a second import wanting the same month waits for the first's commit,
// then finds the partition and creates nothing.
const PARTITION_LOCK = `SELECT pg_advisory_xact_lock(hashtextextended('esm-planner:request-fact-partitions', 0))`;

// A file's months are usually one or a few consecutive ones: every month
// between its first and last request is then made (a gap costs an empty
// table). A file spanning more reads its distinct months instead, so one
// stray date years away does not make a partition for every month between.
const SPAN_FILLED_UP_TO = 24;

const ATTACHED = `SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
  WHERE i.inhparent = 'request_fact'::regclass AND c.relname = ANY($1::text[])`;

const UTC_MONTH = (value: string) =>
  `to_char(date_trunc('month', ${value}, 'UTC') AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;

/** The first days of the months from `first` to `last` (both 'YYYY-MM-01'). */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  const [year, month] = first.split('-').map(Number);
  for (let i = 0; ; i += 1) {
    const day = new Date(Date.UTC(year, month - 1 + i, 1));
    const text = day.toISOString().slice(0, 10);
    if (text > last) return months;
    months.push(text);
  }
}

/** The months (first days, UTC) of the rows of `table`'s opened_at. */
async function monthsOf(query: PartitionQuery, table: string) {
  const [span] = (await query(
    `SELECT ${UTC_MONTH('min(opened_at)')} AS first, ${UTC_MONTH('max(opened_at)')} AS last FROM ${table}`,
  )) as { first: string | null; last: string }[];
  if (span.first === null) return [];
  const between = monthsBetween(span.first, span.last);
  if (between.length <= SPAN_FILLED_UP_TO) return between;
  const rows = (await query(
    `SELECT DISTINCT ${UTC_MONTH('opened_at')} AS month FROM ${table}`,
  )) as { month: string }[];
  return rows.map((row) => row.month);
}

/**
 * Creates the partitions of request_fact that the rows of `table` (any
 * table with opened_at) need and that are missing, in the caller's
 * transaction. Each is made as a plain table and then attached: ATTACH
 * PARTITION takes SHARE UPDATE EXCLUSIVE on request_fact, which lets other
 * imports read and write it meanwhile (CREATE TABLE … PARTITION OF would
 * take ACCESS EXCLUSIVE until the import commits). Returns the months made.
 */
export async function ensureRequestFactPartitions(
  query: PartitionQuery,
  table: string,
): Promise<string[]> {
  const { made } = await prepareRequestFactMonths(query, table);
  await attachRequestFactMonths(query, made);
  return made;
}

/**
 * The months the rows of `table` need (`months`) and, of those, the ones
 * missing from request_fact (`made`): created as plain tables without keys
 * and NOT attached, so that the caller can fill them in bulk and then
 * attachRequestFactMonths (building its keys once from the filled table
 * costs a fraction of maintaining three indexes row by row, decision 0026).
 * In the caller's transaction, which holds the partition lock from the
 * first month made to its end: nothing is visible to others until commit.
 */
export async function prepareRequestFactMonths(
  query: PartitionQuery,
  table: string,
): Promise<{ months: string[]; made: string[] }> {
  const months = await monthsOf(query, table);
  const missing = async () => {
    const names = months.map(requestFactPartitionName);
    const attached = new Set(
      ((await query(ATTACHED, [names])) as { relname: string }[]).map(
        (row) => row.relname,
      ),
    );
    return months.filter((m) => !attached.has(requestFactPartitionName(m)));
  };
  if ((await missing()).length === 0) return { months, made: [] };
  await query(PARTITION_LOCK);
  const made = await missing();
  if (made.length > 0) await createMonths(query, made);
  return { months, made };
}

/** The months' tables, in one round trip once none of their names is taken (a detached month's). */
async function createMonths(query: PartitionQuery, months: string[]) {
  const names = months.map(requestFactPartitionName);
  const taken = (await query(
    `SELECT n FROM unnest($1::text[]) n WHERE to_regclass('public.' || n) IS NOT NULL`,
    [names],
  )) as { n: string }[];
  if (taken.length > 0) {
    const name = taken[0].n;
    throw new DetachedMonthError(months[names.indexOf(name)], name);
  }
  // Statements without parameters go in one simple query, in order, in the caller's transaction.
  await query(
    names
      .map(
        (name) =>
          `CREATE TABLE "${name}" (LIKE request_fact INCLUDING DEFAULTS)`,
      )
      .join(';\n'),
  );
}

// request_fact's keys as its migrations made them: the primary key as a
// constraint, the other indexes as their definitions.
const PARENT_KEYS = `SELECT pg_get_indexdef(x.indexrelid) AS index, pg_get_constraintdef(c.oid) AS "constraint"
  FROM pg_index x LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.conrelid = x.indrelid
 WHERE x.indrelid = 'request_fact'::regclass ORDER BY x.indexrelid`;

/**
 * The statements that give a month made by prepareRequestFactMonths (filled
 * or not) request_fact's keys, built in bulk, and attach it: ATTACH
 * PARTITION adopts equivalent indexes instead of building its own, and its
 * names are the ones ATTACH would give (PostgreSQL's default names for the
 * table). ATTACH reads the table once to check its rows' months. The keys
 * are read from the catalogue once for any number of months.
 */
export async function requestFactAttachStatements(
  query: PartitionQuery,
): Promise<(month: string) => string[]> {
  const keys = (await query(PARENT_KEYS)) as {
    index: string;
    constraint: string | null;
  }[];
  const builds = keys.map((key) => {
    const index = /^CREATE (UNIQUE )?INDEX \S+ ON ONLY \S+ (USING .*)$/.exec(
      key.index,
    );
    if (!key.constraint && !index)
      throw new Error(`unexpected index of request_fact: ${key.index}`);
    return (name: string) =>
      key.constraint
        ? `ALTER TABLE "${name}" ADD ${key.constraint}`
        : `CREATE ${index![1] ?? ''}INDEX ON "${name}" ${index![2]}`;
  });
  return (month) => {
    const name = requestFactPartitionName(month);
    const { from, to } = requestFactPartitionBounds(month);
    return [
      ...builds.map((build) => build(name)),
      `ALTER TABLE request_fact ATTACH PARTITION "${name}" FOR VALUES FROM ('${from}') TO ('${to}')`,
    ];
  };
}

/** Attaches months made by prepareRequestFactMonths with their keys (requestFactAttachStatements), in one round trip. */
export async function attachRequestFactMonths(
  query: PartitionQuery,
  months: readonly string[],
): Promise<void> {
  if (months.length === 0) return;
  const statements = await requestFactAttachStatements(query);
  await query(months.flatMap(statements).join(';\n'));
}
