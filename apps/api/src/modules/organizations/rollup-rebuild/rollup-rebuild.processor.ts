import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rebuildAllRequestRollups } from '@esm-planner/api-data-access-db';
import { APP_CONFIG, AppConfig } from '../../../config/env.schema';
import { SET_JOB_STATEMENT_TIMEOUT } from '../../imports/import-statement-timeout';

/** A RUNNING rebuild not touched for this long was interrupted: each month touches it. */
export const STALE_REBUILD_MINUTES = 15;

const CLAIM_SQL = `
UPDATE rollup_rebuild_job SET status = 'RUNNING', started_at = now(), updated_at = now()
 WHERE id = $1 AND status = 'QUEUED'
RETURNING organization_id AS "organizationId", time_zone AS "timeZone"`;
const PROGRESS_SQL = `UPDATE rollup_rebuild_job SET months_done = $2, months_total = $3, updated_at = now() WHERE id = $1`;
const SUCCEEDED_SQL = `UPDATE rollup_rebuild_job SET status = 'SUCCEEDED', finished_at = now(), updated_at = now() WHERE id = $1`;
const FAILED_SQL = `UPDATE rollup_rebuild_job SET status = 'FAILED', message = $2, finished_at = now(), updated_at = now() WHERE id = $1 AND status = 'RUNNING'`;

/**
 * Runs one rebuild of an organisation's rollups in its new time zone, in one
 * transaction that also sets the zone: until it commits, every reader sees
 * the old zone and the rollups made in it; after, the new zone and rollups
 * rebuilt in it — never a mix. Progress (months done of months to do) is
 * written beside the transaction, so the dashboard sees it while it runs.
 */
@Injectable()
export class RollupRebuildProcessor {
  private readonly logger = new Logger(RollupRebuildProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(jobId: string): Promise<void> {
    // UPDATE … RETURNING answers [rows, affected].
    const [claimed]: [{ organizationId: string; timeZone: string }[], number] =
      await this.dataSource.query(CLAIM_SQL, [jobId]);
    const job = claimed[0];
    if (!job) return;
    try {
      await this.dataSource.transaction(async (manager) => {
        // Each month's rebuild may outlast the pool's statement limit on a big organisation.
        await manager.query(SET_JOB_STATEMENT_TIMEOUT, [
          String(this.config.JOB_STATEMENT_TIMEOUT_MS),
        ]);
        await rebuildAllRequestRollups(
          (sql, parameters) => manager.query(sql, parameters),
          {
            organizationId: job.organizationId,
            timeZone: job.timeZone,
            onMonth: async (done, total) => {
              await this.dataSource.query(PROGRESS_SQL, [jobId, done, total]);
            },
          },
        );
        // Last, and inside: the zone, the rollups and SUCCEEDED commit together
        // (the organisation's row is locked only for these last moments).
        await manager.query(
          'UPDATE organization SET time_zone = $2 WHERE organization_id = $1',
          [job.organizationId, job.timeZone],
        );
        await manager.query(SUCCEEDED_SQL, [jobId]);
      });
    } catch (error) {
      this.logger.error(
        `rollup rebuild ${jobId} failed: ${(error as Error).message}`,
      );
      await this.dataSource.query(FAILED_SQL, [
        jobId,
        'The rebuild stopped before it finished; the time zone was not changed. Change it again to retry.',
      ]);
    }
  }

  /** Marks rebuilds whose process died as FAILED (their transaction rolled back: nothing changed). */
  async failInterrupted(): Promise<number> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `UPDATE rollup_rebuild_job SET status = 'FAILED', finished_at = now(),
              message = 'Interrupted: the server stopped during the rebuild; the time zone was not changed. Change it again to retry.'
        WHERE status = 'RUNNING' AND updated_at < now() - make_interval(mins => $1)`,
      [STALE_REBUILD_MINUTES],
    );
    return affected;
  }
}
