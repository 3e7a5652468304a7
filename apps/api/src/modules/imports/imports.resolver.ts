import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authorize } from '../auth/authorize.decorator';
import { CurrentRequest } from '../auth/current-principal.decorator';
import { ApiRequest } from '../auth/request-context';
import { ImportJob } from './dto/import-job.object';
import { StartImportInput } from './dto/start-import.input';
import { ImportsService } from './imports.service';

@Resolver(() => ImportJob)
export class ImportsResolver {
  constructor(private readonly imports: ImportsService) {}

  @Mutation(() => ImportJob, {
    description:
      'Starts an import: the file as text (small) or a streamed multipart upload. Poll importJob for progress.',
  })
  startImport(
    @Args('input') input: StartImportInput,
    @CurrentRequest() req: ApiRequest,
  ): Promise<ImportJob> {
    return this.imports.start(req, input);
  }

  @Query(() => ImportJob, { nullable: true })
  importJob(
    @Args('id', { type: () => ID }) id: string,
    @CurrentRequest() req: ApiRequest,
  ): Promise<ImportJob> {
    return this.imports.get(req, id);
  }

  @Query(() => [ImportJob], {
    description: 'The organisation’s imports, newest first.',
  })
  @Authorize('organization:read', {
    organizationId: (args) => args.organizationId,
  })
  importJobs(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
    @CurrentRequest() req: ApiRequest,
  ): Promise<ImportJob[]> {
    return this.imports.list(req, organizationId, limit);
  }
}
