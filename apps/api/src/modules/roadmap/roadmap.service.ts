import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import {
  DepartmentEntity,
  OrganizationEntity,
  RolloutPlanEntity,
  RolloutTaskEntity,
} from '@esm-planner/api-data-access-db';
import { annualNetBenefit } from '@esm-planner/domain-business-case';
import { DepartmentKind } from '@esm-planner/domain-departments';
import {
  plansOverCapacity,
  priorityScore,
  roadmapSequence,
  ScheduledDepartment,
  scheduleRoadmap,
} from '@esm-planner/domain-roadmap';
import { AppError } from '../../common/app-error';
import { AccessPolicy } from '../auth/access-policy.service';
import { ApiRequest } from '../auth/request-context';
import { BaselinesService } from '../baselines/baselines.service';
import { DeflectionBenchmarksService } from '../metrics/deflection-benchmarks.service';
import { Roadmap } from './dto/roadmap.object';
import { GateFactsService } from './gate-facts.service';
import { ItStabilityService } from './it-stability.service';
import { organizationToday } from './organization-today';
import { toItStabilityReport, toSettingsObject } from './roadmap.mapper';
import { RoadmapSettingsService } from './roadmap-settings.service';
import { roadmapItem } from './roadmap-item';
import {
  PlannedStart,
  RoadmapOverride,
  ScheduleInputs,
  Scores,
} from './schedule-inputs';

export type { PlannedStart, RoadmapOverride, ScheduleInputs };

/**
 * The roadmap (domain §6): every department in order (the CoE's saved
 * order, else IT, HR, then by priority score), each placed by the
 * scheduler unless it has a plan, with the gates and IT's stability.
 */
@Injectable()
export class RoadmapService {
  constructor(
    @InjectRepository(OrganizationEntity)
    private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(DepartmentEntity)
    private readonly departments: Repository<DepartmentEntity>,
    @InjectRepository(RolloutPlanEntity)
    private readonly plans: Repository<RolloutPlanEntity>,
    @InjectRepository(RolloutTaskEntity)
    private readonly tasks: Repository<RolloutTaskEntity>,
    private readonly settings: RoadmapSettingsService,
    private readonly stability: ItStabilityService,
    private readonly facts: GateFactsService,
    private readonly baselines: BaselinesService,
    private readonly benchmarks: DeflectionBenchmarksService,
    private readonly policy: AccessPolicy,
  ) {}

  /** The roadmap as the caller may see it, at asOf (default: the organisation's today). */
  async visibleTo(
    req: ApiRequest,
    organizationId: string,
    asOf: string | null,
    override: RoadmapOverride = {},
  ): Promise<Roadmap> {
    const roadmap = await this.build(organizationId, asOf, override);
    // A department head sees the organisation's schedule (an aggregate) but only
    // their own departments' rows (api.md): the others are scheduled, not listed.
    const visible = await this.policy.visibleDepartments(
      req,
      roadmap.organizationId,
    );
    if (visible === 'ALL') return roadmap;
    return {
      ...roadmap,
      order: roadmap.order.filter((id) => visible.includes(id)),
      items: roadmap.items.filter((item) =>
        visible.includes(item.department.id),
      ),
    };
  }

  /** What-if: the roadmap with another order and/or capacity, each checked by name first. */
  async preview(
    req: ApiRequest,
    organizationId: string,
    asOf: string | null,
    override: RoadmapOverride,
  ): Promise<Roadmap> {
    const problems = await this.settings.orderAndCapacityProblems(
      organizationId,
      override.order,
      override.maxConcurrentRollouts,
    );
    if (problems.length > 0) throw AppError.badInput(problems);
    return this.visibleTo(req, organizationId, asOf, override);
  }

  async today(organizationId: string): Promise<string> {
    const organization = await this.organizations.findOneBy({
      id: organizationId,
    });
    if (!organization) throw AppError.notFound('organization');
    return organizationToday(organization.timeZone);
  }

