import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessPolicy } from '../../auth/access-policy.service';
import { Authorize } from '../../auth/authorize.decorator';
import { CurrentPrincipal, CurrentRequest } from '../../auth/current-principal.decorator';
import { Principal } from '../../auth/principal';
import { ApiRequest } from '../../auth/request-context';
import { AppError } from '../../../common/app-error';
import { caseForScope } from './case-for-scope';
import { SaveBusinessCaseInput } from './saved-case.input';
import { BusinessCase, BusinessCaseSummary } from './saved-case.object';
import { SavedCasesService } from './saved-cases.service';

/**
 * Saved business cases. EXECUTIVE and ADMIN write them; everyone in the
 * organisation reads them, a department head without the other departments'
 * lines (case-for-scope.ts; docs/access.md "What a department head sees").
 */
@Resolver(() => BusinessCase)
export class SavedCasesResolver {
  constructor(
    private readonly saved: SavedCasesService,
    private readonly policy: AccessPolicy,
  ) {}

  @Mutation(() => BusinessCase, { description: 'Stores a new version of a case (a new case without id). Invalid input is BAD_USER_INPUT naming each field.' })
  @Authorize('business-case:write', { organizationId: (args) => args.input?.organizationId })
  async saveBusinessCase(
    @Args('input') input: SaveBusinessCaseInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<BusinessCase> {
    const id = await this.saved.save(input, principal.kind === 'user' ? principal.userId : null);
    return this.saved.get(id);
  }

  @Query(() => BusinessCase, { nullable: true, description: 'A saved case (its latest version, or the one asked for) with its current result.' })
  async businessCase(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int, nullable: true }) version: number | null,
    @CurrentRequest() req: ApiRequest,
  ): Promise<BusinessCase> {
    const organizationId = await this.saved.organizationOf(id);
    await this.readable(req, organizationId);
    // A department head gets the organisation's figures without the other departments' lines.
    return caseForScope(await this.saved.get(id, version), await this.policy.visibleDepartments(req, organizationId));
  }

  @Query(() => [BusinessCaseSummary], { description: 'The organisation’s saved cases, newest first.' })
  @Authorize('organization:read', { organizationId: (args) => args.organizationId })
  businessCases(@Args('organizationId', { type: () => ID }) organizationId: string): Promise<BusinessCaseSummary[]> {
    return this.saved.list(organizationId);
  }

  // Another organisation's case answers NOT_FOUND, like one that does not exist.
  private async readable(req: ApiRequest, organizationId: string): Promise<void> {
    try {
      await this.policy.requireInOrganization(req, organizationId, 'organization:read');
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') throw AppError.notFound('business case');
      throw error;
    }
  }
}
