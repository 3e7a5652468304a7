import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { TtlCache } from '../../common/ttl-cache';
import { APP_CONFIG, AppConfig } from '../../config/env.schema';
import {
  API_TOKEN_PREFIX,
  secretMatcher,
  SESSION_TOKEN_PREFIX,
  tokenDigest,
} from './bearer-token';
import { CacheEvictions } from './cache-evictions';
import { Principal } from './principal';

// last_used_at is informative; writing it on every call would turn every
// read into a write, so it is refreshed at most once a minute.
const LAST_USED_RESOLUTION_MS = 60_000;
// Tokens in use at once on one replica; a few hundred bytes each.
const MAX_CACHED_TOKENS = 10_000;

// One indexed lookup each (token_hash is unique); plain SQL, because this
// runs on every request and TypeORM's query building cost more than the query.
// A disabled account's credentials match nothing (the join on app_user's key).
const SESSION_SQL = `SELECT s.id, s.user_id, s.expires_at FROM user_session s JOIN app_user u ON u.id = s.user_id
 WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled_at IS NULL`;
const API_TOKEN_SQL = `SELECT t.id, t.user_id, t.last_used_at FROM api_token t JOIN app_user u ON u.id = t.user_id
 WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.disabled_at IS NULL`;
const TOUCH_API_TOKEN_SQL = `UPDATE api_token SET last_used_at = $2 WHERE id = $1`;

type UserPrincipal = Extract<Principal, { kind: 'user' }>;
/** What a token resolved to, cached by its digest. */
type Credential = {
  principal: UserPrincipal;
  /** Sessions: when it ends (never served from the cache after). API tokens: Infinity. */
  expiresAt: number;
  /** API tokens: when last_used_at was last written. */
  lastUsedAt: number | null;
};

/**
 * Turns a bearer token into a principal, or null when it is not valid.
 * Lookups are cached for AUTH_CACHE_TTL_SECONDS by token digest; `forget`
 * evicts a credential at once (logout, revocation).
 */
@Injectable()
export class AuthenticationService {
  private readonly credentials: TtlCache<string, Credential | null>;
  private readonly isAdminToken: (token: string) => boolean;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly evictions: CacheEvictions,
  ) {
    this.credentials = new TtlCache({
      ttlMs: config.AUTH_CACHE_TTL_SECONDS * 1000,
      maxEntries: MAX_CACHED_TOKENS,
      now: () => clock.now(),
    });
    evictions.on((eviction) => {
      if (eviction.kind === 'credential')
        this.credentials.deleteWhere(
          (_digest, credential) =>
            credential?.principal.credentialId === eviction.credentialId,
        );
      else if (eviction.kind === 'user')
        this.credentials.deleteWhere(
          (_digest, credential) =>
            credential?.principal.userId === eviction.userId,
        );
    });
    const { ADMIN_TOKEN } = config;
    this.isAdminToken = ADMIN_TOKEN ? secretMatcher(ADMIN_TOKEN) : () => false;
  }

  async authenticate(token: string | null): Promise<Principal | null> {
    if (!token) return null;
    if (this.isAdminToken(token)) return { kind: 'instance-admin' };
    const isSession = token.startsWith(SESSION_TOKEN_PREFIX);
    if (!isSession && !token.startsWith(API_TOKEN_PREFIX)) return null;
    const digest = tokenDigest(token);
    const credential = await this.credentials.getOrLoad(
      digest,
      () => (isSession ? this.loadSession(digest) : this.loadApiToken(digest)),
      {
        keep: (found) => found !== null,
        notAfter: (found) => found?.expiresAt ?? 0,
      },
    );
    const now = this.clock.now();
    // The cache already drops an entry at its expiry; this is the rule itself.
    if (!credential || credential.expiresAt <= now) return null;
    if (credential.principal.via === 'api-token')
      await this.touchApiToken(credential, now);
    return credential.principal;
  }

  /** Evicts a session or API token from the caches of this start's processes (logout, revocation). */
  forget(credentialId: string): Promise<void> {
    return this.evictions.evict({ kind: 'credential', credentialId });
  }

  /** Evicts every session and API token of the person (disableUser, endSessions). */
  forgetUser(userId: string): Promise<void> {
    return this.evictions.evict({ kind: 'user', userId });
  }

  private async loadSession(digest: string): Promise<Credential | null> {
    const [row]: { id: string; user_id: string; expires_at: Date }[] =
      await this.dataSource.query(SESSION_SQL, [
        digest,
        new Date(this.clock.now()),
      ]);
    if (!row) return null;
    return {
      principal: {
        kind: 'user',
        userId: row.user_id,
        via: 'session',
        credentialId: row.id,
      },
      expiresAt: row.expires_at.getTime(),
      lastUsedAt: null,
    };
  }

  private async loadApiToken(digest: string): Promise<Credential | null> {
    const [row]: { id: string; user_id: string; last_used_at: Date | null }[] =
      await this.dataSource.query(API_TOKEN_SQL, [digest]);
    if (!row) return null;
    return {
      principal: {
        kind: 'user',
        userId: row.user_id,
        via: 'api-token',
        credentialId: row.id,
      },
      expiresAt: Infinity,
      lastUsedAt: row.last_used_at?.getTime() ?? null,
    };
  }

  private async touchApiToken(
    credential: Credential,
    now: number,
  ): Promise<void> {
    if (
      credential.lastUsedAt !== null &&
      now - credential.lastUsedAt <= LAST_USED_RESOLUTION_MS
    )
      return;
    // Set first, so concurrent requests with the token write once.
    credential.lastUsedAt = now;
    await this.dataSource.query(TOUCH_API_TOKEN_SQL, [
      credential.principal.credentialId,
      new Date(now),
    ]);
  }
}
