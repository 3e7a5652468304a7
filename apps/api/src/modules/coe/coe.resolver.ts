import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authorize } from '../auth/authorize.decorator';
import { CurrentRequest } from '../auth/current-principal.decorator';
import { ApiRequest } from '../auth/request-context';
import { CoeService } from './coe.service';
import { Coe, CoeRoleInput } from './dto/coe.object';
import {
  EnhancementRequest,
  EnhancementRequestInput,
} from './dto/enhancement-request.object';
import {
  ProgrammeGovernance,
  ProgrammeGovernanceInput,
} from './dto/programme-governance.object';
import { EnhancementsService } from './enhancements.service';

@Resolver(() => Coe)
export class CoeResolver {
  constructor(private readonly coeService: CoeService) {}

  @Query(() => Coe, {
    nullable: true,
    description:
      'The Centre of Excellence: its seven roles, their assignees and coverage.',
  })
  @Authorize('organization:read', {
    organizationId: (args) => args.organizationId,
  })
  coe(
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<Coe> {
    return this.coeService.coe(organizationId);
  }

  @Mutation(() => Coe, {
    description: 'Adds a person to a CoE role (COE, ADMIN).',
  })
  @Authorize('coe:write', {
    organizationId: (args) => args.input?.organizationId,
  })
  assignCoeRole(@Args('input') input: CoeRoleInput): Promise<Coe> {
    return this.coeService.assign(input);
  }

  @Mutation(() => Coe, {
    description:
      'Removes a person from a CoE role (COE, ADMIN); NOT_FOUND when they are not in it.',
  })
  @Authorize('coe:write', {
    organizationId: (args) => args.input?.organizationId,
  })
  unassignCoeRole(@Args('input') input: CoeRoleInput): Promise<Coe> {
    return this.coeService.unassign(input);
  }

  @Query(() => ProgrammeGovernance, {
    description: 'The executive sponsor and the steering group.',
  })
  @Authorize('organization:read', {
    organizationId: (args) => args.organizationId,
  })
  programmeGovernance(
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<ProgrammeGovernance> {
    return this.coeService.governance(organizationId);
  }

  @Mutation(() => ProgrammeGovernance, {
    description:
      'Names the executive sponsor and the steering group (COE, ADMIN).',
  })
  @Authorize('coe:write', {
    organizationId: (args) => args.input?.organizationId,
  })
  setProgrammeGovernance(
    @Args('input') input: ProgrammeGovernanceInput,
  ): Promise<ProgrammeGovernance> {
    return this.coeService.setGovernance(input);
  }
}

@Resolver(() => EnhancementRequest)
export class EnhancementsResolver {
  constructor(private readonly enhancements: EnhancementsService) {}

  @Query(() => [EnhancementRequest], {
    description:
      'The backlog: open requests ranked by value ÷ effort (ties by age), then declined and done ones.',
  })
  @Authorize('organization:read', {
    organizationId: (args) => args.organizationId,
  })
  enhancementRequests(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentRequest() req: ApiRequest,
  ): Promise<EnhancementRequest[]> {
    return this.enhancements.list(req, organizationId);
  }

  @Mutation(() => EnhancementRequest, {
    description:
      'Files or edits a request; accept / decline (reason required) / done are the CoE’s.',
  })
  @Authorize('enhancement:write', {
    departmentId: (args) => args.input?.departmentId,
  })
  upsertEnhancementRequest(
    @Args('input') input: EnhancementRequestInput,
    @CurrentRequest() req: ApiRequest,
  ): Promise<EnhancementRequest> {
    return this.enhancements.upsert(req, input);
  }
}
