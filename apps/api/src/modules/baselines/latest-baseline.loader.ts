import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestLoader } from '../../graphql/request-loader';
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

  constructor(private readonly baselines: BaselinesService) {}

  forRequest(context: object): DataLoader<string, Baseline | null> {
    return requestLoader(
      context,
      this,
      () =>
        new DataLoader(async (departmentIds: readonly string[]) => {
          const byDepartment = await this.baselines.latestOf(departmentIds);
          return departmentIds.map((id) => byDepartment.get(id) ?? null);
        }),
    );
  }

  start(context: object, departmentId: string): void {
    this.forRequest(context)
      .load(departmentId)
      .catch(() => undefined);
  }
}