  /**
   * Everything the scheduler reads, loaded once: the departments in roadmap
   * order, the saved plans (in creation order), the capacity and from when
   * IT is stable.
   */
  async scheduleInputs(
    organizationId: string,
    asOf?: string | null,
    override: RoadmapOverride = {},
  ): Promise<ScheduleInputs> {
    const date = asOf ?? (await this.today(organizationId));
    const settings = await this.settings.get(organizationId);
    const capacity =
      override.maxConcurrentRollouts ?? settings.maxConcurrentRollouts;
    const departments = await this.departments.findBy({ organizationId });
    const plans = await this.plans.find({
      where: { organizationId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const it =
      [...departments]
        .sort((a, b) => a.name.localeCompare(b.name))
        .find((department) => department.kind === 'IT') ?? null;
    const assessment = await this.stability.assess({
      itDepartmentId: it?.id ?? null,
      asOf: date,
      thresholds: settings.thresholds,
    });
    const scores = await this.scores(departments, settings.loadedHourlyCost);
    const sequence = roadmapSequence({
      departments: departments.map((department) => ({
        ...department,
        kind: department.kind as DepartmentKind,
        priorityScore: scores.get(department.id)!.priorityScore,
      })),
      savedOrder: override.order ?? settings.order,
    });
    return {
      organizationId,
      asOf: date,
      settings,
      capacity,
      departments,
      plans,
      assessment,
      scores,
      sequence,
    };
  }

  /** The scheduler's layout of `inputs`, with `extraPlan` as if it were saved (a plan being previewed). */
  schedule(
    inputs: ScheduleInputs,
    extraPlan: PlannedStart | null = null,
  ): ScheduledDepartment[] {
    const planOf = new Map(
      inputs.plans.map((plan) => [
        plan.departmentId,
        { startDate: plan.startDate, businessDays: plan.businessDays },
      ]),
    );
    if (extraPlan)
      planOf.set(extraPlan.departmentId, {
        startDate: extraPlan.startDate,
        businessDays: extraPlan.businessDays,
      });
    return scheduleRoadmap({
      asOf: inputs.asOf,
      maxConcurrentRollouts: inputs.capacity,
      itStableFrom: inputs.assessment.stableFrom.date,
      departments: inputs.sequence.map((department) => ({
        departmentId: department.id,
        kind: department.kind,
        plan: planOf.get(department.id) ?? null,
      })),
    });
  }

  async build(
    organizationId: string,
    asOf?: string | null,
    override: RoadmapOverride = {},
  ): Promise<Roadmap> {
    const inputs = await this.scheduleInputs(organizationId, asOf, override);
    const {
      asOf: date,
      settings,
      capacity,
      departments,
      plans,
      assessment,
      scores,
      sequence,
    } = inputs;
    const tasks = await this.tasks.findBy({ organizationId });
    const planOf = new Map(plans.map((plan) => [plan.departmentId, plan]));
    const facts = await this.facts.factsFor({ departments, plans, asOf: date });
    const schedule = this.schedule(inputs);
    const capacityVerdicts = plansOverCapacity({
      plansInCreationOrder: plans,
      maxConcurrentRollouts: capacity,
    });
    const nameOf = new Map(
      departments.map((department) => [department.id, department.name]),
    );
    const items = schedule.map((slot) => {
      const department = sequence[slot.order - 1];
      const plan = planOf.get(department.id);
      return roadmapItem({
        slot,
        department,
        plan,
        tasks,
        asOf: date,
        capacityVerdict: plan ? capacityVerdicts.get(plan.id) : undefined,
        nameOf,
        scores,
        facts,
        itStability: assessment.stability ?? null,
      });
    });
    return {
      organizationId,
      asOf: date,
      maxConcurrentRollouts: capacity,
      order: sequence.map((department) => department.id),
      items,
      itStability: toItStabilityReport(assessment, date, settings.thresholds),
      settings: toSettingsObject(settings),
    };
  }

  // Priority inputs from each department's latest audit (domain §2, §6).
  private async scores(
    departments: readonly DepartmentEntity[],
    loadedHourlyCost: number,
  ): Promise<Scores> {
    const audits = await this.baselines.latestAudits(departments);
    const baselines = await this.baselines.baselinesOf([...audits.values()]);
    const byDepartment = new Map(
      baselines.map((baseline) => [baseline.departmentId, baseline]),
    );
    const benchmarks = await this.benchmarks.forDepartments(departments);
    return new Map(
      departments.map((department) => {
        const baseline = byDepartment.get(department.id);
        const benefit =
          baseline && baseline.avgHandlingMinutes !== null
            ? annualNetBenefit({
                kind: department.kind as DepartmentKind,
                monthlyVolume: baseline.monthlyVolume,
                handlingMinutes: baseline.avgHandlingMinutes,
                loadedHourlyCost,
                benchmark: benchmarks.get(department.id),
              }).annualNetBenefit
            : null;
        const informalShare = baseline?.informalShare ?? null;
        return [
          department.id,
          {
            annualNetBenefit: benefit,
            informalShare,
            priorityScore: priorityScore({
              annualNetBenefit: benefit,
              informalShare,
            }),
          },
        ];
      }),
    );
  }
}
