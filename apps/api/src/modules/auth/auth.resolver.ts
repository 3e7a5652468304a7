import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthService } from './auth.service';
import {
  CurrentPrincipal,
  CurrentRequest,
} from './current-principal.decorator';
import { ApiToken, ApiTokenSecret } from './dto/api-token.object';
import { Session } from './dto/session.object';
import { Principal } from './principal';
import { Public } from './public.decorator';
import { ApiRequest } from './request-context';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => Session, { description: 'Starts a dashboard session.' })
  login(
    @Args('email') email: string,
    @Args('password') password: string,
    @CurrentRequest() req: ApiRequest,
  ): Promise<Session> {
    return this.auth.login(email, password, req.ip ?? 'unknown');
  }

  @Mutation(() => Boolean, { description: 'Ends the session that sent it.' })
  logout(@CurrentPrincipal() principal: Principal): Promise<boolean> {
    return this.auth.logout(principal);
  }

  @Mutation(() => ApiTokenSecret, {
    description: 'A personal API token for scripts; the secret is shown once.',
  })
  createApiToken(
    @CurrentPrincipal() principal: Principal,
    @Args('name') name: string,
  ): Promise<ApiTokenSecret> {
    return this.auth.createApiToken(principal, name);
  }

  @Mutation(() => Boolean)
  revokeApiToken(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.auth.revokeApiToken(principal, id);
  }

  @Query(() => [ApiToken], {
    description: 'The caller’s active API tokens (without secrets).',
  })
  apiTokens(@CurrentPrincipal() principal: Principal): Promise<ApiToken[]> {
    return this.auth.listApiTokens(principal);
  }
}
