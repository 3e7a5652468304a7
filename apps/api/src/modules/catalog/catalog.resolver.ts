import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { AccessPolicy } from '../auth/access-policy.service';
import { Authorize } from '../auth/authorize.decorator';
import { GraphQLContext } from '../auth/request-context';
import { RequestTypeVolume } from '../baselines/dto/baseline.object';
import { Department } from '../departments/dto/department.object';
import { CatalogLoader } from './catalog.loader';
import { CATALOG_ITEM_ROW, CatalogService } from './catalog.service';
import { CatalogItemInput } from './dto/catalog-item.input';
import { CatalogItem } from './dto/catalog-item.object';

@Resolver(() => CatalogItem)
export class CatalogResolver {
  constructor(
    private readonly catalogService: CatalogService,
    private readonly policy: AccessPolicy,
  ) {}

  @Query(() => [CatalogItem], {
    description:
      'The department’s catalogue (domain §7), by name, with flags as of today.',
  })
  @Authorize('department:read', { departmentId: (args) => args.departmentId })
  async catalog(
    @Args('departmentId', { type: () => ID }) departmentId: string,
  ): Promise<CatalogItem[]> {
    return this.catalogService.list(
      await this.policy.departmentKey(departmentId),
    );
  }

  @Query(() => [RequestTypeVolume], {
    description:
      'The latest audit’s top-10 request types without a catalogue item, in Pareto order.',
  })
  @Authorize('department:read', { departmentId: (args) => args.departmentId })
  async catalogGaps(
    @Args('departmentId', { type: () => ID }) departmentId: string,
  ): Promise<RequestTypeVolume[]> {
    return this.catalogService.gaps(
      await this.policy.departmentKey(departmentId),
    );
  }

  @Mutation(() => CatalogItem, {
    description:
      'Creates or replaces a catalogue item. COE and ADMIN; a department head for their own departments.',
  })
  @Authorize('catalog:write', {
    departmentId: (args) => args.input?.departmentId,
  })
  upsertCatalogItem(
    @Args('input') input: CatalogItemInput,
  ): Promise<CatalogItem> {
    return this.catalogService.upsert(input);
  }

  @Mutation(() => Boolean, {
    description: 'Deletes a catalogue item; as upsertCatalogItem.',
  })
  @Authorize('catalog:write', { row: CATALOG_ITEM_ROW, id: (args) => args.id })
  deleteCatalogItem(
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.catalogService.delete(id);
  }
}

@Resolver(() => Department)
export class DepartmentCatalogResolver {
  constructor(private readonly catalogLoader: CatalogLoader) {}

  @ResolveField(() => [CatalogItem], {
    description: 'The catalogue, batched across departments (DataLoader).',
  })
  catalog(
    @Parent() department: Department,
    @Context() context: GraphQLContext,
  ): Promise<CatalogItem[]> {
    return this.catalogLoader.forRequest(context).load(department);
  }
}
