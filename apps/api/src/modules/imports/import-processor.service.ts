import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { ImportJobEntity } from '@esm-planner/api-data-access-db';
import { APP_CONFIG, AppConfig } from '../../config/env.schema';
import { ComputePool } from '../compute/compute-pool';
import { ImportStorage } from './import-storage';
import { ImportProgress, ProgressSnapshot } from './import-progress';
import { CANCELLED_WHILE_RUNNING, ImportRun, importRuns } from './import-run';
import { AuditImporter } from './importers/audit-importer';
import {
  failedOutcome,
  Importer,
  ImportOutcome,
  MAX_REPORTED_ERRORS,
} from './importers/importer';
import { MetricsImporter } from './importers/metrics-importer';
import { RequestsImporter } from './importers/requests-importer';
import { readRecords } from './readers/record-source';
import { ImportFileError } from './readers/source-record';
import { uploadEnded } from './readers/staged-file';
import { storableText } from './storable-text';

export { MAX_REPORTED_ERRORS };
// Times on the job row are the database's (now()), never this process's
// clock: the sweep compares a heartbeat with now() on the database, and a
// worker on another machine may run minutes off (docs/security.md "Operations").
const DATABASE_NOW = () => 'now()';
// The running statements of a cancelled import's transactions are cancelled,
// except a COPY … FROM STDIN: its client stream is the importer's to end, and
// the guard stops the import at its next statement instead.
const CANCEL_RUNNING_STATEMENTS = `SELECT pg_cancel_backend(pid) FROM pg_stat_activity
  WHERE pid = ANY($1::int[]) AND state = 'active' AND query !~* '^\\s*copy\\s'`;

// A job given back by a stopping worker: as if never started, for the next worker to run.
const FAILED_UNEXPECTEDLY =
  'The import failed unexpectedly and nothing was stored. Try again; if it fails again, tell your administrator.';
const HAND_BACK = `UPDATE import_job SET status = 'QUEUED', started_at = NULL, heartbeat_at = NULL, bytes_read = 0, rows_read = 0
  WHERE id = $1 AND status = 'RUNNING' AND finished_at IS NULL RETURNING id`;

/** Queues a job again in the caller's transaction (pg-boss `send` with its `db` option). */
export type Requeue = (
  jobId: string,
  db: { executeSql(text: string, values: unknown[]): Promise<{ rows: any[] }> },
) => Promise<unknown>;

/** What became of a job given to `run`. */
export type RunResult = 'finished' | 'handed back' | 'not claimed';

/** Runs one import job: claim it, read the file, store or report, finish. */
@Injectable()
export class ImportProcessor {
  private readonly logger = new Logger(ImportProcessor.name);
  // The runs of this process, for handing them back when it stops.
  private readonly active = new Map<string, ImportRun>();
  private closing = false;

