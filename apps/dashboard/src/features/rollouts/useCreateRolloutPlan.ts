import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  CreateRolloutPlanDocument,
  describeApiError,
  RolloutPlanPreviewDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import { capacityConflictOf, type CapacityConflict } from './capacity-conflict';
import { gateRefusalOf, type GateRefusal } from './gate-reasons';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The create-plan form's state: the start date and day counting, the API's
 * preview of them, and why a create was refused (the gate, or no room).
 */
export function useCreateRolloutPlan(
  departmentId: string,
  onCreated: () => void,
) {
  // null: not touched, so the roadmap's date (what the API uses when none is sent).
  const [typed, setTyped] = useState<string | null>(null);
  const [businessDays, setBusinessDays] = useState(false);
  const [overCapacity, setOverCapacity] = useState(false);
  const [refusal, setRefusal] = useState<GateRefusal | null>(null);
  const [conflict, setConflict] = useState<CapacityConflict | null>(null);
  const asked = typed && ISO_DATE.test(typed) ? typed : null;
  const preview = useQuery(RolloutPlanPreviewDocument, {
    variables: { departmentId, startDate: asked, businessDays },
  });
  const shown =
    (preview.data ?? preview.previousData)?.rolloutPlanPreview ?? null;
  const [create, { loading }] = useMutation(CreateRolloutPlanDocument);

  const startDate = typed ?? shown?.roadmapStartDate ?? '';
  const previewProblem = preview.error
    ? describeApiError(preview.error)
    : undefined;
  const overCapacityOffered = Boolean((shown && !shown.fits) || conflict);

  function changeStart(value: string): void {
    setTyped(value);
    setConflict(null);
    setRefusal(null);
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setRefusal(null);
    setConflict(null);
    try {
      await create({
        variables: {
          departmentId,
          startDate: asked,
          businessDays,
          allowOverCapacity: overCapacityOffered && overCapacity,
        },
      });
      onCreated();
    } catch (failure) {
      const full = capacityConflictOf(failure);
      if (full) setConflict(full);
      else setRefusal(gateRefusalOf(failure));
    }
  }

  return {
    shown,
    startDate,
    changeStart,
    previewProblem,
    previewLoading: preview.loading,
    businessDays,
    setBusinessDays,
    overCapacityOffered,
    overCapacity,
    setOverCapacity,
    refusal,
    conflict,
    submit,
    creating: loading,
  };
}
