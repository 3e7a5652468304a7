import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { OrganizationEntity } from '@esm-planner/api-data-access-db';
import { requestLoader } from '../../graphql/request-loader';

/** Department.organization for every department of a request in one query. */
@Injectable()
export class OrganizationByIdLoader {
  constructor(
    @InjectRepository(OrganizationEntity)
    private readonly organizations: Repository<OrganizationEntity>,
  ) {}

  forRequest(context: object): DataLoader<string, OrganizationEntity | null> {
    return requestLoader(
      context,
      this,
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.organizations.findBy({ id: In([...ids]) });
          const byId = new Map(rows.map((row) => [row.id, row]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }
}
