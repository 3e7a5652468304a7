import { Module } from '@nestjs/common';
import { ImportDepartments } from './import-departments';
import { ImportProcessor } from './import-processor.service';
import { ImportQueue } from './import-queue.service';
import { ImportStorage } from './import-storage';
import { AuditImporter } from './importers/audit-importer';
import { MetricsImporter } from './importers/metrics-importer';
import { ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';

@Module({
  providers: [
    ImportStorage,
    ImportDepartments,
    AuditImporter,
    MetricsImporter,
    ImportProcessor,
    ImportQueue,
    ImportsService,
    ImportsResolver,
  ],
  exports: [ImportsService, ImportQueue],
})
export class ImportsModule {}