  constructor(
    @InjectRepository(ImportJobEntity)
    private readonly jobs: Repository<ImportJobEntity>,
    private readonly storage: ImportStorage,
    private readonly auditImporter: AuditImporter,
    private readonly metricsImporter: MetricsImporter,
    private readonly requestsImporter: RequestsImporter,
    private readonly compute: ComputePool,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(jobId: string, requeue: Requeue): Promise<RunResult> {
    if (this.closing) return 'not claimed';
    // Only one worker claims a job, and a finished (or cancelled) job is never run again.
    const claimed = await this.jobs.update(
      { id: jobId, status: 'QUEUED' },
      { status: 'RUNNING', startedAt: DATABASE_NOW, heartbeatAt: DATABASE_NOW },
    );
    if (!claimed.affected) return 'finished';
    const run = new ImportRun(jobId);
    this.active.set(jobId, run);
    try {
      // Claimed just as this process began to stop: straight back to the queue.
      if (this.closing) await this.handBack(run, requeue);
      else await this.runClaimed(run);
    } finally {
      this.active.delete(jobId);
    }
    return run.handedBack ? 'handed back' : 'finished';
  }

  /**
   * Hands every import this process is running back to the queue (SIGTERM,
   * see shutdown.ts): its transaction is stopped and rolls back, its job is
   * QUEUED again with its file kept, and another worker — or this one once
   * restarted — runs it from the start. One that has already committed is
   * left to finish its report.
   */
  async handBackRunning(requeue: Requeue): Promise<number> {
    this.closing = true;
    let handedBack = 0;
    for (const run of [...this.active.values()])
      if (await this.handBack(run, requeue)) handedBack += 1;
    return handedBack;
  }

  private async handBack(run: ImportRun, requeue: Requeue): Promise<boolean> {
    if (run.committed) return false;
    // First, so that nothing of the import's transaction commits from here on
    // (the cancel guard); a commit already under way holds the job row, and
    // the update below then finds it finished and leaves it.
    run.cancel();
    run.handingBack = this.jobs.manager
      .transaction(async (manager) => {
        const [rows] = (await manager.query(HAND_BACK, [run.jobId])) as [
          unknown[],
          number,
        ];
        if (rows.length === 0) return false;
        await requeue(run.jobId, {
          executeSql: async (text, values) => ({
            rows: await manager.query(text, values),
          }),
        });
        return true;
      })
      .then(
        (returned) => {
          if (returned) run.markHandedBack();
          return returned;
        },
        (error: Error) => {
          // Left RUNNING: the sweep reports it interrupted once its heartbeat is stale.
          this.logger.error(
            `handing import ${run.jobId} back failed: ${error.message}`,
          );
          return false;
        },
      );
    const returned = await run.handingBack;
    await this.stop(run);
    return returned;
  }

  private async runClaimed(run: ImportRun): Promise<void> {
    const jobId = run.jobId;
    const job = await this.jobs.findOneByOrFail({ id: jobId });
    // Every progress write is also the check for a cancel: the job is no
    // longer RUNNING (cancelImport, or the sweeper gave up on it).
    const progress = new ImportProgress(({ bytesRead, rowsRead }) =>
      importRuns.exit(async () => {
        // A stopped run has nothing to report, and its job may already be another run's.
        if (run.cancelled) return;
        const written = await this.jobs.update(
          { id: jobId, status: 'RUNNING' },
          { bytesRead, rowsRead, heartbeatAt: DATABASE_NOW },
        );
        if (!written.affected) await this.stop(run);
      }),
    );
    let outcome: ImportOutcome;
    try {
      outcome = await importRuns.run(run, async () => {
        const source = await readRecords(this.storage.path(jobId), {
          onBytes: (bytes) => progress.bytes(bytes),
          allowXlsx: job.kind !== 'REQUESTS',
          readXlsx: (path) => this.compute.run('readXlsx', { path }),
        });
        return this.importerFor(job).run({
          job,
          source,
          onRows: (rows) => progress.rows(rows),
          filePath: this.storage.path(jobId),
          onBytes: (bytes) => progress.bytes(bytes),
        });
      });
    } catch (error) {
      outcome = run.cancelled
        ? failedOutcome(progress.current.rowsRead, [])
        : this.outcomeOfFailure(error, progress.current.rowsRead);
    } finally {
      await progress.stop();
      // Its file stays for the next worker if the job goes back to the queue.
      await run.handingBack;
      if (!run.handedBack) {
        await uploadEnded(this.storage.path(jobId));
        await this.storage.remove(jobId);
      }
    }
    if (run.handedBack) return;
    if (run.cancelled && !run.committed)
      await this.finishCancelled(job, progress.current);
    else await this.finishOrFail(job, outcome, progress.current.bytesRead);
  }

  /**
   * Writes the outcome; if the report itself cannot be written, the job still
   * ends FAILED at once rather than RUNNING until the sweeper gives up on it.
   */
  private async finishOrFail(
    job: ImportJobEntity,
    outcome: ImportOutcome,
    bytesRead: number,
  ): Promise<void> {
    try {
      await this.finish(job, outcome, bytesRead);
    } catch (error) {
      this.logger.error(
        `the report of import ${job.id} could not be written: ${error instanceof Error ? error.message : String(error)}`,
      );
      await this.finish(
        job,
        {
          ...failedOutcome(outcome.rowsRead, []),
          message: FAILED_UNEXPECTEDLY,
        },
        bytesRead,
      );
    }
  }

  /** Stops a run whose job is no longer RUNNING: its next statement fails, a running one is cancelled. */
  private async stop(run: ImportRun): Promise<void> {
    run.cancel();
    const pids = run.backendPids();
    if (pids.length > 0)
      await this.jobs.query(CANCEL_RUNNING_STATEMENTS, [pids]);
  }

  /** Marks RUNNING jobs whose worker stopped beating as FAILED (interrupted), and removes their files. */
  async failInterrupted(): Promise<number> {
    const result = await this.jobs
      .createQueryBuilder()
      .update()
      .set({
        status: 'FAILED',
        finishedAt: () => 'now()',
        message:
          'Interrupted: the server stopped while this import ran. Nothing was stored; run the import again.',
      })
      .where("status = 'RUNNING'")
      // finished_at on a RUNNING job: its data is committed, its report on the way (import-cancel-guard.ts).
      .andWhere('finished_at IS NULL')
      .andWhere(
        '(heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => :stale))',
        { stale: this.config.IMPORT_STALE_AFTER_SECONDS },
      )
      .returning(['id'])
      .execute();
    for (const { id } of (result.raw ?? []) as { id: string }[])
      await this.storage.remove(id);
    return result.affected ?? 0;
  }

  /** Removes staged and partial files that no waiting or running job needs (on start). */
  async removeOrphanedFiles(): Promise<string[]> {
    return this.storage.sweep(async (ids) => {
      const rows = await this.jobs.find({
        where: { id: In(ids) },
        select: { id: true, status: true },
      });
      return {
        active: new Set(
          rows
            .filter(
              (row) => row.status === 'QUEUED' || row.status === 'RUNNING',
            )
            .map((row) => row.id),
        ),
        recorded: new Set(rows.map((row) => row.id)),
      };
    });
  }

  private importerFor(job: ImportJobEntity): Importer {
    if (job.kind === 'AUDIT') return this.auditImporter;
    if (job.kind === 'METRICS') return this.metricsImporter;
    return this.requestsImporter;
  }

  private outcomeOfFailure(error: unknown, rowsRead: number): ImportOutcome {
    if (error instanceof ImportFileError) {
      return failedOutcome(rowsRead, [
        { line: error.line ?? 0, column: null, message: error.message },
      ]);
    }
    this.logger.error(
      error instanceof Error ? (error.stack ?? error.message) : String(error),
    );
    return { ...failedOutcome(rowsRead, []), message: FAILED_UNEXPECTEDLY };
  }

  private async finish(
    job: ImportJobEntity,
    outcome: ImportOutcome,
    bytesRead: number,
  ): Promise<void> {
    const errors = [...outcome.errors].sort(
      (a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0),
    );
    // Only a job still RUNNING: one the sweeper gave up on keeps what it says.
    await this.jobs.update(
      { id: job.id, status: 'RUNNING' },
      {
        status: outcome.ok ? 'SUCCEEDED' : 'FAILED',
        finishedAt: DATABASE_NOW,
        bytesRead: outcome.ok ? (job.bytesTotal ?? bytesRead) : bytesRead,
        rowsRead: outcome.rowsRead,
        rowsStored: outcome.rowsStored,
        rowsDuplicate: outcome.rowsDuplicate,
        rowsSkipped: outcome.ok ? (outcome.rowsSkipped ?? 0) : 0,
        errorCount: Math.max(outcome.errorCount ?? 0, errors.length),
        errors: errors.slice(0, MAX_REPORTED_ERRORS).map((e) => ({
          ...e,
          message: storableText(e.message),
          value: storableText(e.value ?? null),
        })),
        mappedToOther: outcome.mappedToOther,
        message: outcome.message,
      },
    );
  }

  /** A cancelled job: rolled back, its file gone; what it had read when it stopped. */
  private async finishCancelled(
    job: ImportJobEntity,
    { bytesRead, rowsRead }: ProgressSnapshot,
  ): Promise<void> {
    await this.jobs.update(
      { id: job.id, status: 'CANCELLED' },
      {
        finishedAt: DATABASE_NOW,
        bytesRead,
        rowsRead,
        rowsStored: 0,
        rowsDuplicate: 0,
        message: CANCELLED_WHILE_RUNNING,
      },
    );
  }
}
