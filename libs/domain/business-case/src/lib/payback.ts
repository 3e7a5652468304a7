/**
 * Months until the cumulative net cash flow turns non-negative (domain §8).
 * `net[m]` is the net flow of month m, index 0 = programme start. The first
 * month m with cumulative(m) ≥ 0 is interpolated linearly inside the month:
 * `(m − 1) + (−cumulative(m − 1)) / net(m)`.
 * @returns 0 when cumulative(0) ≥ 0 (nothing to pay back); null when the
 * cumulative stays negative through the last month of the horizon.
 */
export function paybackMonths({
  net,
}: {
  net: readonly number[];
}): number | null {
  let previous = 0;
  for (let month = 0; month < net.length; month += 1) {
    const cumulative = previous + net[month];
    if (cumulative >= 0) {
      // cumulative(m − 1) < 0 ≤ cumulative(m), so net(m) > 0 here.
      return month === 0 ? 0 : month - 1 + -previous / net[month];
    }
    previous = cumulative;
  }
  return null;
}
