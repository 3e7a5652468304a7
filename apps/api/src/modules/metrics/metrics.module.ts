import { Module } from '@nestjs/common';
import { DepartmentBenchmarkResolver } from './department-benchmark.resolver';
import { MetricsResolver } from './metrics.resolver';
import { MetricsService } from './metrics.service';

@Module({ providers: [MetricsService, MetricsResolver, DepartmentBenchmarkResolver], exports: [MetricsService] })
export class MetricsModule {}
