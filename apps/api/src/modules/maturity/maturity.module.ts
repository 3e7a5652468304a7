import { Module } from '@nestjs/common';
import { MetricsModule } from '../metrics/metrics.module';
import { BaselinesModule } from '../baselines/baselines.module';
import { CatalogModule } from '../catalog/catalog.module';
import { CoeModule } from '../coe/coe.module';
import { MaturityResolver, ReadinessResolver } from './maturity.resolver';
import { MaturityService } from './maturity.service';
import { ProgrammeScopeService } from './programme-scope.service';
import { ReadinessService } from './readiness.service';

@Module({
  imports: [BaselinesModule, CatalogModule, CoeModule, MetricsModule],
  providers: [
    ProgrammeScopeService,
    MaturityService,
    ReadinessService,
    MaturityResolver,
    ReadinessResolver,
  ],
  exports: [ReadinessService],
})
export class MaturityModule {}
