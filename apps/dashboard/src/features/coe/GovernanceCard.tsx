import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type Dispatch, type SetStateAction } from 'react';
import {
  describeApiError,
  type ProgrammeGovernanceFieldsFragment,
  ProgrammeGovernanceDocument,
  SetProgrammeGovernanceDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  Card,
  ErrorBanner,
  FormActions,
  LoadingState,
  SelectField,
  TextField,
} from '@esm-planner/dashboard-ui';

export type GovernanceCardProps = {
  organizationId: string;
  departments: readonly { id: string; name: string }[];
  canEdit: boolean;
};

type Member = { name: string; departmentId: string };

/** The executive sponsor and the cross-functional steering group: the first readiness check. */
export function GovernanceCard({
  organizationId,
  departments,
  canEdit,
}: GovernanceCardProps) {
  const { data, error, refetch } = useQuery(ProgrammeGovernanceDocument, {
    variables: { organizationId },
  });
  const governance = data?.programmeGovernance;
  if (!governance) {
    return error ? (
      <ErrorBanner
        title="Governance could not be loaded"
        messages={[describeApiError(error)]}
      />
    ) : (
      <LoadingState label="Loading governance…" />
    );
  }
  return (
    <Card
      as="section"
      title="Sponsor and steering group"
      testId="coe-governance"
    >
      <GovernanceForm
        key={JSON.stringify(governance)}
        governance={governance}
        departments={departments}
        canEdit={canEdit}
        onSaved={() => void refetch()}
      />
    </Card>
  );
}

function GovernanceForm({
  governance,
  departments,
  canEdit,
  onSaved,
}: {
  governance: ProgrammeGovernanceFieldsFragment;
  departments: GovernanceCardProps['departments'];
  canEdit: boolean;
  onSaved: () => void;
}) {
  const [sponsor, setSponsor] = useState(governance.executiveSponsor ?? '');
  const [members, setMembers] = useState<Member[]>(
    governance.steeringGroup.map((m) => ({
      name: m.name,
      departmentId: m.departmentId ?? '',
    })),
  );
  const [save, { loading, error }] = useMutation(
    SetProgrammeGovernanceDocument,
  );
  const onSubmit = async () => {
    const steeringGroup = members.map((m) => ({
      name: m.name,
      departmentId: m.departmentId || null,
    }));
    const input = {
      organizationId: governance.organizationId,
      executiveSponsor: sponsor || null,
      steeringGroup,
    };
    const result = await save({ variables: { input } }).catch(() => null);
    if (result?.data) onSaved();
  };

  return (
    <form
      className="coe-governance"
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      <TextField
        label="Executive sponsor"
        name="executiveSponsor"
        value={sponsor}
        onChange={setSponsor}
        disabled={!canEdit}
        hint="A named person who speaks for the programme outside IT."
      />
      <SteeringGroupFieldset
        members={members}
        onChange={setMembers}
        departments={departments}
        canEdit={canEdit}
      />
      {error ? (
        <ErrorBanner
          title="Governance was not saved"
          messages={[describeApiError(error)]}
        />
      ) : null}
      {canEdit ? (
        <FormActions>
          <Button
            type="submit"
            variant="primary"
            loading={loading}
            testId="governance-submit"
          >
            Save sponsor and steering group
          </Button>
        </FormActions>
      ) : null}
    </form>
  );
}

/** The steering group's members, each with their department; added and removed here. */
function SteeringGroupFieldset({
  members,
  onChange,
  departments,
  canEdit,
}: {
  members: Member[];
  onChange: Dispatch<SetStateAction<Member[]>>;
  departments: GovernanceCardProps['departments'];
  canEdit: boolean;
}) {
  const options = [
    { value: '', label: 'No department' },
    ...departments.map((d) => ({ value: d.id, label: d.name })),
  ];
  const update = (index: number, change: Partial<Member>) =>
    onChange((current) =>
      current.map((m, i) => (i === index ? { ...m, ...change } : m)),
    );
  return (
    <fieldset className="coe-governance__members">
      <legend>
        Steering group (cross-functional: someone from outside IT)
      </legend>
      {members.map((member, index) => (
        <div key={index} className="coe-governance__member">
          <TextField
            label={`Member ${index + 1}`}
            name={`member-${index}`}
            value={member.name}
            onChange={(name) => update(index, { name })}
            disabled={!canEdit}
          />
          <SelectField
            label={`Department of member ${index + 1}`}
            name={`member-${index}-department`}
            value={member.departmentId}
            onChange={(departmentId) => update(index, { departmentId })}
            options={options}
            disabled={!canEdit}
          />
          {canEdit ? (
            <Button
              size="sm"
              variant="ghost"
              onClick={() =>
                onChange((current) => current.filter((_, i) => i !== index))
              }
            >
              Remove
            </Button>
          ) : null}
        </div>
      ))}
      {canEdit ? (
        <Button
          size="sm"
          onClick={() =>
            onChange((current) => [...current, { name: '', departmentId: '' }])
          }
        >
          Add member
        </Button>
      ) : null}
    </fieldset>
  );
}
