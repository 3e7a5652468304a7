import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import {
  describeApiError,
  EndSessionsDocument,
  PeoplePageDocument,
} from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  Card,
  ErrorBanner,
  FormActions,
  PageHeader,
} from '@esm-planner/dashboard-ui';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { useSessionStore } from '../../app/session/SessionContext';
import { organizationPageState } from '../organizations/organization-page-state';
import { AddPersonCard } from './AddPersonCard';
import { MembersCard } from './MembersCard';
import './people.css';

// The holder of ADMIN_TOKEN has no account and no session to end.
const INSTANCE_ADMIN_USER_ID = '00000000-0000-0000-0000-000000000000';

/** `/organizations/:organizationId/people`: an ADMIN's members list and actions; everyone's own sessions. */
export function PeoplePage() {
  const { organizationId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PeoplePageDocument, {
    variables: { organizationId },
    fetchPolicy: 'cache-and-network',
  });
  const organization = data?.organization;
  usePageTitle('People', organization?.name);
  const fallback = organizationPageState({
    hasData: Boolean(data),
    hasOrganization: Boolean(organization),
    loading,
    error,
    refetch,
    loadingLabel: 'Loading the people…',
    errorTitle: 'The people could not be loaded',
  });
  if (fallback || !organization || !data) return fallback;
  const isAdmin =
    organization.myRole === null || organization.myRole === 'ADMIN';
  return (
    <>
      <PageHeader
        eyebrow={organization.name}
        title="People"
        description={
          isAdmin
            ? 'Who has a role here, and what you can do about an account: sign someone out everywhere, disable or enable their account, or remove them from the organisation. Add a person below with the role they need.'
            : 'Your own sessions. The organisation’s administrators manage its people.'
        }
      />
      <div className="people-stack">
        {isAdmin ? (
          <MembersCard organization={organization} myUserId={data.me.id} />
        ) : null}
        {isAdmin ? <AddPersonCard organization={organization} /> : null}
        {data.me.id !== INSTANCE_ADMIN_USER_ID ? (
          <OwnSessionsCard userId={data.me.id} />
        ) : null}
      </div>
    </>
  );
}

/** Signs the caller out of every session (a lost laptop, a shared computer), this one included. */
function OwnSessionsCard({ userId }: { userId: string }) {
  const [asking, setAsking] = useState(false);
  const [endSessions, ending] = useMutation(EndSessionsDocument);
  const store = useSessionStore();
  const client = useApolloClient();
  const [failure, setFailure] = useState<string | null>(null);

  const signOutEverywhere = async () => {
    setFailure(null);
    try {
      await endSessions({ variables: { userId } });
      store.clear('signed-out');
      await client.clearStore();
    } catch (error) {
      setFailure(describeApiError(error));
    }
  };

  return (
    <Card as="section" title="Your sessions" testId="people-own-sessions">
      <p className="muted">
        Signed in somewhere you no longer are? End every session of yours, this
        one included. Your API tokens keep working.
      </p>
      {failure ? (
        <ErrorBanner title="That did not work" messages={[failure]} />
      ) : null}
      {asking ? (
        <div
          className="people-confirm"
          role="group"
          aria-label="Sign out everywhere?"
        >
          <p className="people-confirm__question">
            Sign out of every session, this one included?
          </p>
          <FormActions>
            <Button
              variant="danger"
              loading={ending.loading}
              onClick={() => void signOutEverywhere()}
              testId="own-sessions-confirm"
            >
              Sign out everywhere
            </Button>
            <Button variant="ghost" onClick={() => setAsking(false)}>
              Cancel
            </Button>
          </FormActions>
        </div>
      ) : (
        <FormActions>
          <Button onClick={() => setAsking(true)} testId="own-sessions-end">
            Sign out everywhere
          </Button>
        </FormActions>
      )}
    </Card>
  );
}
