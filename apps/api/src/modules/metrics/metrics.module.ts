import { Module } from '@nestjs/common';
import { DepartmentsModule } from '../departments/departments.module';
import { DeflectionBenchmarksService } from './deflection-benchmarks.service';
import { DepartmentBenchmarkResolver } from './department-benchmark.resolver';
import { MetricsResolver } from './metrics.resolver';
import { MetricsService } from './metrics.service';

@Module({
  imports: [DepartmentsModule],
  providers: [
    MetricsService,
    DeflectionBenchmarksService,
    MetricsResolver,
    DepartmentBenchmarkResolver,
  ],
  exports: [MetricsService, DeflectionBenchmarksService],
})
export class MetricsModule {}
