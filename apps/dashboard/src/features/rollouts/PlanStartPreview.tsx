import type { RolloutPlanPreviewQuery } from '@esm-planner/dashboard-data-access-graphql';
import { Button, InlineNotice } from '@esm-planner/dashboard-ui';
import { formatDate, formatShortDateRange } from '../formatting/format';
import { slotHolderList } from './capacity-conflict';

export type PlanPreview = RolloutPlanPreviewQuery['rolloutPlanPreview'];

export type PlanStartPreviewProps = {
  preview: PlanPreview;
  departmentName: string;
  /** Sets the start date field to the earliest start that fits. */
  onUseEarliest: (date: string) => void;
  /** False while the API's refusal of the same start says it already (no second notice). */
  showConflict?: boolean;
};

function roomFor(capacity: number): string {
  return capacity === 1
    ? 'one rollout at a time'
    : `${capacity} rollouts at a time`;
}

/**
 * What the plan would do, from the API's rolloutPlanPreview, before it is
 * created (domain §4): its dates, whether the roadmap has room for it, and
 * which departments without a plan move, from and to.
 */
export function PlanStartPreview({
  preview,
  departmentName,
  onUseEarliest,
  showConflict = true,
}: PlanStartPreviewProps) {
  return (
    <div
      className="plan-preview"
      data-testid="plan-start-preview"
      aria-live="polite"
    >
      <p>
        Day 1 <strong>{formatDate(preview.startDate)}</strong>, go-live (day 61){' '}
        <strong>{formatDate(preview.goLiveDate)}</strong>, day 90{' '}
        <strong>{formatDate(preview.endDate)}</strong>.
      </p>
      {preview.fits || !showConflict ? null : (
        <div
          className="plan-preview__conflict"
          data-testid="plan-start-conflict"
        >
          <InlineNotice>
            The roadmap has room for {roomFor(preview.maxConcurrentRollouts)},
            from day 1 to go-live. This start overlaps{' '}
            {slotHolderList(preview.overlappingPlans, formatShortDateRange)}.
            The earliest start that fits is {formatDate(preview.earliestStart)}.
          </InlineNotice>
          <Button
            size="sm"
            onClick={() => onUseEarliest(preview.earliestStart)}
            testId="plan-start-use-earliest"
          >
            Start on {formatDate(preview.earliestStart)}
          </Button>
        </div>
      )}
      <h3 className="plan-preview__title">What moves on the roadmap</h3>
      {preview.moves.length === 0 ? (
        <p data-testid="plan-start-no-moves">
          No other department’s scheduled start moves.
        </p>
      ) : (
        <>
          <p>
            Starting {departmentName} on this date moves the departments without
            a plan:
          </p>
          <ul className="plan-preview__moves" data-testid="plan-start-moves">
            {preview.moves.map((move) => (
              <li key={move.departmentId}>
                <strong>{move.departmentName}</strong>: start moves from{' '}
                {formatDate(move.fromStart)} to {formatDate(move.toStart)}{' '}
                (go-live {formatDate(move.toGoLive)})
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
