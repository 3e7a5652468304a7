import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  describeApiError,
  DisableUserDocument,
  EnableUserDocument,
  EndSessionsDocument,
  OrganizationMembersDocument,
  type OrganizationMembersQuery,
  RemoveMembershipDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Badge,
  Button,
  Card,
  ErrorBanner,
  FormActions,
  LoadingState,
  Table,
} from '@esm-planner/dashboard-ui';
import { roleLabel } from '../access/roles';
import { confirmText, doneText, type PersonAction } from './people-actions';

type Member = OrganizationMembersQuery['organizationMembers'][number];
type Pending = { action: PersonAction; member: Member };

export type MembersCardProps = {
  organization: {
    id: string;
    name: string;
    departments: readonly { id: string; name: string }[];
  };
  /** The caller's user id: nobody disables or removes themselves here. */
  myUserId: string;
};

/** The organisation's people with what an ADMIN may do to each, every action confirmed first. */
export function MembersCard({ organization, myUserId }: MembersCardProps) {
  const members = useQuery(OrganizationMembersDocument, {
    variables: { organizationId: organization.id },
    fetchPolicy: 'cache-and-network',
  });
  const [remove] = useMutation(RemoveMembershipDocument);
  const [disable] = useMutation(DisableUserDocument);
  const [enable] = useMutation(EnableUserDocument);
  const [endSessions] = useMutation(EndSessionsDocument);
  const [pending, setPending] = useState<Pending | null>(null);
  const [working, setWorking] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);

  // The question takes the focus, so a keyboard user answers it next.
  useEffect(() => {
    if (pending) confirmRef.current?.focus();
  }, [pending]);

  const departmentNames = (ids: readonly string[]) =>
    ids
      .map(
        (id) =>
          organization.departments.find((d) => d.id === id)?.name ??
          'a removed department',
      )
      .join(', ');

  const ask = (action: PersonAction, member: Member) => {
    setDone(null);
    setFailure(null);
    setPending({ action, member });
  };

  const run = async ({ action, member }: Pending) => {
    setWorking(true);
    setFailure(null);
    try {
      const userId = member.userId;
      let ended: number | undefined;
      if (action === 'remove')
        await remove({
          variables: { organizationId: organization.id, userId },
        });
      if (action === 'disable') await disable({ variables: { userId } });
      if (action === 'enable') await enable({ variables: { userId } });
      if (action === 'end-sessions')
        ended = (await endSessions({ variables: { userId } })).data
          ?.endSessions;
      setDone(doneText(action, member.name, ended));
      setPending(null);
      await members.refetch();
    } catch (error) {
      setFailure(describeApiError(error));
    } finally {
      setWorking(false);
    }
  };

  const rows = members.data?.organizationMembers ?? [];
  const question = pending
    ? confirmText(pending.action, pending.member.name, organization.name)
    : null;
  return (
    <Card as="section" title="Members" testId="people-members">
      {members.error ? (
        <ErrorBanner
          title="The members could not be loaded"
          messages={[describeApiError(members.error)]}
        />
      ) : null}
      {failure ? (
        <ErrorBanner
          title="That did not work"
          messages={[failure]}
          testId="people-failure"
        />
      ) : null}
      {done ? (
        <p className="form-status" role="status" data-testid="people-done">
          {done}
        </p>
      ) : null}
      {pending && question ? (
        <div
          className="people-confirm"
          role="group"
          aria-label={question.question}
          tabIndex={-1}
          ref={confirmRef}
          data-testid="people-confirm"
        >
          <p className="people-confirm__question">{question.question}</p>
          <p className="muted">{question.consequence}</p>
          <FormActions>
            <Button
              variant={pending.action === 'enable' ? 'primary' : 'danger'}
              loading={working}
              onClick={() => void run(pending)}
              testId="people-confirm-yes"
            >
              {question.confirm}
            </Button>
            <Button
              variant="ghost"
              onClick={() => setPending(null)}
              disabled={working}
            >
              Cancel
            </Button>
          </FormActions>
        </div>
      ) : null}
      {!members.data && members.loading ? (
        <LoadingState label="Loading the members…" />
      ) : null}
      {members.data ? (
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
                <div className="people-actions">
                  <Button
                    size="sm"
                    onClick={() => ask('end-sessions', m)}
                    ariaLabel={`Sign out everywhere: ${m.name}`}
                  >
                    Sign out everywhere
                  </Button>
                  {m.userId === myUserId ? null : m.disabled ? (
                    <Button
                      size="sm"
                      onClick={() => ask('enable', m)}
                      ariaLabel={`Enable ${m.name}’s account`}
                    >
                      Enable
                    </Button>
                  ) : (
                    <Button
                      size="sm"
                      onClick={() => ask('disable', m)}
                      ariaLabel={`Disable ${m.name}’s account`}
                    >
                      Disable
                    </Button>
                  )}
                  {m.userId === myUserId ? null : (
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => ask('remove', m)}
                      ariaLabel={`Remove ${m.name} from ${organization.name}`}
                    >
                      Remove
                    </Button>
                  )}
                </div>
              ),
            },
          ]}
        />
      ) : null}
    </Card>
  );
}
