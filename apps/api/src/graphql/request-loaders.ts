import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In, Repository } from 'typeorm';
import { CatalogItemEntity, DepartmentEntity, OrganizationEntity } from '@esm-planner/api-data-access-db';
import { todayIn } from '../common/today';
import { BaselinesService } from '../modules/baselines/baselines.service';
import { Baseline } from '../modules/baselines/dto/baseline.object';
import { compareItems, toCatalogItem } from '../modules/catalog/catalog.mapper';
import { CatalogItem } from '../modules/catalog/dto/catalog-item.object';
import { DEPARTMENTS_OF_ORGANIZATIONS_SQL } from '../modules/departments/department-rows.sql';

/** Batched lookups for object links, new for every request (no cross-request cache). */
export type RequestLoaders = {
  organizationById: DataLoader<string, OrganizationEntity | null>;
  departmentsByOrganization: DataLoader<string, DepartmentEntity[]>;
  latestBaseline: DataLoader<string, Baseline | null>;
  catalogByDepartment: DataLoader<string, CatalogItem[]>;
};

export type GraphQLContext = { req: import('../modules/auth/request-context').ApiRequest; loaders: RequestLoaders };

@Injectable()
export class RequestLoadersFactory {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>,
    private readonly baselines: BaselinesService,
    @InjectRepository(CatalogItemEntity) private readonly catalogItems: Repository<CatalogItemEntity>,
  ) {}

  create(): RequestLoaders {
    return {
      organizationById: new DataLoader(async (ids) => {
        const rows = await this.organizations.findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      departmentsByOrganization: new DataLoader(async (organizationIds) => {
        const rows: DepartmentEntity[] = await this.dataSource.query(DEPARTMENTS_OF_ORGANIZATIONS_SQL, [[...organizationIds]]);
        return organizationIds.map((id) => rows.filter((row) => row.organizationId === id));
      }),
      // One query for the latest audits of all departments on the page, with their rows.
      latestBaseline: new DataLoader(async (departmentIds) => {
        const byDepartment = await this.baselines.latestOf(departmentIds);
        return departmentIds.map((id) => byDepartment.get(id) ?? null);
      }),
      // Two queries for every department on the page: their organisations'
      // time zones (for "as of today") and their items.
      catalogByDepartment: new DataLoader(async (departmentIds) => {
        const departments = await this.departments.find({ where: { id: In([...departmentIds]) }, relations: { organization: true } });
        const asOf = new Map(departments.map((row) => [row.id, todayIn(row.organization?.timeZone ?? 'UTC')]));
        const items = await this.catalogItems.find({ where: { departmentId: In([...departmentIds]) } });
        return departmentIds.map((id) =>
          items
            .filter((item) => item.departmentId === id)
            .sort(compareItems)
            .map((item) => toCatalogItem(item, asOf.get(id) ?? todayIn('UTC'))),
        );
      }),
    };
  }
}
