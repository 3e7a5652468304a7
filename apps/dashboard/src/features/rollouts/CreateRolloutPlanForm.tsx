import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { CreateRolloutPlanDocument } from '@esm-planner/dashboard-data-access-graphql';
import { Button, Card, CheckboxField, ErrorBanner, FormActions, TextField } from '@esm-planner/dashboard-ui';
import { gateRefusalOf, type GateRefusal } from './gate-reasons';
import { RefusedStartDetails } from './RefusedStartDetails';

export type CreateRolloutPlanFormProps = {
  departmentId: string;
  departmentName: string;
  /** The organisation's today, the default start. */
  today: string;
  onCreated: () => void;
};

/** Start date and day counting; a refusal (IT not stable) shows the gate's figures and reasons. */
export function CreateRolloutPlanForm({ departmentId, departmentName, today, onCreated }: CreateRolloutPlanFormProps) {
  const [startDate, setStartDate] = useState(today);
  const [businessDays, setBusinessDays] = useState(false);
  const [refusal, setRefusal] = useState<GateRefusal | null>(null);
  const [create, { loading }] = useMutation(CreateRolloutPlanDocument);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setRefusal(null);
    try {
      await create({ variables: { departmentId, startDate, businessDays } });
      onCreated();
    } catch (failure) {
      setRefusal(gateRefusalOf(failure));
    }
  }

  return (
    <Card as="section" title={`Create ${departmentName}’s 90-day plan`} testId="create-rollout-plan">
      <form className="rollout-form" noValidate onSubmit={(event) => void submit(event)}>
        {refusal ? (
          <ErrorBanner
            title={refusal.blocked ? `${departmentName} cannot start on this date` : 'The plan was not created'}
            messages={refusal.blocked && refusal.reasons.length > 0 ? refusal.reasons : [refusal.message]}
            testId="create-rollout-plan-error"
          />
        ) : null}
        {refusal?.itStability ? <RefusedStartDetails stability={refusal.itStability} /> : null}
        <TextField label="Start date (day 1)" name="startDate" type="date" value={startDate} required onChange={setStartDate} />
        <CheckboxField
          label="Count working days (Monday to Friday)"
          name="businessDays"
          checked={businessDays}
          hint="Otherwise the plan counts calendar days. A plan in working days that starts at a weekend begins on the Monday."
          onChange={setBusinessDays}
        />
        <FormActions>
          <Button type="submit" variant="primary" loading={loading} testId="create-rollout-plan-submit">
            Create plan
          </Button>
        </FormActions>
      </form>
    </Card>
  );
}
