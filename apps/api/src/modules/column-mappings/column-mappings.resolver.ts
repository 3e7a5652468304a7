import {
  Args,
  ID,
  Info,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { columnKey } from '@esm-planner/domain-imports';
import { AppError } from '../../common/app-error';
import { Authorize } from '../auth/authorize.decorator';
import { CurrentRequest } from '../auth/current-principal.decorator';
import { ApiRequest } from '../auth/request-context';
import { ColumnMappingsService } from './column-mappings.service';
import { ColumnMappingInput } from './dto/column-mapping.input';
import { ColumnMapping } from './dto/column-mapping.object';
import {
  DistinctValue,
  ImportPreview,
  PreviewImportInput,
} from './dto/import-preview';
import { fieldArgumentValues } from './field-arguments';
import { ImportPreviewService } from './import-preview.service';

@Resolver(() => ColumnMapping)
export class ColumnMappingsResolver {
  constructor(private readonly mappings: ColumnMappingsService) {}

  @Query(() => [ColumnMapping], {
    description:
      'The organisation’s saved column mappings by name, then the built-in vendor ones (data-formats §5).',
  })
  @Authorize('organization:read', {
    organizationId: (args) => args.organizationId,
  })
  columnMappings(
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<ColumnMapping[]> {
    return this.mappings.list(organizationId);
  }

  @Mutation(() => ColumnMapping, {
    description:
      'Saves a column mapping; a mapping of the same name in the organisation is replaced. Whoever may import (ADMIN, COE, a department head). Problems: BAD_USER_INPUT naming the field.',
  })
  saveColumnMapping(
    @Args('input') input: ColumnMappingInput,
    @CurrentRequest() req: ApiRequest,
  ): Promise<ColumnMapping> {
    return this.mappings.save(req, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes a saved column mapping (as saveColumnMapping). A built-in one cannot be deleted: BAD_USER_INPUT.',
  })
  deleteColumnMapping(
    @Args('id', { type: () => ID }) id: string,
    @CurrentRequest() req: ApiRequest,
  ): Promise<boolean> {
    return this.mappings.delete(req, id);
  }
}

@Resolver(() => ImportPreview)
export class ImportPreviewResolver {
  constructor(private readonly previews: ImportPreviewService) {}

  @Query(() => ImportPreview, {
    description:
      'Reads a file’s header and first rows, counts the values of the columns distinctValues asks for over the whole file, and applies a mapping to the first rows. Stores nothing.',
  })
  previewImport(
    @Args('input') input: PreviewImportInput,
    @CurrentRequest() req: ApiRequest,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ImportPreview> {
    const columns = fieldArgumentValues(
      info,
      'distinctValues',
      'column',
    ).filter((value): value is string => typeof value === 'string');
    return this.previews.preview(req, input, [
      ...new Map(columns.map((column) => [columnKey(column), column])).values(),
    ]);
  }

  @ResolveField(() => [DistinctValue], {
    description:
      'The values of a column over the whole file with how many rows hold each, most frequent first (at most `limit`).',
  })
  distinctValues(
    @Parent() preview: ImportPreview,
    @Args('column') column: string,
    @Args('limit', { type: () => Int, defaultValue: 200 }) limit: number,
  ): DistinctValue[] {
    const counted = preview.distinct.get(columnKey(column));
    if (!counted)
      throw AppError.badInput([
        {
          field: 'distinctValues.column',
          message: `the file has no column "${column}"`,
        },
      ]);
    return counted.values.slice(0, Math.max(0, limit));
  }
}
