import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import {
  RolloutPlanEntity,
  RolloutTaskEntity,
} from '@esm-planner/api-data-access-db';
import { AppError, FieldProblem } from '../../common/app-error';
import { isUuid } from '../../common/is-uuid';
import {
  AddRolloutTaskInput,
  UpdateRolloutTaskInput,
} from './dto/rollout-task.input';
import { RolloutTask } from './dto/rollout-plan.object';
import { RolloutPlansService } from './rollout-plans.service';

const MAX_TITLE = 300;
const MAX_OWNER = 200;

/**
 * Editing a plan's tasks: tick, add, rename, reassign, set a due date. The
 * CoE and administrators may edit every plan; a department head the plans
 * of their own departments ('rollout-task:write'). A task of another
 * organisation is NOT_FOUND.
 */
@Injectable()
export class RolloutTasksService {
  constructor(
    @InjectRepository(RolloutTaskEntity)
    private readonly tasks: Repository<RolloutTaskEntity>,
    private readonly plans: RolloutPlansService,
  ) {}

  async setDone(taskId: string, done: boolean): Promise<RolloutTask> {
    const { task, plan } = await this.taskWithPlan(taskId);
    if (task.done !== done) {
      task.done = done;
      task.doneAt = done ? new Date() : null;
      await this.tasks.save(task);
    }
    return this.evaluated(plan, task.id);
  }

  async add(input: AddRolloutTaskInput): Promise<RolloutTask> {
    const plan = await this.plans.plan(input.planId);
    const title = this.title(input.title);
    const owner = this.owner(input.owner);
    const last = await this.tasks.findOne({
      where: {
        organizationId: plan.organizationId,
        planId: plan.id,
        phase: input.phase,
      },
      order: { position: 'DESC' },
    });
    const task = await this.tasks.save(
      this.tasks.create({
        organizationId: plan.organizationId,
        planId: plan.id,
        standardKey: null,
        title,
        phase: input.phase,
        owner,
        dueDate: input.dueDate ?? null,
        position: last ? last.position + 1 : 0,
      }),
    );
    return this.evaluated(plan, task.id);
  }

  async update(
    taskId: string,
    input: UpdateRolloutTaskInput,
  ): Promise<RolloutTask> {
    const { task, plan } = await this.taskWithPlan(taskId);
    if (input.title !== undefined) task.title = this.title(input.title);
    if (input.phase != null) task.phase = input.phase;
    if (input.owner !== undefined) task.owner = this.owner(input.owner);
    if (input.dueDate !== undefined) task.dueDate = input.dueDate;
    await this.tasks.save(task);
    return this.evaluated(plan, task.id);
  }

  // The caller's access is checked by @Authorize, through ROLLOUT_TASK_ROW.
  private async taskWithPlan(
    taskId: string,
  ): Promise<{ task: RolloutTaskEntity; plan: RolloutPlanEntity }> {
    const task = isUuid(taskId)
      ? await this.tasks.findOneBy({ id: taskId })
      : null;
    if (!task) throw AppError.notFound('task');
    return { task, plan: await this.plans.plan(task.planId) };
  }

  private async evaluated(
    plan: RolloutPlanEntity,
    taskId: string,
  ): Promise<RolloutTask> {
    const [evaluated] = await this.plans.evaluate([plan]);
    return evaluated.tasks.find((task) => task.id === taskId)!;
  }

  private title(value: string | null | undefined): string {
    const title = (value ?? '').trim().replace(/\s+/g, ' ');
    const problems: FieldProblem[] = [];
    if (title === '')
      problems.push({ field: 'title', message: 'title must not be empty' });
    if (title.length > MAX_TITLE)
      problems.push({
        field: 'title',
        message: `title must be at most ${MAX_TITLE} characters`,
      });
    if (problems.length > 0) throw AppError.badInput(problems);
    return title;
  }

  // A blank owner names nobody (as in the gates): store null.
  private owner(value: string | null | undefined): string | null {
    const owner = value?.trim() ?? '';
    if (owner.length > MAX_OWNER)
      throw AppError.badInput([
        {
          field: 'owner',
          message: `owner must be at most ${MAX_OWNER} characters`,
        },
      ]);
    return owner === '' ? null : owner;
  }
}
