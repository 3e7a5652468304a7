import {
  PartitionQuery,
  requestFactAttachStatements,
  requestFactPartitionBounds,
  requestFactPartitionName,
} from '@esm-planner/api-data-access-db';

/**
 * Fills months of request_fact that this import made (prepareRequestFactMonths:
 * plain tables, no keys, not attached) and then attaches them with their
 * keys built in bulk (decision 0026): maintaining request_fact's three
 * indexes row by row costs several times the insert itself, building them
 * from the filled table a fraction of that. `fill` gets a table partitioned
 * like request_fact (a private parent, in this transaction only) whose
 * partitions are exactly those months, so one INSERT routes the rows.
 * Everything happens in the import's transaction: a failure leaves no month
 * behind, and no one sees a month before the import commits.
 */
export async function fillNewMonths<T>(
  query: PartitionQuery,
  {
    jobId,
    months,
    fill,
  }: {
    jobId: string;
    months: readonly string[];
    fill: (table: string) => Promise<T>;
  },
): Promise<T> {
  const parent = `request_fact_load_${jobId.replace(/[^0-9a-f]/gi, '')}`;
  await query(
    `CREATE TABLE "${parent}" (LIKE request_fact INCLUDING DEFAULTS) PARTITION BY RANGE (opened_at)`,
  );
  const bounds = (month: string) => {
    const { from, to } = requestFactPartitionBounds(month);
    return `FOR VALUES FROM ('${from}') TO ('${to}')`;
  };
  // Statements without parameters: each step's go in one round trip (a simple query, in order).
  await query(
    months
      .map(
        (month) =>
          `ALTER TABLE "${parent}" ATTACH PARTITION "${requestFactPartitionName(month)}" ${bounds(month)}`,
      )
      .join(';\n'),
  );
  const result = await fill(`"${parent}"`);
  const attach = await requestFactAttachStatements(query);
  await query(
    [
      // Building keys reads each month once, sorted: more memory for the sort, for this transaction only.
      `SET LOCAL maintenance_work_mem = '256MB'`,
      ...months.flatMap((month) => [
        `ALTER TABLE "${parent}" DETACH PARTITION "${requestFactPartitionName(month)}"`,
        ...attach(month),
      ]),
      `DROP TABLE "${parent}"`,
    ].join(';\n'),
  );
  return result;
}

/** The first instants (UTC) of months, as a timestamptz[] parameter compares with date_trunc('month', opened_at, 'UTC'). */
export const monthStarts = (months: readonly string[]) =>
  months.map((month) => requestFactPartitionBounds(month).from);
