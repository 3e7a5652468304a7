import {
  codeOf,
  graphQLErrorsOf,
} from '@esm-planner/dashboard-data-access-graphql';

/** A plan sharing rollout-slot days with the asked one (days 1–61). */
export type SlotHolder = {
  departmentId: string;
  departmentName: string;
  startDate: string;
  goLiveDate: string;
};

/** A start refused because the roadmap is full then (CONFLICT with extensions.earliestStart, domain §4). */
export type CapacityConflict = {
  message: string;
  earliestStart: string;
  maxConcurrentRollouts: number | null;
  overlappingPlans: SlotHolder[];
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function holdersOf(value: unknown): SlotHolder[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is SlotHolder =>
      Boolean(item) &&
      typeof item === 'object' &&
      typeof item.departmentName === 'string' &&
      typeof item.startDate === 'string' &&
      typeof item.goLiveDate === 'string',
  );
}

/**
 * Reads a createRolloutPlan refused for capacity: CONFLICT carrying
 * `extensions.earliestStart`. A CONFLICT without it (the department already
 * has a plan) is not a capacity conflict: null, like any other error.
 */
export function capacityConflictOf(failure: unknown): CapacityConflict | null {
  const conflict = graphQLErrorsOf(failure).find(
    (error) =>
      codeOf(error) === 'CONFLICT' &&
      typeof error.extensions?.['earliestStart'] === 'string',
  );
  if (!conflict) return null;
  const earliestStart = conflict.extensions!['earliestStart'] as string;
  if (!ISO_DATE.test(earliestStart)) return null;
  const capacity = conflict.extensions!['maxConcurrentRollouts'];
  return {
    message: conflict.message,
    earliestStart,
    maxConcurrentRollouts: typeof capacity === 'number' ? capacity : null,
    overlappingPlans: holdersOf(conflict.extensions!['overlappingPlans']),
  };
}

/** "IT (5 Jan – 6 Mar 2026)" for each plan in the way, with a formatter for the range. */
export function slotHolderList(
  plans: readonly SlotHolder[],
  range: (start: string, end: string) => string,
): string {
  return plans
    .map(
      (plan) =>
        `${plan.departmentName} (${range(plan.startDate, plan.goLiveDate)})`,
    )
    .join(', ');
}
