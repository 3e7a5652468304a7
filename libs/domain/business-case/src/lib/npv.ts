/**
 * The monthly rate equivalent to an annual rate, compounding monthly:
 * `(1 + annual)^(1/12) − 1`. 8 % a year is 0.6434 % a month, not 0.6667 %.
 */
export function monthlyRateFromAnnual({
  annualRate,
}: {
  annualRate: number;
}): number {
  return Math.pow(1 + annualRate, 1 / 12) - 1;
}

/**
 * `(1 + r_m)^m` for months 0..horizon: what each month's flow is divided
 * by. Each is its own power rather than a running product, so rounding
 * does not accumulate over the months.
 */
export function discountDivisors({
  annualDiscountRate,
  horizonMonths,
}: {
  annualDiscountRate: number;
  horizonMonths: number;
}): number[] {
  const factor = 1 + monthlyRateFromAnnual({ annualRate: annualDiscountRate });
  const divisors: number[] = [];
  for (let month = 0; month <= horizonMonths; month += 1) {
    divisors.push(Math.pow(factor, month));
  }
  return divisors;
}

/** Σ net(m) / divisors[m], in month order (Monte Carlo reuses the divisors). */
export function presentValueWithDivisors({
  net,
  divisors,
}: {
  net: readonly number[];
  divisors: readonly number[];
}): number {
  let total = 0;
  for (let month = 0; month < net.length; month += 1) {
    total += net[month] / divisors[month];
  }
  return total;
}

/**
 * Net present value at month 0 of monthly flows (index = month):
 * `Σ net(m) / (1 + r_m)^m`, r_m the monthly equivalent of `annualDiscountRate`.
 * Month 0 is not discounted (spreadsheet NPV() would discount it: use
 * `flow0 + NPV(r_m, flow1..flowN)` to compare).
 */
export function netPresentValue({
  net,
  annualDiscountRate,
}: {
  net: readonly number[];
  annualDiscountRate: number;
}): number {
  const divisors = discountDivisors({
    annualDiscountRate,
    horizonMonths: net.length - 1,
  });
  return presentValueWithDivisors({ net, divisors });
}
