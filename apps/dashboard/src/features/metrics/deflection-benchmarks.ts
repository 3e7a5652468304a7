import type { BenchmarkSource } from '@esm-planner/dashboard-data-access-graphql';
import { deflectionBenchmarkProblem } from '@esm-planner/domain-metrics';
import { targetPercent } from './metrics-sentences';

export type BenchmarkFigures = {
  target: number;
  source: BenchmarkSource;
  defaultTarget?: number | null;
  defaultSource?: BenchmarkSource | null;
};

/** "Published", "Set by the organisation", "Assumption". */
export function benchmarkSourceLabel(source: BenchmarkSource): string {
  switch (source) {
    case 'PUBLISHED':
      return 'Published';
    case 'ORGANIZATION':
      return 'Set by the organisation';
    case 'ASSUMPTION':
      return 'Assumption';
  }
}

/** What "use the default" brings back: "the published 75%", "the 30% assumption". */
export function defaultBenchmarkLabel(
  benchmark: BenchmarkFigures,
): string | null {
  if (benchmark.defaultTarget == null) return null;
  const target = targetPercent(benchmark.defaultTarget);
  return benchmark.defaultSource === 'ASSUMPTION'
    ? `the ${target} assumption`
    : `the published ${target}`;
}

/** The form's text for a benchmark: 0.6 → "60", 0.625 → "62.5". */
export function percentText(fraction: number): string {
  return String(Math.round(fraction * 100_000) / 1_000);
}

export type ParsedBenchmark =
  { ok: true; fraction: number } | { ok: false; message: string };

const PERCENT = /^\s*(\d+(?:[.,]\d+)?)\s*%?\s*$/;

/**
 * A percentage as typed ("60", "62.5", "60 %", "62,5") as the fraction the
 * API takes, checked by the domain's rule (above 0, at most 100 %).
 */
export function parseBenchmarkPercent(text: string): ParsedBenchmark {
  const match = PERCENT.exec(text);
  const message = 'Enter a percentage above 0 and at most 100, e.g. 60.';
  if (!match) return { ok: false, message };
  const fraction = Number(match[1].replace(',', '.')) / 100;
  return deflectionBenchmarkProblem(fraction) === null
    ? { ok: true, fraction }
    : { ok: false, message };
}
