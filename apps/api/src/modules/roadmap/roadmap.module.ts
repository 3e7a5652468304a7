import { Global, Module } from '@nestjs/common';
import { GO_LIVE_DATES } from '../../common/go-live-dates.port';
import { BaselinesModule } from '../baselines/baselines.module';
import { DepartmentsModule } from '../departments/departments.module';
import { MetricsModule } from '../metrics/metrics.module';
import { GateFactsService } from './gate-facts.service';
import { RoadmapGoLiveDates } from './go-live-dates.provider';
import { ItStabilityService } from './it-stability.service';
import { RoadmapResolver } from './roadmap.resolver';
import { RoadmapService } from './roadmap.service';
import { RoadmapSettingsService } from './roadmap-settings.service';

// Global so that GO_LIVE_DATES reaches the business case without importing this module.
@Global()
@Module({
  imports: [MetricsModule, DepartmentsModule, BaselinesModule],
  providers: [
    RoadmapSettingsService,
    ItStabilityService,
    GateFactsService,
    RoadmapService,
    RoadmapResolver,
    { provide: GO_LIVE_DATES, useClass: RoadmapGoLiveDates },
  ],
  exports: [
    RoadmapSettingsService,
    ItStabilityService,
    GateFactsService,
    RoadmapService,
    GO_LIVE_DATES,
  ],
})
export class RoadmapModule {}
