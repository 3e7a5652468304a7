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
import type { RoadmapItem } from './roadmap-rows';
import { RoadmapOrderList } from './RoadmapOrderList';

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
      <RoadmapOrderList items={items} draft={draft} onChange={onChange} />
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
      <RoadmapOrderActions
        canSave={canSave}
        changed={changed}
        saving={saving}
        saved={saved}
        onSave={onSave}
        onDiscard={() => {
          setCapacityText(null);
          setCapacityLeft(false);
          onDiscard();
        }}
      />
      {!canSave ? (
        <p className="muted">
          Only the CoE and administrators save the roadmap; you can try orders
          here.
        </p>
      ) : null}
    </Card>
  );
}

/** Save or discard the draft; says when it was saved. */
function RoadmapOrderActions({
  canSave,
  changed,
  saving,
  saved,
  onSave,
  onDiscard,
}: Pick<RoadmapOrderCardProps, 'canSave' | 'changed' | 'saving' | 'onSave'> & {
  saved: boolean;
  onDiscard: () => void;
}) {
  return (
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
      <Button variant="ghost" disabled={!changed} onClick={onDiscard}>
        Discard changes
      </Button>
      <SaveConfirmation message={saved ? 'Order saved.' : null} />
    </FormActions>
  );
}
