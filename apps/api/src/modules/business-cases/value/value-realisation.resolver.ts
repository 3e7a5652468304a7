import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { DateScalar } from '../../../graphql/date.scalar';
import { Authorize } from '../../auth/authorize.decorator';
import { CurrentRequest } from '../../auth/current-principal.decorator';
import { ApiRequest } from '../../auth/request-context';
import { BUSINESS_CASE_ROW } from '../saved/business-case-row';
import { ValueRealisation } from './value-realisation.object';
import { ValueRealisationService } from './value-realisation.service';

/**
 * Value realisation reads like the case itself (everyone in the
 * organisation), but a department's actuals are that department's request
 * data: a department head gets the programme figures and their own
 * departments' rows only (docs/access.md).
 */
@Resolver(() => ValueRealisation)
export class ValueRealisationResolver {
  constructor(private readonly value: ValueRealisationService) {}

  @Query(() => ValueRealisation, {
    description:
      'A saved case (its latest version unless one is chosen) against the request data that followed it, at asOf (default: the organisation’s today); domain §9.',
  })
  @Authorize('organization:read', {
    row: BUSINESS_CASE_ROW,
    id: (args) => args.businessCaseId,
  })
  valueRealisation(
    @Args('businessCaseId', { type: () => ID }) businessCaseId: string,
    @Args('version', { type: () => Int, nullable: true })
    version: number | null,
    @Args('asOf', { type: () => DateScalar, nullable: true })
    asOf: string | null,
    @CurrentRequest() req: ApiRequest,
  ): Promise<ValueRealisation> {
    return this.value.measureVisibleTo(req, { businessCaseId, version, asOf });
  }
}
