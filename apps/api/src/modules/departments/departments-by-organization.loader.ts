import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { DepartmentEntity } from '@esm-planner/api-data-access-db';
import { requestLoader } from '../../graphql/request-loader';
import { DEPARTMENTS_OF_ORGANIZATIONS_SQL } from './department-rows.sql';

/** Organization.departments for every organisation of a request in one query. */
@Injectable()
export class DepartmentsByOrganizationLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  forRequest(context: object): DataLoader<string, DepartmentEntity[]> {
    return requestLoader(
      context,
      this,
      () =>
        new DataLoader(async (organizationIds: readonly string[]) => {
          const rows: DepartmentEntity[] = await this.dataSource.query(
            DEPARTMENTS_OF_ORGANIZATIONS_SQL,
            [[...organizationIds]],
          );
          return organizationIds.map((id) =>
            rows.filter((row) => row.organizationId === id),
          );
        }),
    );
  }
}
