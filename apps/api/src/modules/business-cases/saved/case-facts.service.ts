import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DepartmentEntity } from '@esm-planner/api-data-access-db';
import type { DepartmentFacts } from '@esm-planner/domain-business-case';
import type { DepartmentKind } from '@esm-planner/domain-departments';
import { GO_LIVE_DATES, GoLiveDates } from '../../../common/go-live-dates.port';
import { BaselinesService } from '../../baselines/baselines.service';
import { DeflectionBenchmarksService } from '../../metrics/deflection-benchmarks.service';

/**
 * What the organisation knows today about its departments, for the saved
 * cases' defaults: the latest audit (volume, handling minutes), the
 * department's deflection benchmark (the organisation's figure or the
 * published one) and the schedule (day 61 of each plan) from the roadmap
 * module through the GoLiveDates port. Without that port (the roadmap module not loaded) every
 * department counts as unscheduled.
 */
@Injectable()
export class CaseFactsService {
  constructor(
    @InjectRepository(DepartmentEntity)
    private readonly departments: Repository<DepartmentEntity>,
    private readonly baselines: BaselinesService,
    private readonly benchmarks: DeflectionBenchmarksService,
    @Optional()
    @Inject(GO_LIVE_DATES)
    private readonly goLiveDates: GoLiveDates | null = null,
  ) {}

  async forOrganization(organizationId: string): Promise<DepartmentFacts[]> {
    const rows = await this.departments.findBy({ organizationId });
    const [audits, schedule, benchmarks] = await Promise.all([
      this.baselines.latestAudits(rows),
      this.goLiveDates
        ? this.goLiveDates.forOrganization(organizationId)
        : Promise.resolve(new Map()),
      this.benchmarks.forDepartments(rows),
    ]);
    const baselines = await this.baselines.baselinesOf([...audits.values()]);
    const byDepartment = new Map(
      baselines.map((baseline) => [baseline.departmentId, baseline]),
    );
    return rows.map((row) => {
      const baseline = byDepartment.get(row.id) ?? null;
      const scheduled = schedule.get(row.id) ?? null;
      return {
        departmentId: row.id,
        name: row.name,
        kind: row.kind as DepartmentKind,
        vocabulary: row.vocabulary,
        auditMonthlyVolume: baseline ? baseline.monthlyVolume : null,
        auditHandlingMinutes: baseline?.avgHandlingMinutes ?? null,
        schedule: scheduled
          ? {
              planStart: scheduled.planStart,
              goLiveDate: scheduled.goLiveDate,
              source: scheduled.source,
            }
          : null,
        deflectionBenchmark: benchmarks.get(row.id) ?? null,
      };
    });
  }
}
