import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { DateScalar } from '../../../graphql/date.scalar';
import { AppError } from '../../../common/app-error';
import { AccessPolicy } from '../../auth/access-policy.service';
import { CurrentRequest } from '../../auth/current-principal.decorator';
import { ApiRequest } from '../../auth/request-context';
import { SavedCasesService } from '../saved/saved-cases.service';
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
  constructor(
    private readonly saved: SavedCasesService,
    private readonly value: ValueRealisationService,
    private readonly policy: AccessPolicy,
  ) {}

  @Query(() => ValueRealisation, { description: 'A saved case (its latest version unless one is chosen) against the request data that followed it, at asOf (default: the organisation’s today); domain §9.' })
  async valueRealisation(
    @Args('businessCaseId', { type: () => ID }) businessCaseId: string,
    @Args('version', { type: () => Int, nullable: true }) version: number | null,
    @Args('asOf', { type: () => DateScalar, nullable: true }) asOf: string | null,
    @CurrentRequest() req: ApiRequest,
  ): Promise<ValueRealisation> {
    const organizationId = await this.saved.organizationOf(businessCaseId);
    try {
      await this.policy.requireInOrganization(req, organizationId, 'organization:read');
    } catch (error) {
      // Another organisation's case answers NOT_FOUND, like one that does not exist.
      if (error instanceof AppError && error.code === 'NOT_FOUND') throw AppError.notFound('business case');
      throw error;
    }
    const visible = await this.policy.visibleDepartments(req, organizationId);
    return this.value.measure({ businessCaseId, version, asOf, visible });
  }
}
