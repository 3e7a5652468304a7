import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentRequest } from '../auth/current-principal.decorator';
import { ApiRequest } from '../auth/request-context';
import { ImportJob } from './dto/import-job.object';
import { ImportCancellation } from './import-cancellation.service';

@Resolver(() => ImportJob)
export class ImportCancellationResolver {
  constructor(private readonly cancellation: ImportCancellation) {}

  @Mutation(() => ImportJob, {
    description:
      'Cancels a QUEUED or RUNNING import (who may start imports there may cancel them): nothing of it is stored. A running import stops within a few seconds; its status is CANCELLED at once.',
  })
  cancelImport(
    @Args('id', { type: () => ID }) id: string,
    @CurrentRequest() req: ApiRequest,
  ): Promise<ImportJob> {
    return this.cancellation.cancel(req, id);
  }
}
