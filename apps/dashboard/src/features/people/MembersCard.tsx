import { useQuery } from '@apollo/client/react';
import {
  describeApiError,
  OrganizationMembersDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import { Card, ErrorBanner, LoadingState } from '@esm-planner/dashboard-ui';
import { MembersTable } from './MembersTable';
import { confirmText } from './people-actions';
import { PersonActionConfirm } from './PersonActionConfirm';
import { usePersonActions } from './usePersonActions';

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
  const { pending, working, done, failure, ask, run, cancel } =
    usePersonActions(organization.id, () => members.refetch());

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
        <PersonActionConfirm
          pending={pending}
          question={question}
          working={working}
          onConfirm={() => void run(pending)}
          onCancel={cancel}
        />
      ) : null}
      {!members.data && members.loading ? (
        <LoadingState label="Loading the members…" />
      ) : null}
      {members.data ? (
        <MembersTable
          organization={organization}
          rows={rows}
          myUserId={myUserId}
          onAsk={ask}
        />
      ) : null}
    </Card>
  );
}
