import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { DepartmentEntity, OrganizationEntity } from '@esm-planner/api-data-access-db';
import { BaselinesService } from '../modules/baselines/baselines.service';
import { Baseline } from '../modules/baselines/dto/baseline.object';

/** Batched lookups for object links, new for every request (no cross-request cache). */
export type RequestLoaders = {
  organizationById: DataLoader<string, OrganizationEntity | null>;
  departmentsByOrganization: DataLoader<string, DepartmentEntity[]>;
  latestBaseline: DataLoader<string, Baseline | null>;
};

export type GraphQLContext = { req: import('../modules/auth/request-context').ApiRequest; loaders: RequestLoaders };

@Injectable()
export class RequestLoadersFactory {
  constructor(
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>,
    private readonly baselines: BaselinesService,
  ) {}

  create(): RequestLoaders {
    return {
      organizationById: new DataLoader(async (ids) => {
        const rows = await this.organizations.findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      departmentsByOrganization: new DataLoader(async (organizationIds) => {
        const rows = await this.departments.find({
          where: { organizationId: In([...organizationIds]) },
          order: { name: 'ASC' },
        });
        return organizationIds.map((id) => rows.filter((row) => row.organizationId === id));
      }),
      // One query for the latest audits of all departments on the page, one for their rows.
      latestBaseline: new DataLoader(async (departmentIds) => {
        const audits = await this.baselines.latestAudits(departmentIds);
        const baselines = await this.baselines.baselinesOf([...audits.values()]);
        const byDepartment = new Map(baselines.map((baseline) => [baseline.departmentId, baseline]));
        return departmentIds.map((id) => byDepartment.get(id) ?? null);
      }),
    };
  }
}
