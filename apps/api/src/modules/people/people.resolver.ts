import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize } from '../auth/authorize.decorator';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { CreateUserInput } from './dto/create-user.input';
import { Membership } from './dto/membership.object';
import { MembershipInput } from './dto/membership.input';
import { User } from './dto/user.object';
import { PeopleService } from './people.service';

@Resolver(() => User)
export class PeopleResolver {
  constructor(private readonly people: PeopleService) {}

  @Query(() => User, { description: 'The caller.' })
  me(@CurrentPrincipal() principal: Principal): Promise<User> {
    return this.people.me(principal);
  }

  @Mutation(() => User, { description: 'Creates an account (instance administrators and organisation ADMINs).' })
  @Authorize('organization:manage-people', { anyOrganization: true })
  createUser(@Args('input') input: CreateUserInput): Promise<User> {
    return this.people.createUser(input);
  }

  @Mutation(() => Membership, { description: 'Gives a person a role in an organisation, replacing any role they had.' })
  @Authorize('organization:manage-people', { organizationId: (args) => args.input?.organizationId })
  addMembership(@Args('input') input: MembershipInput): Promise<Membership> {
    return this.people.setMembership(input);
  }

  @ResolveField(() => [Membership], { description: 'Visible on `me` only; empty for other users.' })
  memberships(@Parent() user: User, @CurrentPrincipal() principal: Principal): Promise<Membership[]> {
    const isCaller = principal.kind === 'user' && principal.userId === user.id;
    return isCaller ? this.people.membershipsOf(user.id) : Promise.resolve([]);
  }
}
