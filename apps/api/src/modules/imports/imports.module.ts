import { Module } from '@nestjs/common';
import { ImportProcessingModule } from './import-processing.module';
import { ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';

@Module({
  imports: [ImportProcessingModule],
  providers: [ImportsService, ImportsResolver],
  exports: [ImportsService],
})
export class ImportsModule {}
