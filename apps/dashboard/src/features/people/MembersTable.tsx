import { Badge, Table } from '@esm-planner/dashboard-ui';
import { roleLabel } from '../access/roles';
import { MemberActions } from './MemberActions';
import type { PersonAction } from './people-actions';
import type { Member } from './usePersonActions';

/** The organisation's people: name, e-mail, role, account state and actions. */
export function MembersTable({
  organization,
  rows,
  myUserId,
  onAsk,
}: {
  organization: {
    name: string;
    departments: readonly { id: string; name: string }[];
  };
  rows: readonly Member[];
  myUserId: string;
  onAsk: (action: PersonAction, member: Member) => void;
}) {
  const departmentNames = (ids: readonly string[]) =>
    ids
      .map(
        (id) =>
          organization.departments.find((d) => d.id === id)?.name ??
          'a removed department',
      )
      .join(', ');
  return (
    <Table
      caption={`People of ${organization.name}`}
      rows={rows}
      rowKey={(member) => member.userId}
      testId="people-table"
      columns={[
        {
          key: 'name',
          header: 'Name',
          isRowHeader: true,
          cell: (m) => m.name,
        },
        { key: 'email', header: 'E-mail', cell: (m) => m.email },
        {
          key: 'role',
          header: 'Role',
          cell: (m) =>
            m.departmentIds.length > 0
              ? `${roleLabel(m.role)} (${departmentNames(m.departmentIds)})`
              : roleLabel(m.role),
        },
        {
          key: 'status',
          header: 'Account',
          cell: (m) =>
            m.disabled ? (
              <Badge tone="danger">Disabled</Badge>
            ) : (
              <Badge tone="success">Active</Badge>
            ),
        },
        {
          key: 'actions',
          header: 'Actions',
          cell: (m) => (
            <MemberActions
              member={m}
              myUserId={myUserId}
              organizationName={organization.name}
              onAsk={onAsk}
            />
          ),
        },
      ]}
    />
  );
}
