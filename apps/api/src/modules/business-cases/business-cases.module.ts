import { Module } from '@nestjs/common';
import { BaselinesModule } from '../baselines/baselines.module';
import { MetricsModule } from '../metrics/metrics.module';
import { BusinessCaseViewsResolver } from './business-case-views.resolver';
import { BusinessCasesResolver } from './business-cases.resolver';
import { CaseBenchmarksService } from './case-benchmarks.service';
import { BusinessCaseExportsController } from './exports/business-case-exports.controller';
import { CaseFactsService } from './saved/case-facts.service';
import { SavedCasesResolver } from './saved/saved-cases.resolver';
import { SavedCasesService } from './saved/saved-cases.service';

@Module({
  imports: [BaselinesModule, MetricsModule],
  controllers: [BusinessCaseExportsController],
  providers: [BusinessCasesResolver, BusinessCaseViewsResolver, SavedCasesResolver, SavedCasesService, CaseFactsService, CaseBenchmarksService],
  exports: [SavedCasesService],
})
export class BusinessCasesModule {}
