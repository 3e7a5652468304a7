import { Module } from '@nestjs/common';
import { DepartmentsModule } from '../departments/departments.module';
import { AuditFromRequestsService } from './audit-from-requests.service';
import { BaselinesResolver, DepartmentBaselineResolver } from './baselines.resolver';
import { BaselinesService } from './baselines.service';

@Module({
  imports: [DepartmentsModule],
  providers: [BaselinesService, AuditFromRequestsService, BaselinesResolver, DepartmentBaselineResolver],
  exports: [BaselinesService],
})
export class BaselinesModule {}
