import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  DepartmentEntity,
  RolloutPlanEntity,
} from '@esm-planner/api-data-access-db';
import {
  checkPlanStart,
  PlanStartCheck,
  roadmapMoves,
} from '@esm-planner/domain-roadmap';
import { AppError } from '../../common/app-error';
import { OverlappingPlan } from '../roadmap/dto/roadmap.object';
import { RoadmapService } from '../roadmap/roadmap.service';
import { RoadmapSettingsService } from '../roadmap/roadmap-settings.service';
import { RolloutPlanPreview } from './dto/rollout-plan-preview.object';
import type { NewPlan } from './store-new-plan';

type NamedPlan = {
  departmentId: string;
  departmentName: string;
  startDate: string;
  businessDays: boolean;
};

// Serialises plan creation per organisation, so two plans created at once cannot both take the last slot.
const CAPACITY_LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtext('rollout-capacity:' || $1))`;

function overlappingOf(check: PlanStartCheck<NamedPlan>): OverlappingPlan[] {
  return check.overlapping.map((plan) => ({
    departmentId: plan.departmentId,
    departmentName: plan.departmentName,
    startDate: plan.start,
    goLiveDate: plan.goLive,
  }));
}

function namedPlans(
  plans: readonly RolloutPlanEntity[],
  departments: readonly DepartmentEntity[],
): NamedPlan[] {
  const nameOf = new Map(
    departments.map((department) => [department.id, department.name]),
  );
  return plans.map((plan) => ({
    departmentId: plan.departmentId,
    departmentName: nameOf.get(plan.departmentId) ?? '',
    startDate: plan.startDate,
    businessDays: plan.businessDays,
  }));
}

/**
 * Starting a plan respects the roadmap (domain §4 "Starting a plan"): the
 * default start is the department's date on today's roadmap; a start that
 * breaks maxConcurrentRollouts is refused with CONFLICT and the earliest
 * start that fits, unless the CoE allows it over capacity; a preview shows
 * what the plan would move before it is created.
 */
@Injectable()
export class PlanStartService {
  constructor(
    private readonly roadmap: RoadmapService,
    private readonly settings: RoadmapSettingsService,
  ) {}

  /** The department's start on today's roadmap (the scheduler's date, asOf = the organisation's today). */
  async roadmapStart(department: DepartmentEntity): Promise<string> {
    const inputs = await this.roadmap.scheduleInputs(department.organizationId);
    return this.roadmap
      .schedule(inputs)
      .find((item) => item.departmentId === department.id)!.startDate;
  }

  /** What createRolloutPlan would do: the start, whether it fits, and which scheduled departments move. */
  async preview(
    department: DepartmentEntity,
    startDate: string | null,
    businessDays: boolean,
  ): Promise<RolloutPlanPreview> {
    const inputs = await this.roadmap.scheduleInputs(department.organizationId);
    const before = this.roadmap.schedule(inputs);
    const roadmapStartDate = before.find(
      (item) => item.departmentId === department.id,
    )!.startDate;
    const start = startDate ?? roadmapStartDate;
    const others = inputs.plans.filter(
      (plan) => plan.departmentId !== department.id,
    );
    const check = checkPlanStart({
      startDate: start,
      businessDays,
      plans: namedPlans(others, inputs.departments),
      maxConcurrentRollouts: inputs.capacity,
    });
    const after = this.roadmap.schedule(inputs, {
      departmentId: department.id,
      startDate: start,
      businessDays,
    });
    const nameOf = new Map(
      inputs.departments.map((item) => [item.id, item.name]),
    );
    return {
      departmentId: department.id,
      roadmapStartDate,
      startDate: check.start,
      goLiveDate: check.goLive,
      endDate: check.end,
      businessDays,
      maxConcurrentRollouts: inputs.capacity,
      fits: check.fits,
      earliestStart: check.earliestStart,
      overlappingPlans: overlappingOf(check),
      moves: roadmapMoves({ before, after }).map((move) => ({
        ...move,
        departmentName: nameOf.get(move.departmentId) ?? '',
      })),
    };
  }

  /**
   * Inside the creating transaction: waits for any other plan being created
   * in the organisation, then refuses a start over capacity with CONFLICT
   * (the plans in the way named, `extensions.earliestStart`) unless
   * `allowOverCapacity`. Returns whether the plan is over capacity.
   */
  async requireCapacity(
    manager: EntityManager,
    { department, startDate, businessDays, allowOverCapacity }: NewPlan,
  ): Promise<boolean> {
    await manager.query(CAPACITY_LOCK_SQL, [department.organizationId]);
    const plans = await manager.find(RolloutPlanEntity, {
      where: { organizationId: department.organizationId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const departments = await manager.find(DepartmentEntity, {
      where: { organizationId: department.organizationId },
    });
    const { maxConcurrentRollouts } = await this.settings.get(
      department.organizationId,
    );
    const check = checkPlanStart({
      startDate,
      businessDays,
      plans: namedPlans(plans, departments),
      maxConcurrentRollouts,
    });
    if (check.fits) return false;
    if (allowOverCapacity) return true;
    const inTheWay = overlappingOf(check);
    const names = inTheWay
      .map(
        (plan) =>
          `${plan.departmentName} (${plan.startDate} to ${plan.goLiveDate})`,
      )
      .join(', ');
    const room =
      maxConcurrentRollouts === 1
        ? 'one rollout at a time'
        : `${maxConcurrentRollouts} rollouts at a time`;
    const message =
      `${department.name} cannot start on ${check.start}: the roadmap has room for ${room} from day 1 to go-live (day 61), ` +
      `and ${inTheWay.length === 1 ? 'this plan is' : 'these plans are'} in the way: ${names}. The earliest start that fits is ${check.earliestStart}.`;
    throw new AppError('CONFLICT', message, {
      earliestStart: check.earliestStart,
      maxConcurrentRollouts,
      overlappingPlans: inTheWay,
      fields: [
        {
          field: 'startDate',
          message: `The roadmap is full then: the earliest start that fits is ${check.earliestStart}.`,
        },
      ],
    });
  }
}
