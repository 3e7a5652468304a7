import type {
  DepartmentEntity,
  RolloutPlanEntity,
} from '@esm-planner/api-data-access-db';
import type { DepartmentKind } from '@esm-planner/domain-departments';
import type { RoadmapItem } from './dto/roadmap.object';
import type { ItStabilityAssessment } from './it-stability.service';
import type { RoadmapSettings } from './roadmap-settings.service';

/** A what-if: another order or capacity, not saved. */
export type RoadmapOverride = {
  order?: string[] | null;
  maxConcurrentRollouts?: number | null;
};

/** A plan start being considered: the department, its day 1 as asked and how it counts days. */
export type PlannedStart = {
  departmentId: string;
  startDate: string;
  businessDays: boolean;
};

export type Scores = Map<
  string,
  Pick<RoadmapItem, 'annualNetBenefit' | 'informalShare' | 'priorityScore'>
>;

export type ScheduleInputs = {
  organizationId: string;
  asOf: string;
  settings: RoadmapSettings;
  capacity: number;
  departments: DepartmentEntity[];
  /** Saved plans, oldest first: the order capacity is judged in. */
  plans: RolloutPlanEntity[];
  assessment: ItStabilityAssessment;
  scores: Scores;
  sequence: (DepartmentEntity & {
    kind: DepartmentKind;
    priorityScore: number | null;
  })[];
};
