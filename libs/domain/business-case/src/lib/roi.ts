/**
 * Return on investment over the horizon: `(Σ benefit − Σ cost) / Σ cost`,
 * undiscounted. A fraction: 1.5 means every unit spent returns 2.5.
 * @returns null when nothing is spent (the ratio has no denominator).
 */
export function returnOnInvestment({
  totalBenefit,
  totalCost,
}: {
  totalBenefit: number;
  totalCost: number;
}): number | null {
  return totalCost === 0 ? null : (totalBenefit - totalCost) / totalCost;
}
