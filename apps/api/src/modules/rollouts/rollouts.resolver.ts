import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { DepartmentKey } from '../../common/department-key';
import { DateScalar } from '../../graphql/date.scalar';
import { requestLoader } from '../../graphql/request-loader';
import { AccessPolicy } from '../auth/access-policy.service';
import { Authorize } from '../auth/authorize.decorator';
import { GraphQLContext } from '../auth/request-context';
import { Department } from '../departments/dto/department.object';
import { RolloutPlan, RolloutTask } from './dto/rollout-plan.object';
import { RolloutPlanPreview } from './dto/rollout-plan-preview.object';
import {
  AddRolloutTaskInput,
  UpdateRolloutTaskInput,
} from './dto/rollout-task.input';
import { RolloutPlansService } from './rollout-plans.service';
import { ROLLOUT_PLAN_ROW, ROLLOUT_TASK_ROW } from './rollout-rows';
import { RolloutTasksService } from './rollout-tasks.service';

@Resolver(() => RolloutPlan)
export class RolloutsResolver {
  constructor(
    private readonly plans: RolloutPlansService,
    private readonly tasks: RolloutTasksService,
    private readonly policy: AccessPolicy,
  ) {}

  @Query(() => RolloutPlan, {
    nullable: true,
    description:
      'The department’s 90-day plan at asOf (default: the organisation’s today); null without a plan.',
  })
  @Authorize('department:read', { departmentId: (args) => args.departmentId })
  async rolloutPlan(
    @Args('departmentId', { type: () => ID }) departmentId: string,
    @Args('asOf', { type: () => DateScalar, nullable: true })
    asOf?: string | null,
  ): Promise<RolloutPlan | null> {
    return this.plans.forDepartment(
      await this.policy.departmentKey(departmentId),
      asOf,
    );
  }

  @Mutation(() => RolloutPlan, {
    description:
      'Creates the plan with the standard tasks (domain §4 "Starting a plan"). No startDate: the department’s date on today’s roadmap. ' +
      'GATE_BLOCKED for a non-IT department while IT is not stable; CONFLICT if it has a plan, or if the start breaks maxConcurrentRollouts ' +
      '(extensions.earliestStart) unless allowOverCapacity, which creates it and marks it overCapacity on the roadmap.',
  })
  @Authorize('rollout-plan:write', {
    departmentId: (args) => args.departmentId,
  })
  createRolloutPlan(
    @Args('departmentId', { type: () => ID }) departmentId: string,
    @Args('startDate', { type: () => DateScalar, nullable: true })
    startDate?: string | null,
    @Args('businessDays', { nullable: true }) businessDays?: boolean,
    @Args('allowOverCapacity', {
      type: () => Boolean,
      nullable: true,
      defaultValue: false,
    })
    allowOverCapacity?: boolean | null,
  ): Promise<RolloutPlan> {
    return this.plans.create(
      departmentId,
      startDate ?? null,
      businessDays ?? false,
      allowOverCapacity ?? false,
    );
  }

  @Query(() => RolloutPlanPreview, {
    description:
      'What createRolloutPlan would do with these arguments: the start, whether it fits the roadmap’s capacity, and which departments move. Saves nothing.',
  })
  @Authorize('rollout-plan:write', {
    departmentId: (args) => args.departmentId,
  })
  rolloutPlanPreview(
    @Args('departmentId', { type: () => ID }) departmentId: string,
    @Args('startDate', { type: () => DateScalar, nullable: true })
    startDate?: string | null,
    @Args('businessDays', { nullable: true }) businessDays?: boolean,
  ): Promise<RolloutPlanPreview> {
    return this.plans.preview(
      departmentId,
      startDate ?? null,
      businessDays ?? false,
    );
  }

  @Mutation(() => RolloutPlan, {
    description:
      'Moves the plan to its next phase; GATE_BLOCKED with every reason when the gate does not hold.',
  })
  @Authorize('rollout-plan:write', {
    row: ROLLOUT_PLAN_ROW,
    id: (args) => args.planId,
  })
  advancePhase(
    @Args('planId', { type: () => ID }) planId: string,
  ): Promise<RolloutPlan> {
    return this.plans.advancePhase(planId);
  }

  @Mutation(() => RolloutTask)
  @Authorize('rollout-task:write', {
    row: ROLLOUT_TASK_ROW,
    id: (args) => args.taskId,
  })
  setTaskDone(
    @Args('taskId', { type: () => ID }) taskId: string,
    @Args('done') done: boolean,
  ): Promise<RolloutTask> {
    return this.tasks.setDone(taskId, done);
  }

  @Mutation(() => RolloutTask)
  @Authorize('rollout-task:write', {
    row: ROLLOUT_PLAN_ROW,
    id: (args) => args.input?.planId,
  })
  addRolloutTask(
    @Args('input') input: AddRolloutTaskInput,
  ): Promise<RolloutTask> {
    return this.tasks.add(input);
  }

  @Mutation(() => RolloutTask, {
    description:
      'Renames, reassigns, moves to another phase or sets the due date of a task.',
  })
  @Authorize('rollout-task:write', {
    row: ROLLOUT_TASK_ROW,
    id: (args) => args.id,
  })
  updateRolloutTask(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateRolloutTaskInput,
  ): Promise<RolloutTask> {
    return this.tasks.update(id, input);
  }
}

@Resolver(() => Department)
export class DepartmentRolloutPlanResolver {
  constructor(private readonly plans: RolloutPlansService) {}

  @ResolveField(() => RolloutPlan, {
    nullable: true,
    description: 'The department’s 90-day plan today; null without a plan.',
  })
  rolloutPlan(
    @Parent() department: Department,
    @Context() context: GraphQLContext,
  ): Promise<RolloutPlan | null> {
    // A page of departments loads its plans in one batch.
    const loader = requestLoader(
      context,
      this,
      () =>
        new DataLoader(
          async (departments: readonly DepartmentKey[]) => {
            const plans = await this.plans.forDepartments(departments);
            return departments.map(({ id }) => plans.get(id) ?? null);
          },
          { cacheKeyFn: (key) => key.id },
        ),
    );
    return loader.load(department);
  }
}
