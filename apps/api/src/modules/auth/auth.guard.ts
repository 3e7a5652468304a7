import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../../common/app-error';
import { isUuid } from '../../common/is-uuid';
import { AccessPolicy } from './access-policy.service';
import { AuthenticationService } from './authentication.service';
import { AUTHORIZE_RULE, AuthorizeRule } from './authorize.decorator';
import { bearerToken } from './bearer-token';
import { requestOf } from './current-principal.decorator';
import { IS_PUBLIC } from './public.decorator';
import { RateLimitsService } from './rate-limits.service';
import { ApiRequest } from './request-context';

/**
 * Global guard: every resolver and route needs a valid bearer token unless it
 * is marked @Public(), and then passes its @Authorize rule, if any.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authentication: AuthenticationService,
    private readonly policy: AccessPolicy,
    private readonly rateLimits: RateLimitsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = requestOf(context);
    // Once per request, however many resolvers it reaches (they may run at once).
    req.identified ??= this.identify(req);
    await req.identified;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets))
      return true;
    if (req.authRefusal) throw req.authRefusal;
    if (!req.principal)
      throw new AppError(
        'UNAUTHENTICATED',
        'a valid session or API token is required',
      );

    const rule = this.reflector.get<AuthorizeRule | undefined>(
      AUTHORIZE_RULE,
      context.getHandler(),
    );
    if (!rule) return true;
    const args =
      context.getType<string>() === 'graphql'
        ? (context.getArgByIndex(1) ?? {})
        : {};
    const { permission, target } = rule;
    if ('anyOrganization' in target) {
      await this.policy.requireInAnyOrganization(req, permission);
    } else if ('row' in target) {
      await this.policy.requireOnRow(
        req,
        target.row,
        target.id(args),
        permission,
      );
    } else if ('organizationId' in target) {
      const organizationId = target.organizationId(args);
      // An id that cannot exist is simply not found, like any other.
      if (!isUuid(organizationId)) throw AppError.notFound('organization');
      await this.policy.requireInOrganization(req, organizationId, permission);
    } else {
      const departmentId = target.departmentId(args);
      if (!isUuid(departmentId)) throw AppError.notFound('department');
      await this.policy.requireOnDepartment(req, departmentId, permission);
    }
    return true;
  }

  /**
   * Sets the caller, counting a bearer token that matches nothing against the
   * client address (docs/security.md): once the address is over its limit,
   * every token it sends is refused without being looked up. A public route
   * (login, /health) still answers such a client, as anonymous.
   */
  private async identify(req: ApiRequest): Promise<void> {
    // Set beforehand (tests and internal callers): nothing to look up.
    if (req.principal !== undefined) return;
    const token = bearerToken(req.headers.authorization);
    if (!token) {
      req.principal = null;
      return;
    }
    const address = req.ip ?? 'unknown';
    try {
      this.rateLimits.refuseBlockedTokenAddress(address);
      req.principal = await this.authentication.authenticate(token);
      if (!req.principal) await this.rateLimits.tokenFailed(address);
    } catch (error) {
      req.principal = null;
      if (!(error instanceof AppError)) throw error;
      req.authRefusal = error;
    }
  }
}
