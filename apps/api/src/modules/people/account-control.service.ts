import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import {
  ApiTokenEntity,
  UserEntity,
  UserSessionEntity,
} from '@esm-planner/api-data-access-db';
import { AppError } from '../../common/app-error';
import { isUuid } from '../../common/is-uuid';
import { AccessPolicy } from '../auth/access-policy.service';
import { AuthenticationService } from '../auth/authentication.service';
import { ApiRequest } from '../auth/request-context';
import { User } from './dto/user.object';
import { toUser } from './user.mapper';

const ORGANIZATIONS_OF_SQL = `SELECT organization_id FROM membership WHERE user_id = $1`;

/**
 * What an administrator does to a person's account as a whole: disable it
 * (no sign-in; every session ends, API tokens stop matching), enable it
 * again, end their sessions. Accounts are instance-level, so an organisation
 * ADMIN may act only on people all of whose organisations they administer
 * (docs/access.md "People"); the holder of ADMIN_TOKEN on anyone.
 *
 * Each change evicts the person from this process's auth caches after it is
 * committed; other replicas drop them within AUTH_CACHE_TTL_SECONDS.
 */
@Injectable()
export class AccountControlService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly authentication: AuthenticationService,
  ) {}

  async disable(req: ApiRequest, userId: string): Promise<User> {
    await this.requireAdministers(req, userId);
    if (req.principal?.kind === 'user' && req.principal.userId === userId) {
      throw new AppError('FORBIDDEN', 'you cannot disable your own account');
    }
    const user = await this.dataSource.transaction(async (manager) => {
      await manager.update(
        UserEntity,
        { id: userId, disabledAt: IsNull() },
        { disabledAt: new Date() },
      );
      await manager.delete(UserSessionEntity, { userId });
      return manager.findOneByOrFail(UserEntity, { id: userId });
    });
    await this.forget(userId);
    return toUser(user);
  }

  async enable(req: ApiRequest, userId: string): Promise<User> {
    await this.requireAdministers(req, userId);
    await this.dataSource
      .getRepository(UserEntity)
      .update({ id: userId }, { disabledAt: null });
    await this.forget(userId);
    return toUser(
      await this.dataSource
        .getRepository(UserEntity)
        .findOneByOrFail({ id: userId }),
    );
  }

  /** Ends every session of the person (and revokes their API tokens when asked); the number ended. */
  async endSessions(
    req: ApiRequest,
    userId: string,
    revokeApiTokens: boolean,
  ): Promise<number> {
    const own =
      req.principal?.kind === 'user' && req.principal.userId === userId;
    if (!own) await this.requireAdministers(req, userId);
    const ended = await this.dataSource.transaction(async (manager) => {
      const sessions = await manager.delete(UserSessionEntity, { userId });
      const tokens = revokeApiTokens
        ? await manager.update(
            ApiTokenEntity,
            { userId, revokedAt: IsNull() },
            { revokedAt: new Date() },
          )
        : { affected: 0 };
      return (sessions.affected ?? 0) + (tokens.affected ?? 0);
    });
    await this.forget(userId);
    return ended;
  }

  private async forget(userId: string): Promise<void> {
    await Promise.all([
      this.authentication.forgetUser(userId),
      this.policy.forgetMemberships(userId),
    ]);
  }

  /**
   * NOT_FOUND unless the person exists and shares an organisation with the
   * caller (or has none yet: any ADMIN may, as with createUser); FORBIDDEN
   * unless the caller may manage people in every one of theirs.
   */
  private async requireAdministers(
    req: ApiRequest,
    userId: string,
  ): Promise<void> {
    if (
      !isUuid(userId) ||
      !(await this.dataSource
        .getRepository(UserEntity)
        .existsBy({ id: userId }))
    ) {
      throw AppError.notFound('user');
    }
    if (req.principal?.kind === 'instance-admin') return;
    const rows: { organization_id: string }[] = await this.dataSource.query(
      ORGANIZATIONS_OF_SQL,
      [userId],
    );
    if (rows.length === 0)
      return this.policy.requireInAnyOrganization(
        req,
        'organization:manage-people',
      );
    const refusals = await Promise.all(
      rows.map(({ organization_id }) =>
        this.policy
          .requireInOrganization(
            req,
            organization_id,
            'organization:manage-people',
          )
          .then(
            () => null,
            (error: unknown) => error,
          ),
      ),
    );
    const notMember = refusals.filter(
      (error) => error instanceof AppError && error.code === 'NOT_FOUND',
    ).length;
    if (notMember === rows.length) throw AppError.notFound('user');
    const refused = refusals.find((error) => error !== null);
    if (!refused) return;
    if (refused instanceof AppError && refused.code === 'NOT_FOUND') {
      throw new AppError(
        'FORBIDDEN',
        'the person also belongs to an organisation you do not administer',
      );
    }
    throw refused;
  }
}
