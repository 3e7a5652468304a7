import { Injectable } from '@nestjs/common';
import { readiness } from '@esm-planner/domain-maturity';
import { AccessPolicy } from '../auth/access-policy.service';
import { ApiRequest } from '../auth/request-context';
import { Readiness } from './dto/readiness.object';
import { ProgrammeScopeService } from './programme-scope.service';
import { readinessFacts } from './scope-facts';

@Injectable()
export class ReadinessService {
  constructor(
    private readonly scopes: ProgrammeScopeService,
    private readonly policy: AccessPolicy,
  ) {}

  /** A department's readiness to start (the guard has checked department:read). */
  async forDepartmentId(
    req: ApiRequest,
    departmentId: string,
  ): Promise<Readiness> {
    const organizationId = await this.policy.requireOnDepartment(
      req,
      departmentId,
      'department:read',
    );
    return this.forDepartment(organizationId, departmentId);
  }

  async forDepartment(
    organizationId: string,
    departmentId: string,
  ): Promise<Readiness> {
    const scope = await this.scopes.load(organizationId, departmentId);
    const result = readiness(
      readinessFacts(scope, await this.scopes.latestCaseBudget(organizationId)),
    );
    return { organizationId, departmentId, ...result };
  }

  /**
   * The programme's readiness over every department. A department head sees
   * it over their own departments only: the reasons name departments and
   * their request types, which are other departments' rows.
   */
  async forProgramme(
    req: ApiRequest,
    organizationId: string,
  ): Promise<Readiness> {
    const visible = await this.policy.visibleDepartments(req, organizationId);
    const scope = await this.scopes.load(organizationId);
    if (visible !== 'ALL')
      scope.departments = scope.departments.filter((department) =>
        visible.includes(department.id),
      );
    const result = readiness(
      readinessFacts(scope, await this.scopes.latestCaseBudget(organizationId)),
    );
    return { organizationId, departmentId: null, ...result };
  }
}
