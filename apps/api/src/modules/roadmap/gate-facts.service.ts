import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { AuditEntity, CatalogItemEntity, DepartmentEntity } from '@esm-planner/api-data-access-db';
import { GateFacts, phaseDates } from '@esm-planner/domain-rollout';
import { PILOT_WEEK_TOTALS_SQL, pilotWeeksFromTotals, WeekTotalRow } from './pilot-weeks.sql';

/** What a plan needs for the pilot count: its calendar. */
export type PlanCalendarRow = { departmentId: string; startDate: string; businessDays: boolean };

/**
 * The live facts the phase gates read (domain §4), for several departments
 * at once: whether an audit exists, whether a service owner is named, the
 * catalogue items with their owner and SLA target, and the complete pilot
 * weeks with requests since the plan's pilot phase began by its calendar
 * (request records or imported weekly rows, as serviceMetrics counts them).
 */
@Injectable()
export class GateFactsService {
  constructor(
    @InjectRepository(AuditEntity) private readonly audits: Repository<AuditEntity>,
    @InjectRepository(CatalogItemEntity) private readonly catalog: Repository<CatalogItemEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async factsFor({
    departments,
    plans,
    asOf,
  }: {
    departments: readonly DepartmentEntity[];
    plans: readonly PlanCalendarRow[];
    asOf: string;
  }): Promise<Map<string, GateFacts>> {
    const ids = departments.map((department) => department.id);
    if (ids.length === 0) return new Map();
    const organizationId = departments[0].organizationId;
    const audited = await this.audits
      .createQueryBuilder('audit')
      .select('DISTINCT audit.department_id', 'departmentId')
      .where('audit.organization_id = :organizationId AND audit.department_id IN (:...ids)', { organizationId, ids })
      .getRawMany<{ departmentId: string }>();
    const auditedIds = new Set(audited.map((row) => row.departmentId));
    const items = await this.catalog.find({
      where: { organizationId, departmentId: In(ids) },
      select: { departmentId: true, name: true, owner: true, slaTargetHours: true },
      order: { name: 'ASC' },
    });
    const planByDepartment = new Map(plans.map((plan) => [plan.departmentId, plan]));
    const facts = new Map<string, GateFacts>();
    for (const department of departments) {
      const plan = planByDepartment.get(department.id);
      facts.set(department.id, {
        hasBaselineAudit: auditedIds.has(department.id),
        serviceOwnerNamed: Boolean(department.serviceOwner?.trim()),
        catalogItems: items.filter((item) => item.departmentId === department.id),
        pilotWeeksWithMetrics: plan ? await this.pilotWeeks(plan, asOf) : 0,
      });
    }
    return facts;
  }

  /** Complete pilot weeks with requests since the plan's pilot began by its calendar (0 before it). */
  async pilotWeeks(plan: PlanCalendarRow, asOf: string): Promise<number> {
    const pilot = phaseDates(plan).find((phase) => phase.name === 'PILOT_AND_MEASURE')!;
    if (pilot.startDate >= asOf) return 0;
    // Only weeks wholly in [pilot start, asOf) can count, so only their days are read.
    const rows: WeekTotalRow[] = await this.dataSource.query(PILOT_WEEK_TOTALS_SQL, [plan.departmentId, pilot.startDate, asOf]);
    return pilotWeeksFromTotals({ pilotStart: pilot.startDate, asOf, rows });
  }
}
