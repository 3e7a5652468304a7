import { Module } from '@nestjs/common';
import { DepartmentsModule } from '../departments/departments.module';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';

@Module({ imports: [DepartmentsModule], providers: [PeopleService, PeopleResolver], exports: [PeopleService] })
export class PeopleModule {}
