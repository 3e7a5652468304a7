import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { DepartmentKey } from '../../common/department-key';
import { requestLoader } from '../../graphql/request-loader';
import { AccessPolicy } from '../auth/access-policy.service';
import { DepartmentFieldPrefetch } from '../departments/department-prefetch.port';
import { BaselinesService } from './baselines.service';
import { Baseline } from './dto/baseline.object';

/**
 * Department.baseline for every department of a request in one query (the
 * latest audits with their rows); the `department` query starts it early.
 */
@Injectable()
export class LatestBaselineLoader implements DepartmentFieldPrefetch {
  readonly field = 'baseline';

  constructor(
    private readonly baselines: BaselinesService,
    private readonly policy: AccessPolicy,
  ) {}

  forRequest(
    context: object,
  ): DataLoader<DepartmentKey, Baseline | null, string> {
    return requestLoader(
      context,
      this,
      () =>
        new DataLoader(
          async (departments: readonly DepartmentKey[]) => {
            const byDepartment = await this.baselines.latestOf(departments);
            return departments.map(({ id }) => byDepartment.get(id) ?? null);
          },
          { cacheKeyFn: (department) => department.id },
        ),
    );
  }

  // The `department` query knows only the id; its organisation was looked
  // up (and cached) when @Authorize checked the department.
  start(context: object, departmentId: string): void {
    this.policy
      .organizationOf(departmentId)
      .then((organizationId) =>
        organizationId
          ? this.forRequest(context).load({ organizationId, id: departmentId })
          : null,
      )
      .catch(() => undefined);
  }
}
