import { Module } from '@nestjs/common';
import { DepartmentsByOrganizationLoader } from './departments-by-organization.loader';
import { DepartmentsResolver } from './departments.resolver';
import { DepartmentsService } from './departments.service';

@Module({
  providers: [
    DepartmentsService,
    DepartmentsResolver,
    DepartmentsByOrganizationLoader,
  ],
  exports: [DepartmentsService, DepartmentsByOrganizationLoader],
})
export class DepartmentsModule {}
