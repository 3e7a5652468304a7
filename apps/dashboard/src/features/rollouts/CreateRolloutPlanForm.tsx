import {
  Button,
  Card,
  CheckboxField,
  FormActions,
  LoadingState,
  TextField,
} from '@esm-planner/dashboard-ui';
import { formatDate } from '../formatting/format';
import { CreatePlanRefusal } from './CreatePlanRefusal';
import { PlanStartPreview } from './PlanStartPreview';
import { useCreateRolloutPlan } from './useCreateRolloutPlan';

export type CreateRolloutPlanFormProps = {
  departmentId: string;
  departmentName: string;
  onCreated: () => void;
};

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
  const plan = useCreateRolloutPlan(departmentId, onCreated);
  const { shown, conflict, changeStart } = plan;
  return (
    <Card
      as="section"
      title={`Create ${departmentName}’s 90-day plan`}
      testId="create-rollout-plan"
    >
      <form
        className="rollout-form"
        noValidate
        onSubmit={(event) => void plan.submit(event)}
      >
        <CreatePlanRefusal
          refusal={plan.refusal}
          conflict={conflict}
          departmentName={departmentName}
          onUseEarliest={changeStart}
        />
        <TextField
          label="Start date (day 1)"
          name="startDate"
          type="date"
          value={plan.startDate}
          hint={
            shown
              ? `The roadmap’s date for ${departmentName} is ${formatDate(shown.roadmapStartDate)}. Leave empty to use it.`
              : undefined
          }
          error={plan.previewProblem}
          onChange={changeStart}
        />
        <CheckboxField
          label="Count working days (Monday to Friday)"
          name="businessDays"
          checked={plan.businessDays}
          hint="Otherwise the plan counts calendar days. A plan in working days that starts at a weekend begins on the Monday."
          onChange={plan.setBusinessDays}
        />
        {shown ? (
          <PlanStartPreview
            preview={shown}
            departmentName={departmentName}
            onUseEarliest={changeStart}
            showConflict={!conflict}
          />
        ) : plan.previewLoading ? (
          <LoadingState label="Checking the roadmap…" />
        ) : null}
        {plan.overCapacityOffered ? (
          <CheckboxField
            label="Create it anyway, over the roadmap’s capacity"
            name="allowOverCapacity"
            checked={plan.overCapacity}
            hint="The roadmap then marks the plan as over capacity, with the plans it overlaps."
            onChange={plan.setOverCapacity}
          />
        ) : null}
        <FormActions>
          <Button
            type="submit"
            variant="primary"
            loading={plan.creating}
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
