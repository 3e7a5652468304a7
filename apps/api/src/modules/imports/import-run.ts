import { AsyncLocalStorage } from 'node:async_hooks';
import type { QueryRunner } from 'typeorm';

export const CANCELLED_BEFORE_START =
  'Cancelled before it started: nothing was stored.';
export const CANCELLED_WHILE_RUNNING =
  'Cancelled while it ran: nothing was stored.';

/** Thrown inside an import that was cancelled (or given up for dead) while it ran. */
export class ImportCancelledError extends Error {
  constructor(readonly jobId: string) {
    super(`import ${jobId} was cancelled`);
    this.name = 'ImportCancelledError';
  }
}

/**
 * One job being run by this worker: what the cancel guard
 * (import-cancel-guard.ts) needs to stop it — whether it was cancelled, the
 * database connections whose transactions hold its writes, and whether its
 * data was committed (then it can no longer be cancelled).
 */
export class ImportRun {
  private stopped = false;
  private returned = false;
  /** Set while the run is being handed back: settles once its job is QUEUED again (true) or could not be (false). */
  handingBack: Promise<boolean> | null = null;
  private committedAt: Date | null = null;
  readonly runners = new Set<QueryRunner>();

  constructor(readonly jobId: string) {}

  get cancelled(): boolean {
    return this.stopped;
  }

  get committed(): boolean {
    return this.committedAt !== null;
  }

  cancel(): void {
    this.stopped = true;
  }

  /** Handed back to the queue (the process is stopping): its job is QUEUED again, its file kept. */
  get handedBack(): boolean {
    return this.returned;
  }

  markHandedBack(): void {
    this.returned = true;
  }

  markCommitted(): void {
    this.committedAt = new Date();
  }

  throwIfCancelled(): void {
    if (this.stopped) throw new ImportCancelledError(this.jobId);
  }

  /** The PostgreSQL backends of the run's open transactions. */
  backendPids(): number[] {
    const pids: number[] = [];
    for (const runner of this.runners) {
      const pid = (
        runner as unknown as {
          databaseConnection?: { processID?: number | null };
        }
      ).databaseConnection?.processID;
      if (typeof pid === 'number') pids.push(pid);
    }
    return pids;
  }
}

/**
 * The run an importer's code is part of. Importers need not pass it around:
 * everything they start inside `importRuns.run(run, …)` (their transactions
 * included) sees it, so the guard can tell an import's queries from others.
 */
export const importRuns = new AsyncLocalStorage<ImportRun>();
