import { useState } from 'react';
import {
  Button,
  Card,
  FormActions,
  InlineNotice,
  TextField,
} from '@esm-planner/dashboard-ui';
import { parseNumberText } from '../forms/number-text';
import { SaveConfirmation } from '../forms/SaveConfirmation';
import { moveInOrder, startReason, type RoadmapItem } from './roadmap-rows';
import { formatDate } from '../formatting/format';

export type RoadmapDraft = { order: string[]; maxConcurrentRollouts: number };

export type RoadmapOrderCardProps = {
  /** The items as currently shown (preview or saved), in that order. */
  items: readonly RoadmapItem[];
  draft: RoadmapDraft;
  changed: boolean;
  canSave: boolean;
  saving: boolean;
  previewing: boolean;
  capacityError?: string;
  /** The order was just saved: the card says so. */
  saved?: boolean;
  onChange: (draft: RoadmapDraft) => void;
  onSave: () => void;
  onDiscard: () => void;
};

/** Move departments up or down and set how many rollouts may overlap; the schedule previews before it is saved. */
export function RoadmapOrderCard({
  items,
  draft,
  changed,
  canSave,
  saving,
  previewing,
  capacityError,
  saved = false,
  onChange,
  onSave,
  onDiscard,
}: RoadmapOrderCardProps) {
  const byId = new Map(items.map((item) => [item.department.id, item]));
  // The capacity as typed (empty, "2.", a paste), judged when the person leaves the field.
  const [capacityText, setCapacityText] = useState<string | null>(null);
  const [capacityLeft, setCapacityLeft] = useState(false);
  const shownCapacity = capacityText ?? String(draft.maxConcurrentRollouts);
  return (
    <Card as="section" title="Order and capacity" testId="roadmap-order">
      <p className="muted">
        IT goes first and HR second by default, then the others by priority
        score (annual net benefit ÷ (1 + informal share)). Moving a department
        shows the new schedule below before anything is saved.
      </p>
      <ol className="roadmap-order">
        {draft.order.map((id, index) => {
          const item = byId.get(id);
          if (!item) return null;
          return (
            <li
              key={id}
              className="roadmap-order__item"
              data-testid="roadmap-order-item"
            >
              <span className="roadmap-order__name">
                {index + 1}. {item.department.name}
                <span className="muted">
                  {' '}
                  · starts {formatDate(item.startDate)} ({startReason(item)})
                </span>
              </span>
              <Button
                size="sm"
                variant="ghost"
                ariaLabel={`Move ${item.department.name} up`}
                disabled={index === 0}
                onClick={() =>
                  onChange({
                    ...draft,
                    order: moveInOrder(draft.order, index, -1),
                  })
                }
              >
                Up
              </Button>
              <Button
                size="sm"
                variant="ghost"
                ariaLabel={`Move ${item.department.name} down`}
                disabled={index === draft.order.length - 1}
                onClick={() =>
                  onChange({
                    ...draft,
                    order: moveInOrder(draft.order, index, 1),
                  })
                }
              >
                Down
              </Button>
            </li>
          );
        })}
      </ol>
      <TextField
        label="Rollouts at the same time"
        name="maxConcurrentRollouts"
        value={shownCapacity}
        inputMode="numeric"
        hint="How many departments may be between their day 1 and day 61 at once (1 to 20). A department frees its slot at go-live."
        error={capacityLeft ? capacityError : undefined}
        onBlur={() => setCapacityLeft(true)}
        onChange={(value) => {
          setCapacityText(value);
          // Not a number yet (cleared, "2."): NaN keeps the preview and the save off until it is one.
          onChange({
            ...draft,
            maxConcurrentRollouts: parseNumberText(value) ?? Number.NaN,
          });
        }}
      />
      {changed ? (
        <InlineNotice testId="roadmap-preview-notice">
          {previewing
            ? 'Working out the new schedule…'
            : 'Preview: the schedule below shows this order and capacity. Nothing is saved yet.'}
        </InlineNotice>
      ) : null}
      <FormActions>
        {canSave ? (
          <Button
            variant="primary"
            disabled={!changed}
            loading={saving}
            onClick={onSave}
            testId="roadmap-save-order"
          >
            Save order
          </Button>
        ) : null}
        <Button
          variant="ghost"
          disabled={!changed}
          onClick={() => {
            setCapacityText(null);
            setCapacityLeft(false);
            onDiscard();
          }}
        >
          Discard changes
        </Button>
        <SaveConfirmation message={saved ? 'Order saved.' : null} />
      </FormActions>
      {!canSave ? (
        <p className="muted">
          Only the CoE and administrators save the roadmap; you can try orders
          here.
        </p>
      ) : null}
    </Card>
  );
}
