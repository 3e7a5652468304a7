import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import {
  BusinessCaseVersionEntity,
  CatalogItemEntity,
  DepartmentEntity,
  OrganizationEntity,
  weekStartSql,
} from '@esm-planner/api-data-access-db';
import type { DepartmentKind } from '@esm-planner/domain-departments';
import type { DeflectionBenchmark } from '@esm-planner/domain-metrics';
import { AppError } from '../../common/app-error';
import { todayIn } from '../../common/today';
import { BaselinesService } from '../baselines/baselines.service';
import { Baseline } from '../baselines/dto/baseline.object';
import { CatalogService } from '../catalog/catalog.service';
import { DeflectionBenchmarksService } from '../metrics/deflection-benchmarks.service';

/** Everything the maturity evidence and the readiness check read, for one department or the organisation. */
export type ProgrammeScope = {
  organization: OrganizationEntity;
  /** The departments assessed: one, or all of the organisation's. */
  departments: DepartmentEntity[];
  /** Every department of the organisation (the steering group may name any). */
  kindOf: Map<string, DepartmentKind>;
  items: Map<string, CatalogItemEntity[]>;
  baselines: Map<string, Baseline>;
  /** Each assessed department's deflection benchmark (the organisation's figure or the published one). */
  benchmarks: Map<string, DeflectionBenchmark>;
  /** Today in the organisation's time zone. */
  asOf: string;
};

export type SavedCaseBudget = {
  oneTimeCosts: number;
  changeManagementCost: number;
};

const amount = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0;

@Injectable()
export class ProgrammeScopeService {
  constructor(
    @InjectRepository(OrganizationEntity)
    private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(DepartmentEntity)
    private readonly departments: Repository<DepartmentEntity>,
    @InjectRepository(BusinessCaseVersionEntity)
    private readonly caseVersions: Repository<BusinessCaseVersionEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly baselines: BaselinesService,
    private readonly catalog: CatalogService,
    private readonly deflectionBenchmarks: DeflectionBenchmarksService,
  ) {}

  /**
   * Loads the scope. A departmentId of another organisation is NOT_FOUND,
   * as for one that does not exist.
   */
  async load(
    organizationId: string,
    departmentId?: string | null,
  ): Promise<ProgrammeScope> {
    const organization = await this.organizations.findOneBy({
      id: organizationId,
    });
    if (!organization) throw AppError.notFound('organization');
    const all = await this.departments.find({
      where: { organizationId },
      order: { name: 'ASC' },
    });
    const departments = departmentId
      ? all.filter((department) => department.id === departmentId)
      : all;
    if (departmentId && departments.length === 0)
      throw AppError.notFound('department');
    const audits = [
      ...(await this.baselines.latestAudits(departments)).values(),
    ];
    const baselines = new Map(
      (await this.baselines.baselinesOf(audits)).map((baseline) => [
        baseline.departmentId!,
        baseline,
      ]),
    );
    return {
      organization,
      departments,
      kindOf: new Map(
        all.map((department) => [
          department.id,
          department.kind as DepartmentKind,
        ]),
      ),
      items: await this.catalog.itemsOf(departments),
      baselines,
      benchmarks: await this.deflectionBenchmarks.forDepartments(departments),
      asOf: todayIn(organization.timeZone),
    };
  }

  /**
   * The latest saved business case's up-front figures as entered
   * (changeManagementCost defaults to 0, as in domain §8); null when the
   * organisation has saved none.
   */
  async latestCaseBudget(
    organizationId: string,
  ): Promise<SavedCaseBudget | null> {
    const [latest] = await this.caseVersions.find({
      where: { organizationId },
      order: { savedAt: 'DESC' },
      take: 1,
    });
    if (!latest) return null;
    return {
      oneTimeCosts: amount(latest.input['oneTimeCosts']),
      changeManagementCost: amount(latest.input['changeManagementCost']),
    };
  }

  /** Distinct Monday-to-Sunday weeks with request records or weekly metrics, in the organisation's time zone. */
  async weeksOfMetrics(scope: ProgrammeScope): Promise<number> {
    const ids = scope.departments.map((department) => department.id);
    if (ids.length === 0) return 0;
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS weeks FROM (
         SELECT ${weekStartSql('opened_at AT TIME ZONE $3')} AS week FROM request_fact
          WHERE organization_id = $1 AND department_id = ANY($2::uuid[])
         UNION
         SELECT week_start FROM weekly_metric WHERE organization_id = $1 AND department_id = ANY($2::uuid[])
       ) weeks`,
      [scope.organization.id, ids, scope.organization.timeZone],
    );
    return row?.weeks ?? 0;
  }

  /**
   * Recent deflection per department: the 28 days up to its latest request
   * record, else its latest four weekly rows. Departments without data are
   * left out.
   */
  async recentDeflection(scope: ProgrammeScope): Promise<Map<string, number>> {
    const ids = scope.departments.map((department) => department.id);
    const rates = new Map<string, number>();
    if (ids.length === 0) return rates;
    const weekly: {
      department_id: string;
      total: number;
      deflected: number;
    }[] = await this.dataSource.query(
      `SELECT department_id, sum(total)::int AS total, sum(deflected)::int AS deflected FROM (
         SELECT department_id, total, deflected,
                row_number() OVER (PARTITION BY department_id ORDER BY week_start DESC) AS recent
           FROM weekly_metric WHERE organization_id = $1 AND department_id = ANY($2::uuid[])
       ) w WHERE recent <= 4 GROUP BY department_id`,
      [scope.organization.id, ids],
    );
    const requests: {
      department_id: string;
      total: number;
      deflected: number;
    }[] = await this.dataSource.query(
      `SELECT r.department_id, count(*)::int AS total,
              count(*) FILTER (WHERE r.resolution IN ('DEFLECTED', 'NO_TOUCH'))::int AS deflected
         FROM request_fact r
         JOIN (SELECT department_id, max(opened_at) AS latest FROM request_fact
                WHERE organization_id = $1 AND department_id = ANY($2::uuid[]) GROUP BY department_id) l
           ON l.department_id = r.department_id
        WHERE r.organization_id = $1 AND r.opened_at > l.latest - interval '28 days'
        GROUP BY r.department_id`,
      [scope.organization.id, ids],
    );
    for (const row of [...weekly, ...requests])
      if (row.total > 0)
        rates.set(row.department_id, row.deflected / row.total);
    return rates;
  }
}
