import { Module } from '@nestjs/common';
import { DepartmentsModule } from '../departments/departments.module';
import { AccountControlService } from './account-control.service';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';

@Module({
  imports: [DepartmentsModule],
  providers: [PeopleService, AccountControlService, PeopleResolver],
  exports: [PeopleService],
})
export class PeopleModule {}
