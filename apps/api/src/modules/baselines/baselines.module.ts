import { Module } from '@nestjs/common';
import { DepartmentsModule } from '../departments/departments.module';
import { BaselinesResolver, DepartmentBaselineResolver } from './baselines.resolver';
import { BaselinesService } from './baselines.service';

@Module({
  imports: [DepartmentsModule],
  providers: [BaselinesService, BaselinesResolver, DepartmentBaselineResolver],
  exports: [BaselinesService],
})
export class BaselinesModule {}
