/** The most API processes one start may run: beyond the cores they only queue for them. */
export const MAX_API_PROCESSES = 64;

/**
 * How many API processes `npm start` runs (docs/operations: API_PROCESSES):
 * the variable when set, else one per core; one for `npm run dev` (its
 * TypeScript is compiled on the fly in each process, and one is easier to
 * debug) and with NODE_ENV=test (tests start many apps side by side).
 * Throws a clear error for anything but a whole number in range.
 */
export function apiProcessCount(
  value: string | undefined,
  { cores, dev, test }: { cores: number; dev: boolean; test: boolean },
): number {
  if (value === undefined || value.trim() === '')
    return dev || test ? 1 : Math.max(1, Math.min(cores, MAX_API_PROCESSES));
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > MAX_API_PROCESSES)
    throw new Error(
      `API_PROCESSES must be a whole number from 1 to ${MAX_API_PROCESSES} (got "${value}")`,
    );
  return count;
}
