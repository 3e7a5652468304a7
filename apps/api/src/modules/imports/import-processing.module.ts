import { Module } from '@nestjs/common';
import { JobQueueModule } from '../../job-queue/job-queue.module';
import { ImportCancelGuard } from './import-cancel-guard';
import { ImportDepartments } from './import-departments';
import { ImportProcessor } from './import-processor.service';
import { ImportQueue } from './import-queue.service';
import { ImportStatementTimeout } from './import-statement-timeout';
import { ImportStorage } from './import-storage';
import { AuditImporter } from './importers/audit-importer';
import { MetricsImporter } from './importers/metrics-importer';
import { RequestsImporter } from './importers/requests-importer';

/**
 * What runs import jobs: the queue, the staged files and the importers. The
 * API includes it; so does the stand-alone worker (worker.ts).
 */
@Module({
  imports: [JobQueueModule],
  providers: [
    ImportCancelGuard,
    ImportStatementTimeout,
    ImportStorage,
    ImportDepartments,
    AuditImporter,
    MetricsImporter,
    RequestsImporter,
    ImportProcessor,
    ImportQueue,
  ],
  exports: [ImportStorage, ImportQueue],
})
export class ImportProcessingModule {}
