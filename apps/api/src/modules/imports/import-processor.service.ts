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
import { failedOutcome, Importer, ImportOutcome, MAX_REPORTED_ERRORS } from './importers/importer';
import { MetricsImporter } from './importers/metrics-importer';
import { RequestsImporter } from './importers/requests-importer';
import { readRecords } from './readers/record-source';
import { ImportFileError } from './readers/source-record';

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

/** Runs one import job: claim it, read the file, store or report, finish. */
@Injectable()
export class ImportProcessor {
  private readonly logger = new Logger(ImportProcessor.name);

  constructor(
    @InjectRepository(ImportJobEntity) private readonly jobs: Repository<ImportJobEntity>,
    private readonly storage: ImportStorage,
    private readonly auditImporter: AuditImporter,
    private readonly metricsImporter: MetricsImporter,
    private readonly requestsImporter: RequestsImporter,
    private readonly compute: ComputePool,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(jobId: string): Promise<void> {
    // Only one worker claims a job, and a finished (or cancelled) job is never run again.
    const claimed = await this.jobs.update(
      { id: jobId, status: 'QUEUED' },
      { status: 'RUNNING', startedAt: DATABASE_NOW, heartbeatAt: DATABASE_NOW },
    );
    if (!claimed.affected) return;
    const job = await this.jobs.findOneByOrFail({ id: jobId });
    const run = new ImportRun(jobId);
    // Every progress write is also the check for a cancel: the job is no
    // longer RUNNING (cancelImport, or the sweeper gave up on it).
    const progress = new ImportProgress(({ bytesRead, rowsRead }) =>
      importRuns.exit(async () => {
        const written = await this.jobs.update({ id: jobId, status: 'RUNNING' }, { bytesRead, rowsRead, heartbeatAt: DATABASE_NOW });
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
      outcome = run.cancelled ? failedOutcome(progress.current.rowsRead, []) : this.outcomeOfFailure(error, progress.current.rowsRead);
    } finally {
      await progress.stop();
      await this.storage.remove(jobId);
    }
    if (run.cancelled && !run.committed) await this.finishCancelled(job, progress.current);
    else await this.finish(job, outcome, progress.current.bytesRead);
  }

  /** Stops a run whose job is no longer RUNNING: its next statement fails, a running one is cancelled. */
  private async stop(run: ImportRun): Promise<void> {
    run.cancel();
    const pids = run.backendPids();
    if (pids.length > 0) await this.jobs.query(CANCEL_RUNNING_STATEMENTS, [pids]);
  }

  /** Marks RUNNING jobs whose worker stopped beating as FAILED (interrupted), and removes their files. */
  async failInterrupted(): Promise<number> {
    const result = await this.jobs
      .createQueryBuilder()
      .update()
      .set({
        status: 'FAILED',
        finishedAt: () => 'now()',
        message: 'Interrupted: the server stopped while this import ran. Nothing was stored; run the import again.',
      })
      .where("status = 'RUNNING'")
      // finished_at on a RUNNING job: its data is committed, its report on the way (import-cancel-guard.ts).
      .andWhere('finished_at IS NULL')
      .andWhere('(heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => :stale))', { stale: this.config.IMPORT_STALE_AFTER_SECONDS })
      .returning(['id'])
      .execute();
    for (const { id } of (result.raw ?? []) as { id: string }[]) await this.storage.remove(id);
    return result.affected ?? 0;
  }

  /** Removes staged and partial files that no waiting or running job needs (on start). */
  async removeOrphanedFiles(): Promise<string[]> {
    return this.storage.sweep(async (ids) => {
      const rows = await this.jobs.find({ where: { id: In(ids) }, select: { id: true, status: true } });
      return {
        active: new Set(rows.filter((row) => row.status === 'QUEUED' || row.status === 'RUNNING').map((row) => row.id)),
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
      return failedOutcome(rowsRead, [{ line: error.line ?? 0, column: null, message: error.message }]);
    }
    this.logger.error(error instanceof Error ? error.stack ?? error.message : String(error));
    return { ...failedOutcome(rowsRead, []), message: 'The import failed unexpectedly and nothing was stored. Try again; if it fails again, tell your administrator.' };
  }

  private async finish(job: ImportJobEntity, outcome: ImportOutcome, bytesRead: number): Promise<void> {
    const errors = [...outcome.errors].sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
    // Only a job still RUNNING: one the sweeper gave up on keeps what it says.
    await this.jobs.update(
      { id: job.id, status: 'RUNNING' },
      {
        status: outcome.ok ? 'SUCCEEDED' : 'FAILED',
        finishedAt: DATABASE_NOW,
        bytesRead: outcome.ok ? job.bytesTotal ?? bytesRead : bytesRead,
        rowsRead: outcome.rowsRead,
        rowsStored: outcome.rowsStored,
        rowsDuplicate: outcome.rowsDuplicate,
        rowsSkipped: outcome.ok ? outcome.rowsSkipped ?? 0 : 0,
        errorCount: Math.max(outcome.errorCount ?? 0, errors.length),
        errors: errors.slice(0, MAX_REPORTED_ERRORS).map((e) => ({ ...e, value: e.value ?? null })),
        mappedToOther: outcome.mappedToOther,
        message: outcome.message,
      },
    );
  }

  /** A cancelled job: rolled back, its file gone; what it had read when it stopped. */
  private async finishCancelled(job: ImportJobEntity, { bytesRead, rowsRead }: ProgressSnapshot): Promise<void> {
    await this.jobs.update(
      { id: job.id, status: 'CANCELLED' },
      { finishedAt: DATABASE_NOW, bytesRead, rowsRead, rowsStored: 0, rowsDuplicate: 0, message: CANCELLED_WHILE_RUNNING },
    );
  }
}
