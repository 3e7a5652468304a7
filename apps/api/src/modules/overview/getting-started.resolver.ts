import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Authorize } from '../auth/authorize.decorator';
import { GettingStarted } from './getting-started.object';
import { GettingStartedService } from './getting-started.service';

@Resolver(() => GettingStarted)
export class GettingStartedResolver {
  constructor(private readonly checklists: GettingStartedService) {}

  @Query(() => GettingStarted, {
    description:
      'A new organisation’s checklist (departments, first audit, requests or metrics, first plan, first case), ticked from its data.',
  })
  @Authorize('organization:read', {
    organizationId: (args) => args.organizationId,
  })
  gettingStarted(
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<GettingStarted> {
    return this.checklists.checklist(organizationId);
  }
}
