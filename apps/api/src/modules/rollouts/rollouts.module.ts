import { Module } from '@nestjs/common';
import { RoadmapModule } from '../roadmap/roadmap.module';
import {
  DepartmentRolloutPlanResolver,
  RolloutsResolver,
} from './rollouts.resolver';
import { PlanStartService } from './plan-start.service';
import { RolloutPlansService } from './rollout-plans.service';
import { RolloutTasksService } from './rollout-tasks.service';

@Module({
  imports: [RoadmapModule],
  providers: [
    PlanStartService,
    RolloutPlansService,
    RolloutTasksService,
    RolloutsResolver,
    DepartmentRolloutPlanResolver,
  ],
  exports: [RolloutPlansService],
})
export class RolloutsModule {}
