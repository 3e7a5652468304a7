import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, LessThan, Repository } from 'typeorm';
import {
  ApiTokenEntity,
  UserEntity,
  UserSessionEntity,
} from '@esm-planner/api-data-access-db';
import { AppError } from '../../common/app-error';
import { isUuid } from '../../common/is-uuid';
import { APP_CONFIG, AppConfig } from '../../config/env.schema';
import { normaliseEmail } from '../people/user-draft';
import { toUser } from '../people/user.mapper';
import {
  API_TOKEN_PREFIX,
  newToken,
  SESSION_TOKEN_PREFIX,
  tokenDigest,
} from './bearer-token';
import { AuthenticationService } from './authentication.service';
import { ApiToken, ApiTokenSecret } from './dto/api-token.object';
import { Session } from './dto/session.object';
import { hashPassword, needsRehash, verifyPassword } from './password-hasher';
import { Principal } from './principal';
import { RateLimitsService } from './rate-limits.service';

const MAX_TOKEN_NAME_LENGTH = 100;

@Injectable()
export class AuthService {
  // Verifying against a real hash when the e-mail is unknown keeps the
  // response time the same, so timing does not reveal which accounts exist.
  private readonly decoyHash = hashPassword(
    'decoy password for unknown accounts',
  );

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(UserEntity)
    private readonly users: Repository<UserEntity>,
    @InjectRepository(UserSessionEntity)
    private readonly sessions: Repository<UserSessionEntity>,
    @InjectRepository(ApiTokenEntity)
    private readonly apiTokens: Repository<ApiTokenEntity>,
    private readonly authentication: AuthenticationService,
    private readonly rateLimits: RateLimitsService,
  ) {}

  async login(
    email: string,
    password: string,
    clientAddress: string,
  ): Promise<Session> {
    const normalised = normaliseEmail(email);
    // Counted before the password is hashed: parallel guesses cannot get past the limit.
    const attempt = await this.rateLimits.beginSignIn(
      normalised,
      clientAddress,
    );
    const user = await this.users.findOneBy({ email: normalised });
    const valid = await verifyPassword(
      password,
      user?.passwordHash ?? (await this.decoyHash),
    );
    if (!user || !valid)
      throw new AppError('UNAUTHENTICATED', 'wrong e-mail or password');
    // Said only to whoever knows the password; the attempt stays counted.
    if (user.disabledAt)
      throw new AppError('UNAUTHENTICATED', 'this account is disabled');
    await attempt.succeeded();
    if (needsRehash(user.passwordHash)) {
      // The only moment the password is at hand: an old scrypt hash (or
      // weaker argon2 parameters) becomes today's argon2id. Conditional, so
      // two sign-ins at once rehash once.
      await this.users.update(
        { id: user.id, passwordHash: user.passwordHash },
        { passwordHash: await hashPassword(password) },
      );
    }
    return this.startSession(user);
  }

  /** A new dashboard session for the person (after a sign-in, or the first run's setup). */
  async startSession(user: UserEntity): Promise<Session> {
    // Expired sessions are swept here rather than by a timer: logins are rare.
    await this.sessions.delete({
      userId: user.id,
      expiresAt: LessThan(new Date()),
    });
    const token = newToken(SESSION_TOKEN_PREFIX);
    const expiresAt = new Date(
      Date.now() + this.config.SESSION_TTL_HOURS * 3_600_000,
    );
    await this.sessions.insert({
      userId: user.id,
      tokenHash: tokenDigest(token),
      expiresAt,
    });
    return { token, expiresAt, user: toUser(user) };
  }

  /** Ends the caller's session; an API token or the admin token has none. */
  async logout(principal: Principal): Promise<boolean> {
    if (principal.kind !== 'user' || principal.via !== 'session') return false;
    const result = await this.sessions.delete({ id: principal.credentialId });
    // After the delete, so a lookup racing it cannot put the session back.
    await this.authentication.forget(principal.credentialId);
    return (result.affected ?? 0) > 0;
  }

  async createApiToken(
    principal: Principal,
    name: string,
  ): Promise<ApiTokenSecret> {
    const userId = this.personal(principal);
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > MAX_TOKEN_NAME_LENGTH) {
      throw AppError.badInput([
        {
          field: 'name',
          message: `name must be 1 to ${MAX_TOKEN_NAME_LENGTH} characters`,
        },
      ]);
    }
    const token = newToken(API_TOKEN_PREFIX);
    const row = await this.apiTokens.save(
      this.apiTokens.create({
        userId,
        name: trimmed,
        tokenHash: tokenDigest(token),
      }),
    );
    return { id: row.id, name: row.name, token };
  }

  async listApiTokens(principal: Principal): Promise<ApiToken[]> {
    if (principal.kind !== 'user') return [];
    const rows = await this.apiTokens.find({
      where: { userId: principal.userId, revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
    return rows.map(({ id, name, createdAt, lastUsedAt }) => ({
      id,
      name,
      createdAt,
      lastUsedAt,
    }));
  }

  /** Revokes one of the caller's own tokens; anyone else's is not found. */
  async revokeApiToken(principal: Principal, id: string): Promise<boolean> {
    const userId = this.personal(principal);
    if (!isUuid(id)) throw AppError.notFound('API token');
    const result = await this.apiTokens.update(
      { id, userId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    if ((result.affected ?? 0) === 0) throw AppError.notFound('API token');
    await this.authentication.forget(id);
    return true;
  }

  private personal(principal: Principal): string {
    if (principal.kind !== 'user') {
      throw new AppError(
        'FORBIDDEN',
        'the instance administrator has no personal API tokens; create a user',
      );
    }
    return principal.userId;
  }
}
