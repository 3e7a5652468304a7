import { Module } from '@nestjs/common';
import { BaselinesModule } from '../baselines/baselines.module';
import { MetricsModule } from '../metrics/metrics.module';
import { BusinessCaseViewsResolver } from './business-case-views.resolver';
import { BusinessCasesResolver } from './business-cases.resolver';
import { CaseBenchmarksService } from './case-benchmarks.service';
import { BusinessCaseExportsController } from './exports/business-case-exports.controller';
import { CaseFactsService } from './saved/case-facts.service';
import { MeasuredDeflectionsService } from './saved/measured-deflections.service';
import { SavedCasesResolver } from './saved/saved-cases.resolver';
import { SavedCasesService } from './saved/saved-cases.service';
import { ValueRealisationResolver } from './value/value-realisation.resolver';
import { ValueRealisationService } from './value/value-realisation.service';

@Module({
  imports: [BaselinesModule, MetricsModule],
  controllers: [BusinessCaseExportsController],
  providers: [
    BusinessCasesResolver,
    BusinessCaseViewsResolver,
    SavedCasesResolver,
    SavedCasesService,
    CaseFactsService,
    MeasuredDeflectionsService,
    CaseBenchmarksService,
    ValueRealisationResolver,
    ValueRealisationService,
  ],
  exports: [SavedCasesService, ValueRealisationService],
})
export class BusinessCasesModule {}
