import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import {
  authorize,
  isRole,
  OrganizationGrant,
  Permission,
  ROLE_PERMISSIONS,
  visibleDepartmentIds,
} from '@esm-planner/domain-access';
import { DepartmentEntity, MembershipEntity } from '@esm-planner/api-data-access-db';
import { AppError } from '../../common/app-error';
import { isUuid } from '../../common/is-uuid';
import { Principal } from './principal';
import { ApiRequest } from './request-context';

const NO_GRANT: OrganizationGrant = { instanceAdmin: false, membership: null };

/**
 * Role and department-scope checks, in one place. The rules themselves are
 * the pure `authorize` of libs/domain/access; this service loads what they
 * need (the caller's membership, a department's organisation) and turns a
 * refusal into NOT_FOUND or FORBIDDEN.
 */
@Injectable()
export class AccessPolicy {
  constructor(
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    @InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>,
  ) {}

  grantFor(req: ApiRequest, organizationId: string): Promise<OrganizationGrant> {
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
    const decision = authorize({ grant: await this.grantFor(req, organizationId), permission, departmentId });
    if (!decision.allowed) {
      throw decision.code === 'NOT_FOUND'
        ? AppError.notFound('organization')
        : new AppError('FORBIDDEN', decision.reason);
    }
  }

  /** Loads the department's organisation, then checks as above. */
  async requireOnDepartment(req: ApiRequest, departmentId: string, permission: Permission): Promise<string> {
    const department = await this.departments.findOne({
      where: { id: departmentId },
      select: { id: true, organizationId: true },
    });
    if (!department) throw AppError.notFound('department');
    const decision = authorize({
      grant: await this.grantFor(req, department.organizationId),
      permission,
      departmentId,
    });
    if (!decision.allowed) {
      throw decision.code === 'NOT_FOUND' ? AppError.notFound('department') : new AppError('FORBIDDEN', decision.reason);
    }
    return department.organizationId;
  }

  /** For instance-level operations: the permission in at least one organisation. */
  async requireInAnyOrganization(req: ApiRequest, permission: Permission): Promise<void> {
    const principal = req.principal;
    if (principal?.kind === 'instance-admin') return;
    if (principal?.kind === 'user') {
      const memberships = await this.memberships.find({ where: { userId: principal.userId } });
      if (memberships.some((m) => isRole(m.role) && ROLE_PERMISSIONS[m.role].has(permission))) return;
    }
    throw new AppError('FORBIDDEN', `only an organisation administrator may do ${permission}`);
  }

  /**
   * For a department-scoped permission at the organisation level (an import
   * that may touch several departments): 'ALL', or the department head's own
   * departments. Throws NOT_FOUND or FORBIDDEN when the caller has neither.
   */
  async departmentScope(req: ApiRequest, organizationId: string, permission: Permission): Promise<'ALL' | string[]> {
    const grant = await this.grantFor(req, organizationId);
    const whole = authorize({ grant, permission });
    if (whole.allowed) return 'ALL';
    const own = grant.membership?.role === 'DEPARTMENT_HEAD' ? [...grant.membership.departmentIds] : [];
    if (own.length > 0 && ROLE_PERMISSIONS.DEPARTMENT_HEAD.has(permission)) return own;
    throw whole.code === 'NOT_FOUND' ? AppError.notFound('organization') : new AppError('FORBIDDEN', whole.reason);
  }

  /** The departments whose rows the caller may list in an organisation. */
  async visibleDepartments(req: ApiRequest, organizationId: string): Promise<'ALL' | readonly string[]> {
    return visibleDepartmentIds(await this.grantFor(req, organizationId));
  }

  private async loadGrant(principal: Principal | null, organizationId: string): Promise<OrganizationGrant> {
    if (!principal) return NO_GRANT;
    if (principal.kind === 'instance-admin') return { instanceAdmin: true, membership: null };
    const membership = await this.memberships.findOne({
      where: { userId: principal.userId, organizationId },
      relations: { departments: true },
    });
    if (!membership || !isRole(membership.role)) return NO_GRANT;
    return {
      instanceAdmin: false,
      membership: {
        role: membership.role,
        departmentIds: (membership.departments ?? []).map((link) => link.departmentId),
      },
    };
  }
}
