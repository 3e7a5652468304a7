import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import {
  AssignCoeRoleDocument,
  type CoeFieldsFragment,
  type CoeRole,
  describeApiError,
  UnassignCoeRoleDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Badge,
  Button,
  Card,
  ErrorBanner,
  FormActions,
  SelectField,
  TextField,
} from '@esm-planner/dashboard-ui';
import { formatPercent } from '../formatting/format';
import { roleDuty, roleLabel } from './coe-labels';

export type CoeRolesCardProps = {
  organizationId: string;
  coe: CoeFieldsFragment;
  canEdit: boolean;
  /** Coe has no id for the cache to update by: the page refetches. */
  onChanged: () => void;
};

/** The seven CoE roles with their people; coverage = roles staffed ÷ 7. */
export function CoeRolesCard({
  organizationId,
  coe,
  canEdit,
  onChanged,
}: CoeRolesCardProps) {
  const [assign, assigning] = useMutation(AssignCoeRoleDocument);
  const [unassign, unassigning] = useMutation(UnassignCoeRoleDocument);
  const error = assigning.error ?? unassigning.error;
  const staffed = coe.roles.filter(
    (entry) => entry.assignees.length > 0,
  ).length;
  const remove = (role: CoeRole, assignee: string) =>
    void unassign({
      variables: { input: { organizationId, role, assignee } },
    }).then(onChanged, () => undefined);
  // Whether the person was added: the form empties its field only then.
  const add = (role: CoeRole, assignee: string) =>
    assign({ variables: { input: { organizationId, role, assignee } } }).then(
      () => {
        onChanged();
        return true;
      },
      () => false,
    );

  return (
    <Card
      as="section"
      title="Roles"
      testId="coe-roles"
      aside={
        <Badge
          tone={staffed === coe.roles.length ? 'success' : 'warning'}
        >{`Coverage ${formatPercent(coe.coverage)} (${staffed} of ${coe.roles.length})`}</Badge>
      }
    >
      <CoeRoleList roles={coe.roles} onRemove={canEdit ? remove : null} />
      {error ? (
        <ErrorBanner
          title="The change was not saved"
          messages={[describeApiError(error)]}
        />
      ) : null}
      {canEdit ? (
        <AssignRoleForm
          roles={coe.roles}
          assigning={assigning.loading}
          onAssign={add}
        />
      ) : null}
    </Card>
  );
}

type CoeRoles = CoeFieldsFragment['roles'];

/** Each role, its duty and its people; with `onRemove`, a × per person. */
function CoeRoleList({
  roles,
  onRemove,
}: {
  roles: CoeRoles;
  onRemove: ((role: CoeRole, assignee: string) => void) | null;
}) {
  return (
    <ul className="coe-roles">
      {roles.map((entry) => (
        <li
          key={entry.role}
          className="coe-role"
          data-testid={`coe-role-${entry.role}`}
        >
          <div>
            <strong>{roleLabel(entry.role)}</strong>
            <span className="muted"> · {roleDuty(entry.role)}</span>
          </div>
          <div className="coe-people">
            {entry.assignees.length === 0 ? (
              <Badge tone="warning">Nobody yet</Badge>
            ) : null}
            {entry.assignees.map((name) => (
              <span key={name} className="coe-person">
                {name}
                {onRemove ? (
                  <button
                    type="button"
                    className="coe-person__remove"
                    aria-label={`Remove ${name} from ${roleLabel(entry.role)}`}
                    onClick={() => onRemove(entry.role, name)}
                  >
                    ×
                  </button>
                ) : null}
              </span>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** A person added to a role by name; the field empties once they are. */
function AssignRoleForm({
  roles,
  assigning,
  onAssign,
}: {
  roles: CoeRoles;
  assigning: boolean;
  onAssign: (role: CoeRole, assignee: string) => Promise<boolean>;
}) {
  const [role, setRole] = useState<CoeRole>('TEAM');
  const [person, setPerson] = useState('');
  return (
    <form
      className="coe-assign"
      onSubmit={(event) => {
        event.preventDefault();
        void onAssign(role, person).then((added) => {
          if (added) setPerson('');
        });
      }}
    >
      <SelectField
        label="Role"
        name="role"
        value={role}
        onChange={(value) => setRole(value as CoeRole)}
        options={roles.map((entry) => ({
          value: entry.role,
          label: roleLabel(entry.role),
        }))}
      />
      <TextField
        label="Person"
        name="assignee"
        value={person}
        onChange={setPerson}
        required
      />
      <FormActions>
        <Button type="submit" loading={assigning} testId="coe-assign-submit">
          Add to role
        </Button>
      </FormActions>
    </form>
  );
}
