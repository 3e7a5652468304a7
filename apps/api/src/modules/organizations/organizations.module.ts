import { Module } from '@nestjs/common';
import { DepartmentsModule } from '../departments/departments.module';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';

@Module({ imports: [DepartmentsModule], providers: [OrganizationsService, OrganizationsResolver] })
export class OrganizationsModule {}
