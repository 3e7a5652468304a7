import { Module } from '@nestjs/common';
import { ImportProcessingModule } from '../imports/import-processing.module';
import {
  ColumnMappingsResolver,
  ImportPreviewResolver,
} from './column-mappings.resolver';
import { ColumnMappingsService } from './column-mappings.service';
import { ImportPreviewService } from './import-preview.service';

/** Column mappings (data-formats §5): saved and built-in ones, and previewImport. */
@Module({
  imports: [ImportProcessingModule],
  providers: [
    ColumnMappingsService,
    ColumnMappingsResolver,
    ImportPreviewService,
    ImportPreviewResolver,
  ],
  exports: [ColumnMappingsService],
})
export class ColumnMappingsModule {}
