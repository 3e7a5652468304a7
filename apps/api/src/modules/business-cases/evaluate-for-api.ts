import {
  ASSUMPTION_SOURCES,
  AssumptionSource,
  AssumptionSources,
  BusinessCaseInput,
  BusinessCaseInputError,
  BusinessCaseResult as LibraryResult,
  businessCaseProblems,
  resolveBusinessCase,
} from '@esm-planner/domain-business-case';
import { AppError, FieldProblem } from '../../common/app-error';
import { ComputePool } from '../compute/compute-pool';
import { BusinessCaseResult } from './dto/business-case-result.object';

/**
 * The library's result, computed in the worker pool, as the GraphQL object;
 * keeps the input for the audience views.
 */
export async function evaluateForApi(
  compute: ComputePool,
  input: BusinessCaseInput,
  sources: AssumptionSources = {},
): Promise<BusinessCaseResult> {
  const result = await evaluateInPool(compute, input);
  return {
    ...result,
    warnings: result.warnings.map((warning) => ({
      ...warning,
      field: warning.field ?? null,
    })),
    monthly: result.monthly.map(
      ({ month, benefit, cost, net, cumulative }) => ({
        month,
        benefit,
        cost,
        net,
        cumulative,
      }),
    ),
    evaluated: { input, sources },
  };
}

// Below this many runs (about 15 ms) one thread is quicker than the
// hand-offs. Smaller cases still go to the pool, as one task: nothing
// CPU-heavy runs on the event loop, whatever its size (decision 0020).
const SPLIT_FROM_RUNS = 10_000;

/**
 * `evaluateBusinessCase` in the worker pool. A large Monte Carlo is split in
 * slices of consecutive runs, one per thread, beside the rest of the model;
 * each slice starts the seed's generator where its first run begins and is
 * sorted in its thread, and a last task merges the sorted slices, so the
 * result is the library's to the bit (compute-pool.spec.ts).
 */
export async function evaluateInPool(
  compute: ComputePool,
  input: BusinessCaseInput,
): Promise<LibraryResult> {
  const problems = businessCaseProblems({ input });
  if (problems.length > 0) throw AppError.badInput(problems);
  const { monteCarloRuns: runs, seed } = resolveBusinessCase({ input });
  const slices = Math.min(
    compute.threads,
    Math.floor(runs / (SPLIT_FROM_RUNS / 2)),
  );
  if (runs < SPLIT_FROM_RUNS || slices < 2)
    return compute.run('evaluate', { input });
  const size = Math.ceil(runs / slices);
  const [result, ...samples] = await Promise.all([
    compute.run('evaluate', { input: { ...input, monteCarloRuns: 0 } }),
    ...Array.from({ length: slices }, (_, i) =>
      compute.run('monteCarloSlice', {
        input,
        firstRun: i * size,
        runs: Math.min(size, runs - i * size),
      }),
    ),
  ]);
  return {
    ...result,
    monteCarlo: await compute.run('monteCarloSummary', {
      seed,
      slices: samples,
    }),
  };
}

/** Runs a library call in this thread, turning its input error into BAD_USER_INPUT with the field paths. */
export function withInputErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof BusinessCaseInputError)
      throw AppError.badInput([...error.problems]);
    throw error;
  }
}

/** Field sources as the client sends them, checked against the known list. */
export function parseSources(
  entries: readonly { field: string; source: string }[] | null | undefined,
): AssumptionSources {
  const problems: FieldProblem[] = [];
  const sources: Record<string, AssumptionSource> = {};
  (entries ?? []).forEach(({ field, source }, i) => {
    if ((ASSUMPTION_SOURCES as readonly string[]).includes(source))
      sources[field] = source as AssumptionSource;
    else
      problems.push({
        field: `sources[${i}].source`,
        message: `source must be one of ${ASSUMPTION_SOURCES.join(', ')}`,
      });
  });
  if (problems.length > 0) throw AppError.badInput(problems);
  return sources;
}
