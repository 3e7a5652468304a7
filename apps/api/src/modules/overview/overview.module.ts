import { Module } from '@nestjs/common';
import { BusinessCasesModule } from '../business-cases/business-cases.module';
import { MaturityModule } from '../maturity/maturity.module';
import { MetricsModule } from '../metrics/metrics.module';
import { GettingStartedResolver } from './getting-started.resolver';
import { GettingStartedService } from './getting-started.service';
import { ProgrammeOverviewResolver } from './programme-overview.resolver';
import { ProgrammeOverviewService } from './programme-overview.service';

// RoadmapModule is global (it provides the go-live dates to the business case).
@Module({
  imports: [BusinessCasesModule, MaturityModule, MetricsModule],
  providers: [
    ProgrammeOverviewService,
    ProgrammeOverviewResolver,
    GettingStartedService,
    GettingStartedResolver,
  ],
})
export class OverviewModule {}
