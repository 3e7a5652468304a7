import { Module } from '@nestjs/common';
import { ColumnMappingsModule } from '../column-mappings/column-mappings.module';
import { ImportProcessingModule } from './import-processing.module';
import { ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';
import { SkippedRowsController } from './skipped-rows.controller';

@Module({
  imports: [ImportProcessingModule, ColumnMappingsModule],
  controllers: [SkippedRowsController],
  providers: [ImportsService, ImportsResolver],
  exports: [ImportsService],
})
export class ImportsModule {}
