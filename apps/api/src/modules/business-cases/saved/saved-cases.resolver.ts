import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authorize } from '../../auth/authorize.decorator';
import {
  CurrentPrincipal,
  CurrentRequest,
} from '../../auth/current-principal.decorator';
import { Principal } from '../../auth/principal';
import { ApiRequest } from '../../auth/request-context';
import { BUSINESS_CASE_ROW } from './business-case-row';
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
  constructor(private readonly saved: SavedCasesService) {}

  @Mutation(() => BusinessCase, {
    description:
      'Stores a new version of a case (a new case without id). Invalid input is BAD_USER_INPUT naming each field.',
  })
  @Authorize('business-case:write', {
    organizationId: (args) => args.input?.organizationId,
  })
  async saveBusinessCase(
    @Args('input') input: SaveBusinessCaseInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<BusinessCase> {
    const id = await this.saved.save(
      input,
      principal.kind === 'user' ? principal.userId : null,
    );
    return this.saved.get(id);
  }

  @Query(() => BusinessCase, {
    nullable: true,
    description:
      'A saved case (its latest version, or the one asked for) with its current result.',
  })
  @Authorize('organization:read', {
    row: BUSINESS_CASE_ROW,
    id: (args) => args.id,
  })
  businessCase(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int, nullable: true })
    version: number | null,
    @CurrentRequest() req: ApiRequest,
  ): Promise<BusinessCase> {
    return this.saved.getVisibleTo(req, id, version);
  }

  @Query(() => [BusinessCaseSummary], {
    description: 'The organisation’s saved cases, newest first.',
  })
  @Authorize('organization:read', {
    organizationId: (args) => args.organizationId,
  })
  businessCases(
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<BusinessCaseSummary[]> {
    return this.saved.list(organizationId);
  }
}
