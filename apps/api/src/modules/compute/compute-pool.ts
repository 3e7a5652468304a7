import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Piscina } from 'piscina';
import { AppError } from '../../common/app-error';
import { APP_CONFIG, AppConfig } from '../../config/env.schema';
import { ImportFileError } from '../imports/readers/source-record';
import {
  ComputeTask,
  TaskArgs,
  TaskOutcome,
  TaskResult,
} from './compute-tasks';

// From the TypeScript sources (jest, `npm run dev`, the test worker process)
// the threads compile the worker as they load it; the built app runs its JS.
const FROM_SOURCES = __filename.endsWith('.ts');
const WORKSPACE_ROOT = join(__dirname, '../../../../..');

/** Where the worker threads' entry is, and how to load it. */
export function workerEntry(): {
  filename: string;
  execArgv: string[];
  env: NodeJS.ProcessEnv;
} {
  if (!FROM_SOURCES)
    return {
      filename: join(__dirname, 'compute.worker.js'),
      execArgv: [],
      env: process.env,
    };
  return {
    filename: join(__dirname, 'compute.worker.ts'),
    execArgv: ['--require', '@swc-node/register'],
    env: {
      ...process.env,
      SWC_NODE_PROJECT: join(WORKSPACE_ROOT, 'tsconfig.json'),
    },
  };
}

export type ComputeLimits = {
  threads: number;
  timeoutMs: number;
  xlsxTimeoutMs: number;
  maxMemoryMb: number;
};

export function computeLimits(
  config: Pick<
    AppConfig,
    | 'COMPUTE_THREADS'
    | 'COMPUTE_TIMEOUT_MS'
    | 'XLSX_READ_TIMEOUT_MS'
    | 'COMPUTE_MAX_MEMORY_MB'
  >,
): ComputeLimits {
  return {
    threads: config.COMPUTE_THREADS ?? Math.max(2, availableParallelism()),
    timeoutMs: config.COMPUTE_TIMEOUT_MS,
    xlsxTimeoutMs: config.XLSX_READ_TIMEOUT_MS,
    maxMemoryMb: config.COMPUTE_MAX_MEMORY_MB,
  };
}

/**
 * A pool of worker threads (piscina) for the CPU-heavy work: the
 * business-case model, Monte Carlo, sensitivity, the audience views, the
 * XLSX and PDF exports and reading XLSX imports — so the event loop keeps
 * answering (`/health`, other requests) while they run. Each task has a time
 * limit and each thread a heap limit; a task over either gets a clear error
 * and its thread is replaced. Started on first use.
 */
@Injectable()
export class ComputePool implements OnModuleDestroy {
  private readonly logger = new Logger(ComputePool.name);
  private readonly limits: ComputeLimits;
  private pool: Piscina | null = null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.limits = computeLimits(config);
  }

  /** How many tasks run at once. */
  get threads(): number {
    return this.limits.threads;
  }

  async run<K extends ComputeTask>(
    task: K,
    args: TaskArgs<K>,
  ): Promise<TaskResult<K>> {
    const timeoutMs =
      task === 'readXlsx' ? this.limits.xlsxTimeoutMs : this.limits.timeoutMs;
    let outcome: TaskOutcome<TaskResult<K>>;
    // A task waits here for a free thread; its time starts when it gets one,
    // so a busy pool delays a task but does not time it out.
    const release = await this.freeThread();
    try {
      outcome = await this.started().run(
        { task, args },
        { signal: AbortSignal.timeout(timeoutMs) },
      );
    } catch (error) {
      throw this.failure(task, error, timeoutMs);
    } finally {
      release();
    }
    if (outcome.ok) return outcome.value;
    const { error } = outcome;
    if (error.kind === 'input') throw AppError.badInput([...error.problems]);
    if (error.kind === 'file')
      throw new ImportFileError(error.message, error.line);
    throw new Error(
      `${task} failed in a worker thread: ${error.stack ?? error.message}`,
    );
  }

  /**
   * Resolves once a thread has loaded the tasks. A task's time limit counts
   * from when it gets a thread, and a thread still loading counts against
   * it: this waits without a limit (tests; a warm-up).
   */
  async ready(): Promise<void> {
    await this.started().run({ task: 'ping', args: undefined });
  }

  async onModuleDestroy(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.destroy();
  }

  private running = 0;
  private readonly waiting: (() => void)[] = [];

  /** Resolves, in arrival order, once fewer tasks than threads are running; call the result when done. */
  private async freeThread(): Promise<() => void> {
    if (this.running >= this.limits.threads)
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next task in line.
      if (next) next();
      else this.running -= 1;
    };
  }

  private started(): Piscina {
    if (!this.pool) {
      const { filename, execArgv, env } = workerEntry();
      this.pool = new Piscina({
        filename,
        execArgv,
        env,
        // Every thread starts with the pool (on first use) and stays: a
        // request should not wait for a thread to load.
        minThreads: this.limits.threads,
        maxThreads: this.limits.threads,
        resourceLimits: {
          maxOldGenerationSizeMb: this.limits.maxMemoryMb,
          maxYoungGenerationSizeMb: 64,
          stackSizeMb: 4,
        },
      });
    }
    return this.pool;
  }

  // A time-out or a heap overflow ends the thread (piscina replaces it).
  private failure(task: ComputeTask, error: unknown, timeoutMs: number): Error {
    const name = (error as { name?: string })?.name;
    const code = (error as { code?: string })?.code;
    const what =
      task === 'readXlsx' ? 'reading the workbook' : 'the calculation';
    if (name === 'AbortError' || name === 'TimeoutError') {
      const message = `${what} took longer than ${timeoutMs / 1000} s and was stopped`;
      return task === 'readXlsx'
        ? new ImportFileError(message)
        : new AppError(
            'BAD_USER_INPUT',
            `${message}: use fewer departments, months or runs`,
            { limit: 'computeTime', max: timeoutMs },
          );
    }
    if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
      const message = `${what} needed more than ${this.limits.maxMemoryMb} MB and was stopped`;
      return task === 'readXlsx'
        ? new ImportFileError(message)
        : new AppError('BAD_USER_INPUT', message, {
            limit: 'computeMemory',
            max: this.limits.maxMemoryMb,
          });
    }
    this.logger.error(
      error instanceof Error ? (error.stack ?? error.message) : String(error),
    );
    return error instanceof Error ? error : new Error(String(error));
  }
}
