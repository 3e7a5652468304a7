import {
  BusinessCaseInput,
  evaluateBusinessCase,
} from '@esm-planner/domain-business-case';
import { AppError } from '../../common/app-error';
import { loadConfig } from '../../config/env.schema';
import { evaluateInPool } from '../business-cases/evaluate-for-api';
import { ComputePool } from './compute-pool';

// A thread compiles the TypeScript sources as it starts (a few seconds under jest).
jest.setTimeout(60_000);

const department = (i: number) => ({
  kind: 'IT' as const,
  name: `D${i}`,
  monthlyVolume: 1_000 + 100 * i,
  handlingMinutes: 10 + i,
  goLiveMonth: 1 + i,
});
// The issue-18 case: five departments, 60 months, Monte Carlo.
const FIVE_BY_SIXTY: BusinessCaseInput = {
  horizonMonths: 60,
  loadedHourlyCost: 55,
  oneTimeCosts: 120_000,
  monthlyPlatformCost: 9_000,
  monteCarloRuns: 20_000,
  seed: 42,
  departments: Array.from({ length: 5 }, (_, i) => department(i)),
};
// The heaviest case the caps admit: 30 departments, 120 months, 100,000 runs.
const HEAVIEST: BusinessCaseInput = {
  ...FIVE_BY_SIXTY,
  horizonMonths: 120,
  monteCarloRuns: 100_000,
  departments: Array.from({ length: 30 }, (_, i) => department(i % 12)),
};

const poolWith = (env: Record<string, string> = {}) =>
  new ComputePool(
    loadConfig({
      DATABASE_URL: 'postgres://unused@127.0.0.1/unused',
      COMPUTE_THREADS: '1',
      ...env,
    }),
  );

describe(ComputePool.name, () => {
  let pool: ComputePool;
  beforeAll(() => (pool = poolWith()));
  afterAll(() => pool.onModuleDestroy());

  it('gives the library’s figures, to the bit, for the same seed', async () => {
    const pooled = await pool.run('evaluate', { input: FIVE_BY_SIXTY });
    const library = evaluateBusinessCase({ input: FIVE_BY_SIXTY });
    expect(pooled.monteCarlo).not.toBeNull();
    expect(pooled).toEqual(library);
    expect(
      Object.is(pooled.monteCarlo!.p50Npv, library.monteCarlo!.p50Npv),
    ).toBe(true);
  });

  it('splits a large Monte Carlo across threads and still gives the library’s figures, to the bit', async () => {
    const threeThreads = poolWith({ COMPUTE_THREADS: '3' });
    try {
      // Issue 18's size, 100,000 runs: slices of 33,334, 33,334 and 33,332,
      // each sorted in its thread, merged in a fourth task.
      const input = { ...FIVE_BY_SIXTY, monteCarloRuns: 100_000 };
      const pooled = await evaluateInPool(threeThreads, input);
      expect(pooled).toEqual(evaluateBusinessCase({ input }));
    } finally {
      await threeThreads.onModuleDestroy();
    }
  });

  it('turns the library’s input error into BAD_USER_INPUT naming the field', async () => {
    const error = await pool
      .run('evaluate', { input: { ...FIVE_BY_SIXTY, horizonMonths: 121 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: {
        fields: [
          {
            field: 'horizonMonths',
            message: 'horizonMonths must be at most 120',
          },
        ],
      },
    });
  });
});

describe('a busy pool', () => {
  it('delays tasks that wait for its thread without timing them out', async () => {
    // The queue is the pool's own (piscina only runs what it is given), so a
    // stand-in thread shows it without depending on how busy the machine is:
    // each task takes 50 ms of a 1 s limit; thirty wait for one thread, so
    // the last finishes at least 1.5 s after the first started — each timed
    // only from when it got the thread.
    const pool = poolWith({ COMPUTE_TIMEOUT_MS: '1000' });
    let running = 0;
    let mostAtOnce = 0;
    const thread = {
      run: async (_task: unknown, { signal }: { signal: AbortSignal }) => {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        await new Promise((resolve) => setTimeout(resolve, 50));
        running -= 1;
        if (signal.aborted) throw signal.reason;
        return { ok: true, value: 'done' };
      },
    };
    jest
      .spyOn(pool as unknown as { started: () => unknown }, 'started')
      .mockReturnValue(thread);
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: 30 }, () =>
        pool.run('evaluate', { input: FIVE_BY_SIXTY }),
      ),
    );
    expect(results).toEqual(Array(30).fill('done'));
    expect(mostAtOnce).toBe(1);
    expect(performance.now() - started).toBeGreaterThanOrEqual(1_500);
  });
});

describe('a task over its time', () => {
  let pool: ComputePool;
  beforeAll(() => (pool = poolWith({ COMPUTE_TIMEOUT_MS: '100' })));
  afterAll(() => pool.onModuleDestroy());

  it('is stopped with a clear error, and the thread is replaced', async () => {
    await pool.ready();
    const error = await pool
      .run('evaluate', { input: HEAVIEST })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      message:
        'the calculation took longer than 0.1 s and was stopped: use fewer departments, months or runs',
      extensions: { limit: 'computeTime', max: 100 },
    });
    // A new thread answers the next task (ready() has no time limit: a small
    // evaluation under this 0.1 s limit would time out on a busy machine).
    await expect(pool.ready()).resolves.toBeUndefined();
  });
});
