import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  CreateRolloutPlanDocument,
  describeApiError,
  RolloutPlanPreviewDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  Card,
  CheckboxField,
  ErrorBanner,
  FormActions,
  LoadingState,
  TextField,
} from '@esm-planner/dashboard-ui';
import { formatDate, formatShortDateRange } from '../formatting/format';
import {
  capacityConflictOf,
  slotHolderList,
  type CapacityConflict,
} from './capacity-conflict';
import { gateRefusalOf, type GateRefusal } from './gate-reasons';
import { PlanStartPreview } from './PlanStartPreview';
import { RefusedStartDetails } from './RefusedStartDetails';

export type CreateRolloutPlanFormProps = {
  departmentId: string;
  departmentName: string;
  onCreated: () => void;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Start date and day counting (domain §4 "Starting a plan"). The date starts
 * as the department's date on the roadmap; every change is previewed by the
 * API (its dates, whether the roadmap has room, which departments move)
 * before "Create plan". A start the roadmap has no room for is refused with
 * the earliest one that fits, unless the CoE ticks "over capacity"; a start
 * while IT is not stable shows the gate's figures and reasons.
 */
export function CreateRolloutPlanForm({
  departmentId,
  departmentName,
  onCreated,
}: CreateRolloutPlanFormProps) {
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

  return (
    <Card
      as="section"
      title={`Create ${departmentName}’s 90-day plan`}
      testId="create-rollout-plan"
    >
      <form
        className="rollout-form"
        noValidate
        onSubmit={(event) => void submit(event)}
      >
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
              onClick={() => changeStart(conflict.earliestStart)}
              testId="create-rollout-plan-use-earliest"
            >
              Start on {formatDate(conflict.earliestStart)}
            </Button>
          </div>
        ) : null}
        <TextField
          label="Start date (day 1)"
          name="startDate"
          type="date"
          value={startDate}
          hint={
            shown
              ? `The roadmap’s date for ${departmentName} is ${formatDate(shown.roadmapStartDate)}. Leave empty to use it.`
              : undefined
          }
          error={previewProblem}
          onChange={changeStart}
        />
        <CheckboxField
          label="Count working days (Monday to Friday)"
          name="businessDays"
          checked={businessDays}
          hint="Otherwise the plan counts calendar days. A plan in working days that starts at a weekend begins on the Monday."
          onChange={setBusinessDays}
        />
        {shown ? (
          <PlanStartPreview
            preview={shown}
            departmentName={departmentName}
            onUseEarliest={changeStart}
            showConflict={!conflict}
          />
        ) : preview.loading ? (
          <LoadingState label="Checking the roadmap…" />
        ) : null}
        {overCapacityOffered ? (
          <CheckboxField
            label="Create it anyway, over the roadmap’s capacity"
            name="allowOverCapacity"
            checked={overCapacity}
            hint="The roadmap then marks the plan as over capacity, with the plans it overlaps."
            onChange={setOverCapacity}
          />
        ) : null}
        <FormActions>
          <Button
            type="submit"
            variant="primary"
            loading={loading}
            disabled={!shown}
            testId="create-rollout-plan-submit"
          >
            Create plan
          </Button>
        </FormActions>
      </form>
    </Card>
  );
}
