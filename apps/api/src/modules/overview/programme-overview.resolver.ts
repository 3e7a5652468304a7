import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { DateScalar } from '../../graphql/date.scalar';
import { Authorize } from '../auth/authorize.decorator';
import { CurrentRequest } from '../auth/current-principal.decorator';
import { ApiRequest } from '../auth/request-context';
import { ProgrammeOverview } from './programme-overview.object';
import { ProgrammeOverviewService } from './programme-overview.service';

@Resolver(() => ProgrammeOverview)
export class ProgrammeOverviewResolver {
  constructor(private readonly overviews: ProgrammeOverviewService) {}

  @Query(() => ProgrammeOverview, {
    description:
      'The home page’s figures at asOf (default: the organisation’s today), in one request; docs/domain/overview.md.',
  })
  @Authorize('organization:read', {
    organizationId: (args) => args.organizationId,
  })
  programmeOverview(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('asOf', { type: () => DateScalar, nullable: true })
    asOf: string | null,
    @CurrentRequest() req: ApiRequest,
  ): Promise<ProgrammeOverview> {
    return this.overviews.overview(req, organizationId, asOf);
  }
}
