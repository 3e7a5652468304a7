/** The mean calendar month in days: 365.25 / 12 = 30.4375. */
export const DAYS_PER_MONTH = 365.25 / 12;

/**
 * Requests per average month at the audited rate (domain §2):
 * totalRequests × (365.25 / 12) / windowDays. 0 for an empty audit.
 * @throws RangeError when windowDays is not a positive integer.
 */
export function monthlyVolume({
  totalRequests,
  windowDays,
}: {
  totalRequests: number;
  windowDays: number;
}): number {
  if (!Number.isInteger(windowDays) || windowDays < 1) {
    throw new RangeError(
      `windowDays must be a positive integer, got ${windowDays}`,
    );
  }
  return (totalRequests * DAYS_PER_MONTH) / windowDays;
}
