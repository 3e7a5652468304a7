import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import {
  DepartmentEntity,
  OrganizationEntity,
  RolloutPlanEntity,
} from '@esm-planner/api-data-access-db';
import { DepartmentKind } from '@esm-planner/domain-departments';
import {
  departmentStatusFor,
  nextPhase,
  phaseDates,
  phaseGate,
  startGate,
} from '@esm-planner/domain-rollout';
import { AppError } from '../../common/app-error';
import {
  DepartmentKey,
  departmentKeyParams,
} from '../../common/department-key';
import { isUuid } from '../../common/is-uuid';
import { GateFactsService } from '../roadmap/gate-facts.service';
import { gateFactsOf } from '../roadmap/gate-facts.sql';
import { ItStabilityService } from '../roadmap/it-stability.service';
import { organizationToday } from '../roadmap/organization-today';
import { pilotWeeksFromTotals } from '../roadmap/pilot-weeks.sql';
import { RoadmapSettingsService } from '../roadmap/roadmap-settings.service';
import { RolloutPlan } from './dto/rollout-plan.object';
import { RolloutPlanPreview } from './dto/rollout-plan-preview.object';
import { itNotStableMessage } from './it-not-stable-message';
import { PLAN_ROWS_SQL, PlanRow, tasksOf } from './plan-rows.sql';
import { PlanStartService } from './plan-start.service';
import { storedPhase } from '../roadmap/stored-plan';
import { toRolloutPlan } from './rollout-plan.mapper';
import { duplicatePlan, storeNewPlan } from './store-new-plan';

/** A plan this far from today is a typo, not a plan (a year 2206 for 2026). */
const MAX_YEARS_FROM_TODAY = 10;

/**
 * Rollout plans (domain §4): stored plans and tasks, evaluated at a date by
 * the domain library, moved from phase to phase only when the gate holds.
 * The department's status follows the phase the plan is in.
 */
