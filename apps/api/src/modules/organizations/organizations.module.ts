import { Module } from '@nestjs/common';
import { DepartmentsModule } from '../departments/departments.module';
import { OrganizationByIdLoader } from './organization-by-id.loader';
import {
  DepartmentOrganizationResolver,
  OrganizationsResolver,
} from './organizations.resolver';
import { OrganizationsService } from './organizations.service';
import { RollupRebuildModule } from './rollup-rebuild/rollup-rebuild.module';

@Module({
  imports: [DepartmentsModule, RollupRebuildModule],
  providers: [
    OrganizationsService,
    OrganizationsResolver,
    OrganizationByIdLoader,
    DepartmentOrganizationResolver,
  ],
})
export class OrganizationsModule {}
