import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { ImportJobEntity } from '@esm-planner/api-data-access-db';
import { ComputePool } from '../compute/compute-pool';
import { ImportStorage } from './import-storage';
import { ImportProgress } from './import-progress';
import { AuditImporter } from './importers/audit-importer';
import { failedOutcome, Importer, ImportOutcome } from './importers/importer';
import { MetricsImporter } from './importers/metrics-importer';
import { RequestsImporter } from './importers/requests-importer';
import { readRecords } from './readers/record-source';
import { ImportFileError } from './readers/source-record';

export const MAX_REPORTED_ERRORS = 100;
// A RUNNING job whose heartbeat is older than this was interrupted.
const STALE_AFTER_SECONDS = 10;

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
  ) {}

  async run(jobId: string): Promise<void> {
    // Only one worker claims a job, and a finished job is never run again.
    const claimed = await this.jobs.update(
      { id: jobId, status: 'QUEUED' },
      { status: 'RUNNING', startedAt: new Date(), heartbeatAt: new Date() },
    );
    if (!claimed.affected) return;
    const job = await this.jobs.findOneByOrFail({ id: jobId });
    const progress = new ImportProgress(({ bytesRead, rowsRead }) =>
      this.jobs.update({ id: jobId, status: 'RUNNING' }, { bytesRead, rowsRead, heartbeatAt: new Date() }).then(() => undefined),
    );
    let outcome: ImportOutcome;
    try {
      const source = await readRecords(this.storage.path(jobId), {
        onBytes: (bytes) => progress.bytes(bytes),
        allowXlsx: job.kind !== 'REQUESTS',
        readXlsx: (path) => this.compute.run('readXlsx', { path }),
      });
      outcome = await this.importerFor(job).run({
        job,
        source,
        onRows: (rows) => progress.rows(rows),
        filePath: this.storage.path(jobId),
        onBytes: (bytes) => progress.bytes(bytes),
      });
    } catch (error) {
      outcome = this.outcomeOfFailure(error, progress.current.rowsRead);
    } finally {
      await progress.stop();
      await this.storage.remove(jobId);
    }
    await this.finish(job, outcome, progress.current.bytesRead);
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
      .andWhere(`(heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => ${STALE_AFTER_SECONDS}))`)
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
    await this.jobs.update(
      { id: job.id },
      {
        status: outcome.ok ? 'SUCCEEDED' : 'FAILED',
        finishedAt: new Date(),
        bytesRead: outcome.ok ? job.bytesTotal ?? bytesRead : bytesRead,
        rowsRead: outcome.rowsRead,
        rowsStored: outcome.rowsStored,
        rowsDuplicate: outcome.rowsDuplicate,
        errorCount: errors.length,
        errors: errors.slice(0, MAX_REPORTED_ERRORS).map((e) => ({ ...e, value: e.value ?? null })),
        mappedToOther: outcome.mappedToOther,
        message: outcome.message,
      },
    );
  }
}
