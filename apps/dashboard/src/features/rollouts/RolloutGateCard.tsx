import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  AdvancePhaseDocument,
  type RolloutPlanFieldsFragment,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Badge,
  Button,
  Card,
  ErrorBanner,
  InlineNotice,
} from '@esm-planner/dashboard-ui';
import { gateRefusalOf, type GateRefusal } from './gate-reasons';
import { advanceLabel, phaseLabel } from './rollout-labels';

type Gate = NonNullable<RolloutPlanFieldsFragment['gate']>;

export type RolloutGateCardProps = {
  plan: RolloutPlanFieldsFragment;
  canAdvance: boolean;
  onAdvanced: () => void;
};

/** What the gate into the next phase needs (domain §4), and the button to go through it. */
export function RolloutGateCard({
  plan,
  canAdvance,
  onAdvanced,
}: RolloutGateCardProps) {
  const [advance, { loading }] = useMutation(AdvancePhaseDocument);
  const [refusal, setRefusal] = useState<GateRefusal | null>(null);
  const gate = plan.gate;
  const reasonsId = useId();

  async function onClick(): Promise<void> {
    setRefusal(null);
    try {
      await advance({ variables: { planId: plan.id } });
      onAdvanced();
    } catch (failure) {
      setRefusal(gateRefusalOf(failure));
    }
  }

  if (!gate) {
    return (
      <Card as="section" title="Next gate" testId="rollout-gate">
        <p>
          The plan is in its last phase, full rollout and expand: there is no
          gate after it.
        </p>
      </Card>
    );
  }
  return (
    <Card
      as="section"
      title={`Gate into ${phaseLabel(gate.name).toLowerCase()}`}
      testId="rollout-gate"
      aside={
        <Badge
          tone={gate.holds ? 'success' : 'danger'}
          testId="rollout-gate-verdict"
        >
          {gate.holds ? 'Holds' : 'Blocked'}
        </Badge>
      }
    >
      {gate.holds ? (
        <p>Everything the gate checks is in place: the plan may move on.</p>
      ) : null}
      {refusal ? <RefusalBanner refusal={refusal} /> : null}
      <GateAction
        gate={gate}
        canAdvance={canAdvance}
        loading={loading}
        reasonsId={reasonsId}
        onAdvance={() => void onClick()}
      />
    </Card>
  );
}

/** Why the last attempt to advance failed: the gate's reasons, or the error. */
function RefusalBanner({ refusal }: { refusal: GateRefusal }) {
  return (
    <ErrorBanner
      title={
        refusal.blocked
          ? 'The phase did not change'
          : 'The phase could not be changed'
      }
      messages={
        refusal.reasons.length > 0 ? refusal.reasons : [refusal.message]
      }
      testId="rollout-advance-error"
    />
  );
}

/** The advance button (or who may press it) and what blocks the gate. */
function GateAction({
  gate,
  canAdvance,
  loading,
  reasonsId,
  onAdvance,
}: {
  gate: Gate;
  canAdvance: boolean;
  loading: boolean;
  reasonsId: string;
  onAdvance: () => void;
}) {
  return (
    <div className="rollout-gate__action">
      {canAdvance ? (
        // Disabled while the gate does not hold: the reasons beside it say what is missing (and describe the button).
        <Button
          variant="primary"
          loading={loading}
          disabled={!gate.holds}
          ariaDescribedBy={gate.holds ? undefined : reasonsId}
          onClick={onAdvance}
          testId="rollout-advance"
        >
          {advanceLabel(gate.name)}
        </Button>
      ) : (
        <InlineNotice>
          Only the CoE and administrators move a plan to its next phase.
        </InlineNotice>
      )}
      {gate.holds ? null : (
        <div className="rollout-gate__blocked" id={reasonsId}>
          <p>Not yet: what blocks the next phase, from the live data:</p>
          <ul
            className="rollout-gate__reasons"
            data-testid="rollout-gate-reasons"
          >
            {gate.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
