import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentRequest } from '../auth/current-principal.decorator';
import { Session } from '../auth/dto/session.object';
import { Public } from '../auth/public.decorator';
import { ApiRequest } from '../auth/request-context';
import { CompleteSetupInput } from './dto/complete-setup.input';
import { SetupStatus } from './dto/setup-status.object';
import { SetupService } from './setup.service';

@Resolver()
export class SetupResolver {
  constructor(private readonly setup: SetupService) {}

  @Public()
  @Query(() => SetupStatus, {
    description:
      'Answers anyone: whether the setup page replaces the sign-in form (no user exists yet).',
  })
  async setupStatus(): Promise<SetupStatus> {
    return { required: await this.setup.required() };
  }

  @Public()
  @Mutation(() => Session, {
    description:
      'Creates the first ADMIN and the first organisation, and signs them in. FORBIDDEN for a wrong setup code (counted like a failed sign-in); CONFLICT once any user exists.',
  })
  completeSetup(
    @Args('input') input: CompleteSetupInput,
    @CurrentRequest() req: ApiRequest,
  ): Promise<Session> {
    return this.setup.complete(input, req.ip ?? 'unknown');
  }
}
