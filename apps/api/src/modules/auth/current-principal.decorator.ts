import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError } from '../../common/app-error';
import type { Principal } from './principal';
import type { ApiRequest } from './request-context';

export function requestOf(context: ExecutionContext): ApiRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: ApiRequest }>()
      .req;
  }
  return context.switchToHttp().getRequest<ApiRequest>();
}

/** The authenticated caller (the guard has already refused anonymous ones). */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => {
    const principal = requestOf(context).principal;
    if (!principal)
      throw new AppError('UNAUTHENTICATED', 'authentication required');
    return principal;
  },
);

/** The raw request, for services that consult the access policy. */
export const CurrentRequest = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ApiRequest => requestOf(context),
);
