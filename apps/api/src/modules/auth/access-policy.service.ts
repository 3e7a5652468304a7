import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  authorize,
  isRole,
  OrganizationGrant,
  Permission,
  ROLE_PERMISSIONS,
  visibleDepartmentIds,
} from '@esm-planner/domain-access';
import { AppError } from '../../common/app-error';
import { Clock } from '../../common/clock';
import type { DepartmentKey } from '../../common/department-key';
import { isUuid } from '../../common/is-uuid';
import { TtlCache } from '../../common/ttl-cache';
import { APP_CONFIG, AppConfig } from '../../config/env.schema';
import type { OwningRow } from './authorize.decorator';
import { CacheEvictions } from './cache-evictions';
import { Principal } from './principal';
import { ApiRequest } from './request-context';

const NO_GRANT: OrganizationGrant = { instanceAdmin: false, membership: null };
// Bounds of the caches below: (person, organisation) pairs and departments.
const MAX_CACHED_GRANTS = 10_000;
const MAX_CACHED_DEPARTMENTS = 50_000;

// Plain SQL: these run for nearly every request.
const GRANT_SQL = `
SELECT m.role, coalesce(array_agg(md.department_id::text) FILTER (WHERE md.department_id IS NOT NULL), '{}') AS department_ids
  FROM membership m
  LEFT JOIN membership_department md ON md.organization_id = m.organization_id AND md.membership_id = m.id
 WHERE m.user_id = $1 AND m.organization_id = $2
 GROUP BY m.id, m.role`;
const ROLES_SQL = `SELECT role FROM membership WHERE user_id = $1`;
const DEPARTMENT_ORGANIZATION_SQL = `SELECT organization_id FROM department WHERE id = $1`;

/**
 * Role and department-scope checks, in one place. The rules themselves are
 * the pure `authorize` of libs/domain/access; this service loads what they
 * need (the caller's membership, a department's organisation) and turns a
 * refusal into NOT_FOUND or FORBIDDEN.
 *
 * Both are cached in this process: a department never changes organisation,
 * so that is kept (bounded); a membership for AUTH_CACHE_TTL_SECONDS, and
 * evicted at once by `forgetMemberships` whenever this API changes one.
 */
