import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestLoader } from '../../graphql/request-loader';
import { CatalogService } from './catalog.service';
import { CatalogItem } from './dto/catalog-item.object';

/** Department.catalog for every department of a request in two queries. */
@Injectable()
export class CatalogLoader {
  constructor(private readonly catalog: CatalogService) {}

  forRequest(context: object): DataLoader<string, CatalogItem[]> {
    return requestLoader(
      context,
      this,
      () =>
        new DataLoader(async (departmentIds: readonly string[]) => {
          const byDepartment = await this.catalog.listOf(departmentIds);
          return departmentIds.map((id) => byDepartment.get(id) ?? []);
        }),
    );
  }
}
