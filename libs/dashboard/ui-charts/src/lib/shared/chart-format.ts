const COUNT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const PERCENT = new Intl.NumberFormat('en-GB', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const PERCENT_TICK = new Intl.NumberFormat('en-GB', {
  style: 'percent',
  maximumFractionDigits: 0,
});

/** The charts' default number format: 1,261 or 2,743.9. */
export function formatChartNumber(value: number): string {
  return COUNT.format(value);
}

/** A fraction as a percentage with one decimal: 0.6082 → "60.8%". */
export function formatChartPercent(fraction: number): string {
  return PERCENT.format(fraction);
}

/** An axis tick on a 0–100 % scale: 0.8 → "80%". */
export function formatPercentTick(fraction: number): string {
  return PERCENT_TICK.format(fraction);
}
