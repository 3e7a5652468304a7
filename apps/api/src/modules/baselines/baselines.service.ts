import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import {
  AuditEntity,
  AuditRowEntity,
  CatalogItemEntity,
} from '@esm-planner/api-data-access-db';
import {
  combineBaselines,
  computeBaseline,
  DepartmentBaseline,
  isChannel,
} from '@esm-planner/domain-audit';
import {
  DepartmentKey,
  departmentKeyParams,
} from '../../common/department-key';
import { Baseline } from './dto/baseline.object';
import { commonSource, toBaseline } from './baseline.mapper';
import {
  LATEST_BASELINES_SQL,
  LatestBaselineRow,
} from './latest-baselines.sql';

@Injectable()
export class BaselinesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(AuditEntity)
    private readonly audits: Repository<AuditEntity>,
    @InjectRepository(AuditRowEntity)
    private readonly rows: Repository<AuditRowEntity>,
    @InjectRepository(CatalogItemEntity)
    private readonly catalogItems: Repository<CatalogItemEntity>,
  ) {}

  /**
   * The request types each department's catalogue maps (one query): what
   * catalogCoverage counts as covered (domain §2, §7).
   */
  async coveredRequestTypes(
    departments: readonly DepartmentKey[],
  ): Promise<Map<string, string[]>> {
    const covered = new Map<string, string[]>();
    if (departments.length === 0) return covered;
    const { organizationIds, departmentIds } = departmentKeyParams(departments);
    const items = await this.catalogItems.find({
      where: {
        organizationId: In(organizationIds),
        departmentId: In(departmentIds),
      },
      select: { departmentId: true, requestTypes: true },
    });
    for (const item of items)
      covered.set(item.departmentId, [
        ...(covered.get(item.departmentId) ?? []),
        ...item.requestTypes,
      ]);
    return covered;
  }

  /** The latest audit of each department (by window end, then import time). */
  async latestAudits(
    departments: readonly DepartmentKey[],
  ): Promise<Map<string, AuditEntity>> {
    if (departments.length === 0) return new Map();
    const { organizationIds, departmentIds } = departmentKeyParams(departments);
    const audits = await this.audits
      .createQueryBuilder('audit')
      .distinctOn(['audit.department_id'])
      .where('audit.organization_id IN (:...organizationIds)', {
        organizationIds,
      })
      .andWhere('audit.department_id IN (:...departmentIds)', {
        departmentIds,
      })
      .orderBy('audit.department_id')
      .addOrderBy('audit.window_end', 'DESC')
      .addOrderBy('audit.imported_at', 'DESC')
      .getMany();
    return new Map(audits.map((audit) => [audit.departmentId, audit]));
  }

  async latest(department: DepartmentKey): Promise<Baseline | null> {
    return (await this.latestOf([department])).get(department.id) ?? null;
  }

  /** The departments' latest baselines (one query for audits, rows and catalogues), by department. */
  async latestOf(
    departments: readonly DepartmentKey[],
  ): Promise<Map<string, Baseline>> {
    const latest = await this.latestComputed(departments);
    return new Map(
      latest.map(({ audit, baseline }) => [
        audit.departmentId,
        toBaseline(baseline, audit),
      ]),
    );
  }

  /** Every audit window of the department, latest first. */
  async history(department: DepartmentKey): Promise<Baseline[]> {
    const audits = await this.audits.find({
      where: {
        organizationId: department.organizationId,
        departmentId: department.id,
      },
      order: { windowEnd: 'DESC', importedAt: 'DESC' },
    });
    return this.baselinesOf(audits);
  }

  /** The departments' latest baselines combined (domain-audit combineBaselines). */
  async ofOrganization(
    departments: readonly DepartmentKey[],
  ): Promise<Baseline | null> {
    const latest = await this.latestComputed(departments);
    if (latest.length === 0) return null;
    return toBaseline(
      combineBaselines({ baselines: latest.map(({ baseline }) => baseline) }),
      null,
      commonSource(latest.map(({ audit }) => audit)),
    );
  }

  private async latestComputed(
    departments: readonly DepartmentKey[],
  ): Promise<{ audit: LatestBaselineRow; baseline: DepartmentBaseline }[]> {
    if (departments.length === 0) return [];
    const { organizationIds, departmentIds } = departmentKeyParams(departments);
    const audits: LatestBaselineRow[] = await this.dataSource.query(
      LATEST_BASELINES_SQL,
      [organizationIds, departmentIds],
    );
    return audits.map((audit) => ({
      audit,
      baseline: computeBaseline({
        windowStart: audit.windowStart,
        windowEnd: audit.windowEnd,
        // Stored channels were validated on import; anything else reads as OTHER.
        rows: audit.rows.map((row) => ({
          ...row,
          channel: isChannel(row.channel) ? row.channel : 'OTHER',
        })),
        coveredRequestTypes: audit.coveredRequestTypes,
        firstResponsePercentiles: {
          medianFirstResponseHours: audit.medianFirstResponseHours,
          p90FirstResponseHours: audit.p90FirstResponseHours,
        },
      }),
    }));
  }

  async baselinesOf(audits: AuditEntity[]): Promise<Baseline[]> {
    return (await this.computed(audits)).map(({ audit, baseline }) =>
      toBaseline(baseline, audit),
    );
  }

  private async computed(
    audits: AuditEntity[],
  ): Promise<{ audit: AuditEntity; baseline: DepartmentBaseline }[]> {
    if (audits.length === 0) return [];
    const organizationIds = [
      ...new Set(audits.map((audit) => audit.organizationId)),
    ];
    const rows = await this.rows.find({
      where: {
        organizationId: In(organizationIds),
        auditId: In(audits.map((audit) => audit.id)),
      },
    });
    const covered = await this.coveredRequestTypes(
      audits.map((audit) => ({
        organizationId: audit.organizationId,
        id: audit.departmentId,
      })),
    );
    return audits.map((audit) => ({
      audit,
      baseline: computeBaseline({
        windowStart: audit.windowStart,
        windowEnd: audit.windowEnd,
        // Stored channels were validated on import; anything else reads as OTHER.
        rows: rows
          .filter((row) => row.auditId === audit.id)
          .map((row) => ({
            ...row,
            channel: isChannel(row.channel) ? row.channel : 'OTHER',
          })),
        coveredRequestTypes: covered.get(audit.departmentId) ?? [],
        firstResponsePercentiles: {
          medianFirstResponseHours: audit.medianFirstResponseHours,
          p90FirstResponseHours: audit.p90FirstResponseHours,
        },
      }),
    }));
  }
}