@Injectable()
export class AccessPolicy {
  private readonly grants: TtlCache<string, OrganizationGrant>;
  private readonly departmentOrganizations: TtlCache<string, string | null>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    clock: Clock,
    private readonly evictions: CacheEvictions,
  ) {
    const now = () => clock.now();
    this.grants = new TtlCache({
      ttlMs: config.AUTH_CACHE_TTL_SECONDS * 1000,
      maxEntries: MAX_CACHED_GRANTS,
      now,
    });
    this.departmentOrganizations = new TtlCache({
      ttlMs: Infinity,
      maxEntries: MAX_CACHED_DEPARTMENTS,
      now,
    });
    evictions.on((eviction) => {
      if (eviction.kind !== 'memberships') return;
      const prefix = grantKey(eviction.userId, '');
      this.grants.deleteWhere((key) => key.startsWith(prefix));
    });
  }

  /** Evicts the person's cached memberships in this start's processes (after a role or department scope change is committed). */
  forgetMemberships(userId: string): Promise<void> {
    return this.evictions.evict({ kind: 'memberships', userId });
  }

  grantFor(
    req: ApiRequest,
    organizationId: string,
  ): Promise<OrganizationGrant> {
    if (!isUuid(organizationId)) return Promise.resolve(NO_GRANT);
    req.grantCache ??= new Map();
    let grant = req.grantCache.get(organizationId);
    if (!grant) {
      grant = this.loadGrant(req.principal ?? null, organizationId);
      req.grantCache.set(organizationId, grant);
    }
    return grant;
  }

  /** Throws NOT_FOUND or FORBIDDEN unless the caller holds the permission. */
  async requireInOrganization(
    req: ApiRequest,
    organizationId: string,
    permission: Permission,
    departmentId?: string,
  ): Promise<void> {
    const decision = authorize({
      grant: await this.grantFor(req, organizationId),
      permission,
      departmentId,
    });
    if (!decision.allowed) {
      throw decision.code === 'NOT_FOUND'
        ? AppError.notFound('organization')
        : new AppError('FORBIDDEN', decision.reason);
    }
  }

  /** Loads the department's organisation, then checks as above. */
  async requireOnDepartment(
    req: ApiRequest,
    departmentId: string,
    permission: Permission,
  ): Promise<string> {
    const organizationId = await this.organizationOf(departmentId);
    if (!organizationId) throw AppError.notFound('department');
    const decision = authorize({
      grant: await this.grantFor(req, organizationId),
      permission,
      departmentId,
    });
    if (!decision.allowed) {
      throw decision.code === 'NOT_FOUND'
        ? AppError.notFound('department')
        : new AppError('FORBIDDEN', decision.reason);
    }
    return organizationId;
  }

  /**
   * Checks the permission on the row's department, or on its organisation
   * when the row has none; NOT_FOUND names the row, whether it is missing or
   * in an organisation the caller cannot see.
   */
  async requireOnRow(
    req: ApiRequest,
    row: OwningRow,
    id: string | undefined,
    permission: Permission,
  ): Promise<void> {
    const [owner]: { organization_id: string; department_id: string | null }[] =
      isUuid(id) ? await this.dataSource.query(row.ownerSql, [id]) : [];
    if (!owner) throw AppError.notFound(row.name);
    const check = owner.department_id
      ? this.requireOnDepartment(req, owner.department_id, permission)
      : this.requireInOrganization(req, owner.organization_id, permission);
    await check.catch((error: unknown) => {
      throw error instanceof AppError && error.code === 'NOT_FOUND'
        ? AppError.notFound(row.name)
        : error;
    });
  }

  /** The department's organisation (immutable, so cached), or null when there is no such department. */
  organizationOf(departmentId: string): Promise<string | null> {
    if (!isUuid(departmentId)) return Promise.resolve(null);
    return this.departmentOrganizations.getOrLoad(
      departmentId,
      async () => {
        const [row]: { organization_id: string }[] =
          await this.dataSource.query(DEPARTMENT_ORGANIZATION_SQL, [
            departmentId,
          ]);
        return row?.organization_id ?? null;
      },
      // A department that does not exist yet is not remembered as missing.
      { keep: (organizationId) => organizationId !== null },
    );
  }

  /**
   * The department's key (its organisation and id) for the reads that name
   * both, from the id a client gave; NOT_FOUND when there is no such
   * department. After @Authorize checked the department, a cache hit.
   */
  async departmentKey(departmentId: string): Promise<DepartmentKey> {
    const organizationId = await this.organizationOf(departmentId);
    if (!organizationId) throw AppError.notFound('department');
    return { organizationId, id: departmentId };
  }

  /** For instance-level operations: the permission in at least one organisation. */
  async requireInAnyOrganization(
    req: ApiRequest,
    permission: Permission,
  ): Promise<void> {
    const principal = req.principal;
    if (principal?.kind === 'instance-admin') return;
    if (principal?.kind === 'user') {
      const memberships: { role: string }[] = await this.dataSource.query(
        ROLES_SQL,
        [principal.userId],
      );
      if (
        memberships.some(
          (m) => isRole(m.role) && ROLE_PERMISSIONS[m.role].has(permission),
        )
      )
        return;
    }
    throw new AppError(
      'FORBIDDEN',
      `only an organisation administrator may do ${permission}`,
    );
  }

  /**
   * For a department-scoped permission at the organisation level (an import
   * that may touch several departments): 'ALL', or the department head's own
   * departments. Throws NOT_FOUND or FORBIDDEN when the caller has neither.
   */
  async departmentScope(
    req: ApiRequest,
    organizationId: string,
    permission: Permission,
  ): Promise<'ALL' | string[]> {
    const grant = await this.grantFor(req, organizationId);
    const whole = authorize({ grant, permission });
    if (whole.allowed) return 'ALL';
    const own =
      grant.membership?.role === 'DEPARTMENT_HEAD'
        ? [...grant.membership.departmentIds]
        : [];
    if (own.length > 0 && ROLE_PERMISSIONS.DEPARTMENT_HEAD.has(permission))
      return own;
    throw whole.code === 'NOT_FOUND'
      ? AppError.notFound('organization')
      : new AppError('FORBIDDEN', whole.reason);
  }

  /** The departments whose rows the caller may list in an organisation. */
  async visibleDepartments(
    req: ApiRequest,
    organizationId: string,
  ): Promise<'ALL' | readonly string[]> {
    return visibleDepartmentIds(await this.grantFor(req, organizationId));
  }

  private async loadGrant(
    principal: Principal | null,
    organizationId: string,
  ): Promise<OrganizationGrant> {
    if (!principal) return NO_GRANT;
    if (principal.kind === 'instance-admin')
      return { instanceAdmin: true, membership: null };
    return this.grants.getOrLoad(
      grantKey(principal.userId, organizationId),
      async () => {
        const [row]: { role: string; department_ids: string[] }[] =
          await this.dataSource.query(GRANT_SQL, [
            principal.userId,
            organizationId,
          ]);
        if (!row || !isRole(row.role)) return NO_GRANT;
        return {
          instanceAdmin: false,
          membership: { role: row.role, departmentIds: row.department_ids },
        };
      },
    );
  }
}

function grantKey(userId: string, organizationId: string): string {
  return `${userId}/${organizationId}`;
}
