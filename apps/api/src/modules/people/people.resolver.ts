import {
  Args,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Authorize } from '../auth/authorize.decorator';
import {
  CurrentPrincipal,
  CurrentRequest,
} from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { ApiRequest } from '../auth/request-context';
import { AccountControlService } from './account-control.service';
import { CreateUserInput } from './dto/create-user.input';
import { Membership } from './dto/membership.object';
import { MembershipInput } from './dto/membership.input';
import { OrganizationMember } from './dto/organization-member.object';
import { User } from './dto/user.object';
import { PeopleService } from './people.service';

@Resolver(() => User)
export class PeopleResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly accounts: AccountControlService,
  ) {}

  @Query(() => User, { description: 'The caller.' })
  me(@CurrentPrincipal() principal: Principal): Promise<User> {
    return this.people.me(principal);
  }

  @Mutation(() => User, {
    description:
      'Creates an account (instance administrators and organisation ADMINs).',
  })
  @Authorize('organization:manage-people', { anyOrganization: true })
  createUser(@Args('input') input: CreateUserInput): Promise<User> {
    return this.people.createUser(input);
  }

  @Mutation(() => Membership, {
    description:
      'Gives a person a role in an organisation, replacing any role they had.',
  })
  @Authorize('organization:manage-people', {
    organizationId: (args) => args.input?.organizationId,
  })
  addMembership(@Args('input') input: MembershipInput): Promise<Membership> {
    return this.people.setMembership(input);
  }

  @Query(() => [OrganizationMember], {
    description: 'Everyone with a role in the organisation (ADMIN).',
  })
  @Authorize('organization:manage-people', {
    organizationId: (args) => args.organizationId,
  })
  organizationMembers(
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<OrganizationMember[]> {
    return this.people.members(organizationId);
  }

  @Mutation(() => Boolean, {
    description:
      'Takes the person’s role in the organisation away (ADMIN). The last ADMIN cannot be removed (CONFLICT).',
  })
  @Authorize('organization:manage-people', {
    organizationId: (args) => args.organizationId,
  })
  removeMembership(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<boolean> {
    return this.people.removeMembership(organizationId, userId);
  }

  @Mutation(() => User, {
    description:
      'Disables an account: no sign-in, every session ends and no API token of theirs works (ADMIN of every organisation the person belongs to).',
  })
  @Authorize('organization:manage-people', { anyOrganization: true })
  disableUser(
    @Args('userId', { type: () => ID }) userId: string,
    @CurrentRequest() req: ApiRequest,
  ): Promise<User> {
    return this.accounts.disable(req, userId);
  }

  @Mutation(() => User, {
    description:
      'Enables a disabled account again; its API tokens work again, its old sessions stay ended.',
  })
  @Authorize('organization:manage-people', { anyOrganization: true })
  enableUser(
    @Args('userId', { type: () => ID }) userId: string,
    @CurrentRequest() req: ApiRequest,
  ): Promise<User> {
    return this.accounts.enable(req, userId);
  }

  @Mutation(() => Int, {
    description:
      'Ends every session of the person (and revokes their API tokens when asked); the number ended. Anyone for themselves; ADMIN for others.',
  })
  endSessions(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('revokeApiTokens', { defaultValue: false }) revokeApiTokens: boolean,
    @CurrentRequest() req: ApiRequest,
  ): Promise<number> {
    return this.accounts.endSessions(req, userId, revokeApiTokens);
  }

  @ResolveField(() => [Membership], {
    description: 'Visible on `me` only; empty for other users.',
  })
  memberships(
    @Parent() user: User,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Membership[]> {
    const isCaller = principal.kind === 'user' && principal.userId === user.id;
    return isCaller ? this.people.membershipsOf(user.id) : Promise.resolve([]);
  }
}
