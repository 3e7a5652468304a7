import { Button, ErrorBanner } from '@esm-planner/dashboard-ui';
import { formatDate, formatShortDateRange } from '../formatting/format';
import { slotHolderList, type CapacityConflict } from './capacity-conflict';
import type { GateRefusal } from './gate-reasons';
import { RefusedStartDetails } from './RefusedStartDetails';

/** Why the last "Create plan" failed: the gate's reasons, or a full roadmap and the earliest start that fits. */
export function CreatePlanRefusal({
  refusal,
  conflict,
  departmentName,
  onUseEarliest,
}: {
  refusal: GateRefusal | null;
  conflict: CapacityConflict | null;
  departmentName: string;
  onUseEarliest: (date: string) => void;
}) {
  return (
    <>
      {refusal ? (
        <ErrorBanner
          title={
            refusal.blocked
              ? `${departmentName} cannot start on this date`
              : 'The plan was not created'
          }
          messages={
            refusal.blocked && refusal.reasons.length > 0
              ? refusal.reasons
              : [refusal.message]
          }
          testId="create-rollout-plan-error"
        />
      ) : null}
      {refusal?.itStability ? (
        <RefusedStartDetails stability={refusal.itStability} />
      ) : null}
      {conflict ? (
        <div
          className="plan-preview__refusal"
          data-testid="create-rollout-plan-conflict"
        >
          <ErrorBanner
            title="The roadmap has no room for this start"
            messages={[
              `${slotHolderList(conflict.overlappingPlans, formatShortDateRange)} ${conflict.overlappingPlans.length === 1 ? 'holds' : 'hold'} the rollout slots then.`,
              `The earliest start that fits is ${formatDate(conflict.earliestStart)}.`,
            ]}
          />
          <Button
            onClick={() => onUseEarliest(conflict.earliestStart)}
            testId="create-rollout-plan-use-earliest"
          >
            Start on {formatDate(conflict.earliestStart)}
          </Button>
        </div>
      ) : null}
    </>
  );
}
