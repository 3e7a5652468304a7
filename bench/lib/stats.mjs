// Percentiles and timers for the benchmarks.
export const round = (x, digits = 2) =>
  x === null || x === undefined || Number.isNaN(x)
    ? null
    : Math.round(x * 10 ** digits) / 10 ** digits;

export function p95(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)
  ];
}

export const median = (samples) =>
  [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];

export async function timed(fn) {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** p95 and median of `runs` calls after `warmups`. */
export async function latency(fn, { runs, warmups }) {
  for (let i = 0; i < warmups; i++) await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await timed(fn));
  return {
    p95Ms: round(p95(samples), 2),
    medianMs: round(median(samples), 2),
    runs,
    warmups,
  };
}
