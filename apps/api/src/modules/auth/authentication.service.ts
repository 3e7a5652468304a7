import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, MoreThan, Repository } from 'typeorm';
import { ApiTokenEntity, UserSessionEntity } from '@esm-planner/api-data-access-db';
import { APP_CONFIG, AppConfig } from '../../config/env.schema';
import { API_TOKEN_PREFIX, sameSecret, SESSION_TOKEN_PREFIX, tokenDigest } from './bearer-token';
import { Principal } from './principal';

// last_used_at is informative; writing it on every call would turn every
// read into a write, so it is refreshed at most once a minute.
const LAST_USED_RESOLUTION_MS = 60_000;

/** Turns a bearer token into a principal, or null when it is not valid. */
@Injectable()
export class AuthenticationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(UserSessionEntity) private readonly sessions: Repository<UserSessionEntity>,
    @InjectRepository(ApiTokenEntity) private readonly apiTokens: Repository<ApiTokenEntity>,
  ) {}

  async authenticate(token: string | null): Promise<Principal | null> {
    if (!token) return null;
    if (this.config.ADMIN_TOKEN && sameSecret(token, this.config.ADMIN_TOKEN)) {
      return { kind: 'instance-admin' };
    }
    if (token.startsWith(SESSION_TOKEN_PREFIX)) return this.sessionPrincipal(token);
    if (token.startsWith(API_TOKEN_PREFIX)) return this.apiTokenPrincipal(token);
    return null;
  }

  private async sessionPrincipal(token: string): Promise<Principal | null> {
    const session = await this.sessions.findOne({
      where: { tokenHash: tokenDigest(token), expiresAt: MoreThan(new Date()) },
    });
    return session ? { kind: 'user', userId: session.userId, via: 'session', credentialId: session.id } : null;
  }

  private async apiTokenPrincipal(token: string): Promise<Principal | null> {
    const apiToken = await this.apiTokens.findOne({ where: { tokenHash: tokenDigest(token), revokedAt: IsNull() } });
    if (!apiToken) return null;
    const now = Date.now();
    if (!apiToken.lastUsedAt || now - apiToken.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.apiTokens.update({ id: apiToken.id }, { lastUsedAt: new Date(now) });
    }
    return { kind: 'user', userId: apiToken.userId, via: 'api-token', credentialId: apiToken.id };
  }
}
