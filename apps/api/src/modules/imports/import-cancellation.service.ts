import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ImportJobEntity } from '@esm-planner/api-data-access-db';
import { AppError } from '../../common/app-error';
import { AccessPolicy } from '../auth/access-policy.service';
import { ApiRequest } from '../auth/request-context';
import { ImportJob } from './dto/import-job.object';
import { CANCELLED_BEFORE_START, CANCELLED_WHILE_RUNNING } from './import-run';
import { toImportJob } from './import-job.mapper';
import { ImportStorage } from './import-storage';
import { ImportsService } from './imports.service';

/**
 * cancelImport: a QUEUED job is cancelled before any worker claims it; a
 * RUNNING one is marked CANCELLED here and its worker, wherever it runs,
 * stops at its next progress tick and rolls back (import-cancel-guard.ts).
 */
@Injectable()
export class ImportCancellation {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly imports: ImportsService,
    private readonly policy: AccessPolicy,
    private readonly storage: ImportStorage,
  ) {}

  async cancel(req: ApiRequest, id: string): Promise<ImportJob> {
    // NOT_FOUND for a job the caller cannot see (another organisation's, another head's).
    const seen = await this.imports.get(req, id);
    // Whoever may start imports there may stop them; readers may not.
    await this.policy.departmentScope(req, seen.organizationId, 'import:write');
    const { job, wasQueued } = await this.dataSource.transaction(
      async (manager) => {
        // The row lock orders this against the worker's claim and its commit.
        const current = await manager.findOneOrFail(ImportJobEntity, {
          where: { organizationId: seen.organizationId, id },
          lock: { mode: 'pessimistic_write' },
        });
        if (current.status === 'CANCELLED')
          return { job: current, wasQueued: false };
        const cancellable =
          current.status === 'QUEUED' ||
          (current.status === 'RUNNING' && current.finishedAt === null);
        if (!cancellable)
          throw new AppError('CONFLICT', alreadyDone(current.status), {
            status: current.status,
          });
        const wasQueued = current.status === 'QUEUED';
        const patch = {
          status: 'CANCELLED',
          finishedAt: new Date(),
          message: wasQueued ? CANCELLED_BEFORE_START : CANCELLED_WHILE_RUNNING,
        };
        await manager.update(
          ImportJobEntity,
          { organizationId: seen.organizationId, id },
          patch,
        );
        return { job: { ...current, ...patch }, wasQueued };
      },
    );
    // No worker will touch a job cancelled before it started: its staged file goes now.
    if (wasQueued) await this.storage.remove(id);
    return toImportJob(job);
  }
}

function alreadyDone(status: string): string {
  if (status === 'RUNNING')
    return 'the import has already stored its rows and is writing its report: it can no longer be cancelled';
  return `the import has already ${status === 'SUCCEEDED' ? 'succeeded' : 'failed'}: there is nothing to cancel`;
}
