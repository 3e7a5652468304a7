import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  PreviewRoadmapDocument,
  type RoadmapPageQuery,
  UpdateRoadmapSettingsDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import { problemsFromFailure } from '../forms/field-problems';
import type { RoadmapDraft } from './RoadmapOrderCard';

type Roadmap = RoadmapPageQuery['roadmap'] | undefined;

/** The draft being edited, else the saved order and capacity. */
export const draftOrSaved = (
  draft: RoadmapDraft | null,
  roadmap: NonNullable<Roadmap>,
): RoadmapDraft =>
  draft ?? {
    order: roadmap.order,
    maxConcurrentRollouts: roadmap.maxConcurrentRollouts,
  };

const differsFromSaved = (draft: RoadmapDraft | null, roadmap: Roadmap) =>
  Boolean(
    roadmap &&
    draft &&
    (draft.maxConcurrentRollouts !== roadmap.maxConcurrentRollouts ||
      draft.order.join() !== roadmap.order.join()),
  );

const hasValidCapacity = (draft: RoadmapDraft | null) =>
  Boolean(
    draft &&
    Number.isInteger(draft.maxConcurrentRollouts) &&
    draft.maxConcurrentRollouts >= 1 &&
    draft.maxConcurrentRollouts <= 20,
  );

/** The API's reasons for refusing the order, each in one line. */
function orderSaveProblems(failure: unknown): string[] {
  const problems = problemsFromFailure(failure, {
    order: 'Order',
    maxConcurrentRollouts: 'Rollouts at the same time',
  });
  return [...Object.values(problems.fields), ...problems.other];
}

/**
 * Another order or capacity for the roadmap: previewed while it differs
 * from the saved one and the capacity is valid, then saved (or discarded).
 */
export function useRoadmapDraft(
  organizationId: string,
  roadmap: Roadmap,
  refetch: () => Promise<unknown>,
) {
  const [draft, setDraft] = useState<RoadmapDraft | null>(null);
  const [saveProblems, setSaveProblems] = useState<string[]>([]);
  const [orderSaved, setOrderSaved] = useState(false);
  const changed = differsFromSaved(draft, roadmap);
  const validCapacity = hasValidCapacity(draft);
  const preview = useQuery(PreviewRoadmapDocument, {
    skip: !changed || !validCapacity,
    variables: {
      organizationId,
      order: draft?.order ?? null,
      maxConcurrentRollouts: draft?.maxConcurrentRollouts ?? null,
    },
  });
  const [saveSettings, { loading: saving }] = useMutation(
    UpdateRoadmapSettingsDocument,
  );

  async function save(current: RoadmapDraft): Promise<void> {
    setSaveProblems([]);
    setOrderSaved(false);
    if (!validCapacity) {
      setSaveProblems([
        'Rollouts at the same time: enter a whole number from 1 to 20.',
      ]);
      return;
    }
    try {
      await saveSettings({
        variables: {
          input: {
            organizationId,
            order: current.order,
            maxConcurrentRollouts: current.maxConcurrentRollouts,
          },
        },
      });
      await refetch();
      setDraft(null);
      setOrderSaved(true);
    } catch (failure) {
      setSaveProblems(orderSaveProblems(failure));
    }
  }

  const change = (next: RoadmapDraft) => {
    setOrderSaved(false);
    setDraft(next);
  };
  const discard = () => setDraft(null);

  return {
    draft,
    changed,
    validCapacity,
    /** The schedule with the draft's order, once computed. */
    previewed:
      changed && validCapacity ? preview.data?.previewRoadmap : undefined,
    saveProblems,
    save,
    /** What the order card shows of the draft, and its handlers. */
    orderCard: {
      changed,
      saving,
      previewing: preview.loading,
      capacityError:
        draft && !validCapacity
          ? 'Enter a whole number from 1 to 20.'
          : undefined,
      saved: orderSaved && !changed,
      onChange: change,
      onDiscard: discard,
    },
  };
}
