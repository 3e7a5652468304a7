/**
 * One department's requests in one complete case month, as read from the
 * request data (request records, and imported weeks without records counted
 * in the month of their Monday).
 */
export type MonthlyActual = {
  departmentId: string;
  month: number;
  total: number;
  deflected: number;
};

function assertCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${what} must be a whole number ≥ 0, got ${value}`);
}

// (department id, month) → counts, for the complete months only: a month
// still running has no final figures, so its rows are left out.
export function actualsByKey(
  actuals: readonly MonthlyActual[],
  completeMonths: number,
): Map<string, MonthlyActual> {
  const byKey = new Map<string, MonthlyActual>();
  for (const row of actuals) {
    const key = `${row.departmentId}/${row.month}`;
    assertCount(row.total, `total of ${key}`);
    assertCount(row.deflected, `deflected of ${key}`);
    if (row.deflected > row.total)
      throw new RangeError(
        `${key}: ${row.deflected} deflected of ${row.total} requests`,
      );
    if (byKey.has(key))
      throw new RangeError(`${key} appears twice in the actuals`);
    if (row.month >= 1 && row.month <= completeMonths) byKey.set(key, row);
  }
  return byKey;
}
