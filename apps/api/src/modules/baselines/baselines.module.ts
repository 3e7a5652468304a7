import { Global, Module } from '@nestjs/common';
import { DEPARTMENT_FIELD_PREFETCH } from '../departments/department-prefetch.port';
import { DepartmentsModule } from '../departments/departments.module';
import { AuditFromRequestsService } from './audit-from-requests.service';
import {
  BaselinesResolver,
  DepartmentBaselineResolver,
} from './baselines.resolver';
import { BaselinesService } from './baselines.service';
import { LatestBaselineLoader } from './latest-baseline.loader';

// Global so that DEPARTMENT_FIELD_PREFETCH reaches the department query
// without the departments module importing this one.
@Global()
@Module({
  imports: [DepartmentsModule],
  providers: [
    BaselinesService,
    AuditFromRequestsService,
    BaselinesResolver,
    DepartmentBaselineResolver,
    LatestBaselineLoader,
    { provide: DEPARTMENT_FIELD_PREFETCH, useExisting: LatestBaselineLoader },
  ],
  exports: [BaselinesService, DEPARTMENT_FIELD_PREFETCH],
})
export class BaselinesModule {}
