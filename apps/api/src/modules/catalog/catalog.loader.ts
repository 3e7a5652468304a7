import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { DepartmentKey } from '../../common/department-key';
import { requestLoader } from '../../graphql/request-loader';
import { CatalogService } from './catalog.service';
import { CatalogItem } from './dto/catalog-item.object';

/** Department.catalog for every department of a request in two queries. */
@Injectable()
export class CatalogLoader {
  constructor(private readonly catalog: CatalogService) {}

  forRequest(
    context: object,
  ): DataLoader<DepartmentKey, CatalogItem[], string> {
    return requestLoader(
      context,
      this,
      () =>
        new DataLoader(
          async (departments: readonly DepartmentKey[]) => {
            const byDepartment = await this.catalog.listOf(departments);
            return departments.map(({ id }) => byDepartment.get(id) ?? []);
          },
          { cacheKeyFn: (department) => department.id },
        ),
    );
  }
}
