import { Module } from '@nestjs/common';
import { ColumnMappingsModule } from '../column-mappings/column-mappings.module';
import { ImportCancellationResolver } from './import-cancellation.resolver';
import { ImportCancellation } from './import-cancellation.service';
import { ImportProcessingModule } from './import-processing.module';
import { ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';
import { SkippedRowsController } from './skipped-rows.controller';

@Module({
  imports: [ImportProcessingModule, ColumnMappingsModule],
  controllers: [SkippedRowsController],
  providers: [
    ImportsService,
    ImportsResolver,
    ImportCancellation,
    ImportCancellationResolver,
  ],
  exports: [ImportsService],
})
export class ImportsModule {}
