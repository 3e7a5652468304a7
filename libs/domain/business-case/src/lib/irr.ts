/** The monthly rates searched for a root, as domain §8 fixes them. */
export const IRR_MONTHLY_RATE_MIN = -0.95;
export const IRR_MONTHLY_RATE_MAX = 5;

// Stop bisecting when the bracket on the monthly rate is this narrow.
const RATE_TOLERANCE = 1e-12;
// Grid points scanned for sign changes, spaced evenly in log(1 + i): the
// present value changes fastest near i = −0.95, where 1/(1 + i) is 20.
const SCAN_POINTS = 2_000;

/** Σ net(m) / (1 + i)^m by Horner's rule in x = 1 / (1 + i). */
export function presentValueAt({
  net,
  monthlyRate,
}: {
  net: readonly number[];
  monthlyRate: number;
}): number {
  const x = 1 / (1 + monthlyRate);
  let value = 0;
  for (let month = net.length - 1; month >= 0; month -= 1) {
    value = value * x + net[month];
  }
  return value;
}

function buildScanRates(): number[] {
  const low = Math.log(1 + IRR_MONTHLY_RATE_MIN);
  const high = Math.log(1 + IRR_MONTHLY_RATE_MAX);
  const rates: number[] = [];
  for (let k = 0; k <= SCAN_POINTS; k += 1) {
    rates.push(Math.expm1(low + ((high - low) * k) / SCAN_POINTS));
  }
  // Pin the ends exactly, whatever exp/log rounding did.
  rates[0] = IRR_MONTHLY_RATE_MIN;
  rates[SCAN_POINTS] = IRR_MONTHLY_RATE_MAX;
  return rates;
}

// Computed on first use, not when the module loads: pages that import the
// business-case library without an IRR to find (the dashboard's shared
// chunk) do not pay for it.
let scanRatesCache: readonly number[] | undefined;
const scanRates = () => (scanRatesCache ??= buildScanRates());

function bisect(
  net: readonly number[],
  lowRate: number,
  highRate: number,
): number {
  let low = lowRate;
  let high = highRate;
  let lowValue = presentValueAt({ net, monthlyRate: low });
  while (high - low > RATE_TOLERANCE) {
    const middle = low + (high - low) / 2;
    if (middle <= low || middle >= high) break; // no float left between
    const value = presentValueAt({ net, monthlyRate: middle });
    if (value === 0) return middle;
    if (value > 0 === lowValue > 0) {
      low = middle;
      lowValue = value;
    } else {
      high = middle;
    }
  }
  return low + (high - low) / 2;
}

/** Every monthly rate in [−0.95, 5] where the present value is 0, ascending. */
export function monthlyIrrRoots({ net }: { net: readonly number[] }): number[] {
  // All-zero flows are "0 at every rate": no rate of return to speak of.
  if (net.every((flow) => flow === 0)) return [];
  const rates = scanRates();
  const roots: number[] = [];
  let previousRate = rates[0];
  let previousValue = presentValueAt({ net, monthlyRate: previousRate });
  if (previousValue === 0) roots.push(previousRate);
  for (let k = 1; k < rates.length; k += 1) {
    const rate = rates[k];
    const value = presentValueAt({ net, monthlyRate: rate });
    if (value === 0) {
      roots.push(rate);
    } else if (previousValue !== 0 && value > 0 !== previousValue > 0) {
      roots.push(bisect(net, previousRate, rate));
    }
    previousRate = rate;
    previousValue = value;
  }
  return roots;
}

/**
 * Internal rate of return of monthly flows (index = month), as an annual
 * rate `(1 + i)^12 − 1` where the monthly rate i in [−0.95, 5] solves
 * Σ net(m) / (1 + i)^m = 0. The interval is scanned for sign changes and
 * each bracket bisected to 1e-12 on i. When the flows change sign more than
 * once there may be several roots; the one nearest 0 is returned (callers
 * warn, see `signChanges`).
 * @returns null when the present value has no sign change on the interval
 * (all flows of one sign, or a monthly IRR above 500 %).
 */
export function internalRateOfReturn({
  net,
}: {
  net: readonly number[];
}): number | null {
  const roots = monthlyIrrRoots({ net });
  if (roots.length === 0) return null;
  const nearestZero = roots.reduce((best, root) =>
    Math.abs(root) < Math.abs(best) ? root : best,
  );
  return Math.pow(1 + nearestZero, 12) - 1;
}

/** How often consecutive non-zero flows change sign (Descartes: ≥ the number of IRRs). */
export function signChanges({ net }: { net: readonly number[] }): number {
  let changes = 0;
  let previousSign = 0;
  for (const flow of net) {
    const sign = Math.sign(flow);
    if (sign === 0) continue;
    if (previousSign !== 0 && sign !== previousSign) changes += 1;
    previousSign = sign;
  }
  return changes;
}