@Injectable()
export class RolloutPlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(RolloutPlanEntity)
    private readonly plans: Repository<RolloutPlanEntity>,
    @InjectRepository(DepartmentEntity)
    private readonly departments: Repository<DepartmentEntity>,
    @InjectRepository(OrganizationEntity)
    private readonly organizations: Repository<OrganizationEntity>,
    private readonly facts: GateFactsService,
    private readonly stability: ItStabilityService,
    private readonly settings: RoadmapSettingsService,
    private readonly planStart: PlanStartService,
  ) {}

  /** The organisation's calendar date today. */
  async today(organizationId: string): Promise<string> {
    const organization = await this.organizations.findOneByOrFail({
      id: organizationId,
    });
    return organizationToday(organization.timeZone);
  }

  async forDepartment(
    department: DepartmentKey,
    asOf?: string | null,
  ): Promise<RolloutPlan | null> {
    return (
      (await this.forDepartments([department], asOf)).get(department.id) ?? null
    );
  }

  /**
   * The plans of several departments, at asOf (default: each organisation's
   * today): one query for the plans with everything their evaluation reads.
   */
  async forDepartments(
    departments: readonly DepartmentKey[],
    asOf?: string | null,
  ): Promise<Map<string, RolloutPlan>> {
    if (departments.length === 0) return new Map();
    const { organizationIds, departmentIds } = departmentKeyParams(departments);
    const rows: PlanRow[] = await this.dataSource.query(PLAN_ROWS_SQL, [
      organizationIds,
      departmentIds,
    ]);
    return new Map(
      rows.map((row) => {
        const date = asOf ?? organizationToday(row.timeZone);
        // Only the gate out of the pilot (into FULL_ROLLOUT_AND_EXPAND) counts pilot weeks.
        const pilot = phaseDates(row).find(
          (phase) => phase.name === 'PILOT_AND_MEASURE',
        )!;
        const facts = gateFactsOf(
          row,
          row.weekTotals
            ? pilotWeeksFromTotals({
                pilotStart: pilot.startDate,
                asOf: date,
                rows: row.weekTotals,
              })
            : 0,
        );
        const plan = toRolloutPlan({
          plan: row,
          tasks: tasksOf(row),
          asOf: date,
          facts,
        });
        return [plan.departmentId, plan];
      }),
    );
  }

  /** The plans (just written, say) evaluated afresh, in the same order. */
  async evaluate(
    plans: readonly RolloutPlanEntity[],
    asOf?: string | null,
  ): Promise<RolloutPlan[]> {
    const byDepartment = await this.forDepartments(
      plans.map((plan) => ({
        organizationId: plan.organizationId,
        id: plan.departmentId,
      })),
      asOf,
    );
    return plans.map((plan) => byDepartment.get(plan.departmentId)!);
  }

  /**
   * A new plan with the standard tasks in the department's vocabulary
   * (domain §4 "Starting a plan"). Without a start date it starts on the
   * department's date on today's roadmap. A non-IT department may start only
   * when IT is stable at the start date (for a start date after today,
   * today's verdict: weeks to come cannot be judged). CONFLICT when the
   * department already has a plan, or when the start breaks the roadmap's
   * capacity and `allowOverCapacity` is not set (`extensions.earliestStart`).
   */
  async create(
    departmentId: string,
    startDate: string | null,
    businessDays: boolean,
    allowOverCapacity = false,
  ): Promise<RolloutPlan> {
    const department = await this.departments.findOneBy({ id: departmentId });
    if (!department) throw AppError.notFound('department');
    if (
      await this.plans.existsBy({
        organizationId: department.organizationId,
        departmentId,
      })
    )
      throw duplicatePlan(department);
    const start = startDate ?? (await this.planStart.roadmapStart(department));
    await this.requirePlausibleStart(department.organizationId, start);
    await this.requireStartGate(department, start);
    const plan = await this.dataSource.transaction(async (manager) => {
      const overCapacity = await this.planStart.requireCapacity(manager, {
        department,
        startDate: start,
        businessDays,
        allowOverCapacity,
      });
      return storeNewPlan(manager, {
        department,
        startDate: start,
        businessDays,
        allowOverCapacity: overCapacity,
      });
    });
    return (await this.evaluate([plan]))[0];
  }

  /** What creating the plan would do (start, capacity, moves), for the form to show before it is confirmed. */
  async preview(
    departmentId: string,
    startDate: string | null,
    businessDays: boolean,
  ): Promise<RolloutPlanPreview> {
    const department = await this.departments.findOneBy({ id: departmentId });
    if (!department) throw AppError.notFound('department');
    if (startDate)
      await this.requirePlausibleStart(department.organizationId, startDate);
    return this.planStart.preview(department, startDate, businessDays);
  }

  /**
   * Moves the plan into its next phase when that phase's gate holds today;
   * otherwise GATE_BLOCKED with every reason. Moving ahead of the calendar
   * is allowed: the gates, not the dates, decide readiness.
   */
  async advancePhase(planId: string): Promise<RolloutPlan> {
    const plan = await this.plan(planId);
    const current = storedPhase(plan);
    const next = nextPhase(current);
    if (!next) {
      throw new AppError(
        'CONFLICT',
        'the plan is already in its last phase, FULL_ROLLOUT_AND_EXPAND',
        {
          fields: [
            {
              field: 'planId',
              message: 'no phase after FULL_ROLLOUT_AND_EXPAND',
            },
          ],
        },
      );
    }
    const today = await this.today(plan.organizationId);
    const department = await this.departments.findOneByOrFail({
      organizationId: plan.organizationId,
      id: plan.departmentId,
    });
    const facts = (
      await this.facts.factsFor({
        departments: [department],
        plans: [plan],
        asOf: today,
      })
    ).get(department.id)!;
    const gate = phaseGate({ to: next, facts });
    if (!gate.holds) {
      throw AppError.gateBlocked(
        `${department.name} cannot move to ${next}: ${gate.reasons.join('; ')}`,
        gate.reasons,
        { gate: next },
      );
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        RolloutPlanEntity,
        { organizationId: plan.organizationId, id: plan.id },
        { currentPhase: next },
      );
      await manager.update(
        DepartmentEntity,
        { organizationId: plan.organizationId, id: plan.departmentId },
        {
          status: departmentStatusFor({ currentPhase: next, planDone: false }),
        },
      );
    });
    return (
      await this.evaluate(
        [
          await this.plans.findOneByOrFail({
            organizationId: plan.organizationId,
            id: plan.id,
          }),
        ],
        today,
      )
    )[0];
  }

  /** The plan (the caller's access to it is checked by @Authorize, through ROLLOUT_PLAN_ROW). */
  async plan(planId: string): Promise<RolloutPlanEntity> {
    const plan = isUuid(planId)
      ? await this.plans.findOneBy({ id: planId })
      : null;
    if (!plan) throw AppError.notFound('rollout plan');
    return plan;
  }

  private async requirePlausibleStart(
    organizationId: string,
    startDate: string,
  ): Promise<void> {
    const year = Number((await this.today(organizationId)).slice(0, 4));
    const startYear = Number(startDate.slice(0, 4));
    if (Math.abs(startYear - year) > MAX_YEARS_FROM_TODAY) {
      throw AppError.badInput([
        {
          field: 'startDate',
          message: `startDate must be within ${MAX_YEARS_FROM_TODAY} years of today, got ${startDate}`,
        },
      ]);
    }
  }

  private async requireStartGate(
    department: DepartmentEntity,
    startDate: string,
  ): Promise<void> {
    const kind = department.kind as DepartmentKind;
    if (kind === 'IT') return;
    const today = await this.today(department.organizationId);
    const judgedAt = startDate < today ? startDate : today;
    const settings = await this.settings.get(department.organizationId);
    const it = await this.departments.findOne({
      where: { organizationId: department.organizationId, kind: 'IT' },
      order: { name: 'ASC' },
    });
    const { stability } = await this.stability.assess({
      itDepartmentId: it?.id ?? null,
      asOf: judgedAt,
      thresholds: settings.thresholds,
    });
    const gate = startGate({ departmentKind: kind, itStability: stability });
    if (gate.holds) return;
    throw AppError.gateBlocked(
      itNotStableMessage({
        department: department.name,
        startDate,
        judgedAt,
        stability,
      }),
      gate.reasons,
      {
        gate: 'START',
        itStability: stability && {
          asOf: stability.asOf,
          meanDeflection: stability.meanDeflection,
          stdDeflection: stability.stdDeflection,
          weeks: stability.weeks,
          thresholds: stability.thresholds,
        },
      },
    );
  }
}
