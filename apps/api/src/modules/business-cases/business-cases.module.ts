import { Module } from '@nestjs/common';
import { BaselinesModule } from '../baselines/baselines.module';
import { BusinessCaseViewsResolver } from './business-case-views.resolver';
import { BusinessCasesResolver } from './business-cases.resolver';
import { BusinessCaseExportsController } from './exports/business-case-exports.controller';
import { CaseFactsService } from './saved/case-facts.service';
import { SavedCasesResolver } from './saved/saved-cases.resolver';
import { SavedCasesService } from './saved/saved-cases.service';
import { ValueRealisationResolver } from './value/value-realisation.resolver';
import { ValueRealisationService } from './value/value-realisation.service';

@Module({
  imports: [BaselinesModule],
  controllers: [BusinessCaseExportsController],
  providers: [BusinessCasesResolver, BusinessCaseViewsResolver, SavedCasesResolver, SavedCasesService, CaseFactsService, ValueRealisationResolver, ValueRealisationService],
  exports: [SavedCasesService, ValueRealisationService],
})
export class BusinessCasesModule {}
