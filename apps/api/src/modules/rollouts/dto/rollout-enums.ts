import { registerEnumType } from '@nestjs/graphql';
import { PLAN_STATUSES, PlanStatus, ROLLOUT_PHASES, RolloutPhase } from '@esm-planner/domain-rollout';

function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

// The domain's own lists, so the schema cannot drift from the library.
export const RolloutPhaseEnum = enumObject<RolloutPhase>(ROLLOUT_PHASES);
export const PlanStatusEnum = enumObject<PlanStatus>(PLAN_STATUSES);

registerEnumType(RolloutPhaseEnum, { name: 'RolloutPhase', description: 'The four phases of the 90-day plan (domain §4).' });
registerEnumType(PlanStatusEnum, {
  name: 'PlanStatus',
  description: 'NOT_STARTED, ON_TRACK, AT_RISK (behind by > 10 % or a task overdue), LATE (behind by > 25 % or past day 90), DONE.',
});
